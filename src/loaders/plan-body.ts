/**
 * A plan's prose, rendered when its page is built, from its file: the content
 * store holds only frontmatter (see src/loaders/frontmatter.ts). Same Markdown
 * features and heading rule as the rest of the site.
 */
import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { demoteHeadings } from '../lib/demote-headings';
import { splitFrontmatter } from '../lib/frontmatter';

export async function renderPlanBody(filePath: string): Promise<string> {
  const { body } = splitFrontmatter(readFileSync(filePath, 'utf8'));
  const { html } = await markdownToHtml(body, { hastPlugins: [demoteHeadings()], features: { gfm: true, smartPunctuation: true } });
  return html;
}
