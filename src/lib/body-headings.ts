/**
 * Headings in an entry's body (.md or .mdx; plan, topic or news), as every page shows them.
 *
 * Editors write "## Mục đích" in a body; the page renders the body inside a
 * section that already has an h2, so every body heading moves down one level
 * (h1 → h2 … h5 → h6; h6 stays) to keep the outline right for screen readers.
 *
 * Each heading gets an id made of its words without diacritics, like the
 * site's URLs ("Mục đích, yêu cầu" → "muc-dich-yeu-cau"), so a link to it reads
 * the same wherever it is pasted. An id is never one the page around the body
 * gives its own sections (a plan's "### Nhiệm vụ" would otherwise take the id
 * of the page's "Nhiệm vụ và thời hạn"), nor one an earlier heading took.
 *
 * A Sätteri hast plugin, so Markdown keeps Astro's fast default processor.
 * Astro's processors, for .md and .mdx alike, keep an id a plugin has set.
 */
import type { HastPluginEntry } from 'satteri';
import { slugify } from './vietnamese';

/**
 * The ids that src/layouts/, src/components/ and the pages that show a body give their own
 * elements; tests/unit/body-headings.test.ts fails when one is added there and not here.
 */
export const PAGE_IDS: readonly string[] = [
  'header-q', 'noi-dung', 'chia-se', 'lien-quan',
  'tom-tat', 'thong-tin', 'can-cu', 'noi-dung-ke-hoach', 'nhiem-vu', 'nguon', 'noi-dung-tin',
  'do-phu', 'ban-do-phu', 'bao-phu', 'do-phu-nam', 'van-ban', 'kenh', 'den-han',
];

/** What an id is made of when a heading's words leave nothing, such as a heading of dashes. */
const FALLBACK_ID = 'muc';

export function demotedTagName(tagName: string): string {
  const level = Number(tagName.slice(1));
  return `h${Math.min(6, level + 1)}`;
}

/** Ids for one body's headings, in order: each call gives the next heading's. */
export function headingIds(taken: Iterable<string> = PAGE_IDS): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const slug = slugify(text) || FALLBACK_ID;
    let id = slug;
    for (let n = 1; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  };
}

/** The plugin: a factory, so each body compiled starts with no heading ids taken. */
export function bodyHeadings(): HastPluginEntry {
  return () => {
    const nextId = headingIds();
    return {
      name: 'body-headings',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          return { ...node, tagName: demotedTagName(node.tagName), properties: { ...node.properties, id: nextId(ctx.textContent(node)) } };
        },
      },
    };
  };
}
