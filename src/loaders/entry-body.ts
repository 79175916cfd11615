/**
 * An entry's body, ready for its page. A plan's `.md` body is rendered here
 * from its file (the content store holds only frontmatter, see
 * src/loaders/frontmatter.ts), with the same Markdown features and heading
 * rule as the rest of the site. An `.mdx` body — plan, topic or news — is
 * compiled by Astro's MDX integration as its own module and comes back as a
 * Content component; the page passes it the editors' components.
 *
 * Before anything is rendered, the body is checked as the content checker
 * checks it (src/editor-tools/body-safety.ts), so `astro build` run on its
 * own still refuses code, unknown components and ids that name nothing,
 * with the file and line, and before an MDX module is ever loaded.
 */
import { readFileSync } from 'node:fs';
import { getEntry, render } from 'astro:content';
import { markdownToHtml } from 'satteri';
import type { Catalog, Plan } from '../domain/catalog';
import { bodyReferences } from '../domain/mdx-references';
import { bodyProblems } from '../editor-tools/body-safety';
import { bodyHeadings } from '../lib/body-headings';
import { splitFrontmatter } from '../lib/frontmatter';

type ContentComponent = Awaited<ReturnType<typeof render>>['Content'];

/** Rendered Markdown, or an MDX body's Content component. */
export type EntryBody = { html: string } | { Content: ContentComponent };

function assertSafe(filePath: string, text: string, catalog: Catalog, attachments: readonly { file: string }[]): string {
  const { body, bodyLine } = splitFrontmatter(text);
  const problems = bodyProblems(body, filePath.endsWith('.mdx') ? 'mdx' : 'md', { firstLine: bodyLine, references: bodyReferences(catalog, attachments) });
  if (problems.length > 0) throw new Error(`Nội dung không hợp lệ, không đăng:\n${problems.map((p) => `  ${filePath}:${p.line}: ${p.message}`).join('\n')}`);
  return body;
}

export async function renderPlanBody(plan: Plan, catalog: Catalog): Promise<EntryBody> {
  const body = assertSafe(plan.filePath, readFileSync(plan.filePath, 'utf8'), catalog, plan.attachments);
  if (plan.filePath.endsWith('.mdx')) return { Content: (await render((await getEntry('plans', plan.id))!)).Content };
  const { html } = await markdownToHtml(body, { hastPlugins: [bodyHeadings()], features: { gfm: true, smartPunctuation: true } });
  return { html };
}

/** A topic's or news item's body, which Astro's glob loader keeps: rendered Markdown, or compiled MDX. */
export async function renderEntryBody(collection: 'topics' | 'news', id: string, catalog: Catalog): Promise<EntryBody> {
  const entry = (await getEntry(collection, id))!;
  if (entry.filePath) assertSafe(entry.filePath, readFileSync(entry.filePath, 'utf8'), catalog, []);
  return { Content: (await render(entry)).Content };
}
