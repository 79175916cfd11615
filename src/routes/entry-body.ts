/**
 * An entry's body, as route data. A plan's `.md` body is rendered from its
 * file (the content store holds only frontmatter, see
 * src/loaders/frontmatter.ts), with the same Markdown features and heading
 * rule as the rest of the site. An `.mdx` body — plan, topic or news — is
 * compiled by Astro's MDX integration as its own module and comes back as a
 * Content component; the page passes it the editors' components.
 *
 * What those components show (a legal document's number and title, another
 * plan's issuer and date, an attachment's size) is resolved here, into the
 * page's data: so it is in the page's cacheKey, and the components read it
 * from the page (`Astro.locals.bodyReferences`, set by EntryBody.astro)
 * instead of reaching into the catalog. A body is known by the hash of its
 * file, which the key holds too.
 *
 * Before anything is rendered, the body is checked as the content checker
 * checks it (src/domain/body-safety.ts), so `astro build` run on its own
 * still refuses code, unknown components and ids that name nothing, with the
 * file and line, and before an MDX module is ever loaded.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getEntry, render } from 'astro:content';
import { markdownToHtml } from 'satteri';
import { checkBody, type NamedReferences } from '../domain/body-safety';
import type { Catalog, Plan } from '../domain/catalog-model';
import { attachmentFor, bodyReferences, imageFor, legalDocumentFor, planFor } from '../domain/mdx-references';
import { bodyHeadings } from '../lib/body-headings';
import { formatDate, isoDate } from '../lib/dates';
import { splitFrontmatter } from '../lib/frontmatter';
import { paths } from '../lib/paths';

type ContentComponent = Awaited<ReturnType<typeof render>>['Content'];

/** Rendered Markdown, or an MDX body's Content component. */
export type EntryBody = { html: string } | { Content: ContentComponent };

/** What each component of a body shows, by the id or file the editor wrote. */
export interface BodyReferences {
  legalDocuments: Record<string, { href: string; label: string; title: string }>;
  plans: Record<string, { href: string; label: string; issuer: string; issuedOn?: { text: string; datetime: string } }>;
  attachments: Record<string, { href: string; title: string; details: string }>;
  images: Record<string, { href: string }>;
}

/** A page's body: the hash of its file and what its components show (both in the page's cacheKey), and how to render it. */
export interface PageBody {
  fileHash: string;
  references: BodyReferences;
  render: () => Promise<EntryBody>;
}

const NO_REFERENCES: BodyReferences = { legalDocuments: {}, plans: {}, attachments: {}, images: {} };

/** The body of `filePath`, checked: its text, and what its components name. */
function checkedBody(filePath: string, text: string, catalog: Catalog, attachments: readonly { file: string }[]): { body: string; named: NamedReferences } {
  const { body, bodyLine } = splitFrontmatter(text);
  const { problems, named } = checkBody(body, filePath.endsWith('.mdx') ? 'mdx' : 'md', { firstLine: bodyLine, references: bodyReferences(catalog, attachments) });
  if (problems.length > 0) throw new Error(`Nội dung không hợp lệ, không đăng:\n${problems.map((p) => `  ${filePath}:${p.line}: ${p.message}`).join('\n')}`);
  return { body, named };
}

function referencesOf(named: NamedReferences, catalog: Catalog): BodyReferences {
  const each = <T>(ids: string[], view: (id: string) => T) => Object.fromEntries(ids.map((id) => [id, view(id)]));
  return {
    legalDocuments: each(named.legalDocuments, (id) => {
      const doc = legalDocumentFor(catalog, id);
      return { href: paths.legalDocument(doc.id), label: `${doc.typeLabel} ${doc.number}`, title: doc.title };
    }),
    plans: each(named.plans, (id) => {
      const plan = planFor(catalog, id);
      return {
        href: paths.plan(plan.id),
        label: `${plan.typeLabel} ${plan.documentNumber}`,
        issuer: plan.issuer.name,
        ...(plan.issuedOn ? { issuedOn: { text: formatDate(plan.issuedOn), datetime: isoDate(plan.issuedOn) } } : {}),
      };
    }),
    attachments: each(named.attachments, (file) => {
      const attachment = attachmentFor(catalog, file);
      return { href: paths.attachment(attachment.file), title: attachment.title, details: attachment.details.label };
    }),
    images: each(named.images, (src) => ({ href: paths.image(imageFor(src)) })),
  };
}

const fileHash = (text: string) => createHash('sha256').update(text).digest('base64url');

export function planBody(plan: Plan, catalog: Catalog): PageBody {
  if (!plan.filePath.endsWith('.mdx')) {
    // A `.md` body names no component: nothing of the catalog to resolve, and its file is read only when the page renders.
    return {
      fileHash: plan.fileHash ?? fileHash(readFileSync(plan.filePath, 'utf8')),
      references: NO_REFERENCES,
      render: async () => {
        const { body } = checkedBody(plan.filePath, readFileSync(plan.filePath, 'utf8'), catalog, plan.attachments);
        return { html: (await markdownToHtml(body, { hastPlugins: [bodyHeadings()], features: { gfm: true, smartPunctuation: true } })).html };
      },
    };
  }
  const text = readFileSync(plan.filePath, 'utf8');
  const { named } = checkedBody(plan.filePath, text, catalog, plan.attachments);
  return {
    fileHash: fileHash(text),
    references: referencesOf(named, catalog),
    render: async () => ({ Content: (await render((await getEntry('plans', plan.id))!)).Content }),
  };
}

/** A topic's or news item's body, which Astro's glob loader keeps and renders, Markdown or MDX. */
export function storedEntryBody(collection: 'topics' | 'news', entry: { id: string; filePath: string }, catalog: Catalog): PageBody {
  const text = readFileSync(entry.filePath, 'utf8');
  const { named } = checkedBody(entry.filePath, text, catalog, []);
  return {
    fileHash: fileHash(text),
    references: referencesOf(named, catalog),
    render: async () => ({ Content: (await render((await getEntry(collection, entry.id))!)).Content }),
  };
}

/**
 * What a component of the body being rendered shows for the id or file `key`, from the page's data that
 * EntryBody.astro put in `locals`. A miss means a component rendered outside a checked body.
 */
export function bodyReference<K extends keyof BodyReferences>(locals: App.Locals, kind: K, key: string): BodyReferences[K][string] {
  const views = locals.bodyReferences?.[kind] as Record<string, BodyReferences[K][string]> | undefined;
  const view = views?.[key];
  if (!view) throw new Error(`Không có dữ liệu cho ${key} (${kind}) trong trang: component này chỉ hiện trong thân bài của một mục, qua EntryBody`);
  return view;
}
