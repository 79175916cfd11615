/**
 * Turns a built page into the HTML that Pagefind indexes: only what the
 * citizen reads (the part marked data-pagefind-body, or an entity page's name
 * and description), every text written with `encodeText`, the words a
 * citizen may type for it as a `keywords` field, and the fields a result
 * shows (kind, date, issuer or place) as metadata.
 */
import { encodeText, tailAfterWords, withoutBreaks } from './text';
import { numberSearchForms, quarterSearchForms } from './forms';

const ENTITY_PAGES: { pattern: RegExp; kind: string; filter?: string }[] = [
  { pattern: /^\/tinh-thanh\/[^/]+\/$/, kind: 'Tỉnh, thành', filter: 'tinh' },
  { pattern: /^\/linh-vuc\/[^/]+\/$/, kind: 'Lĩnh vực', filter: 'linh-vuc' },
  { pattern: /^\/chu-de\/\d{4}\/quy-\d\/$/, kind: 'Định hướng theo quý' },
];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text of an HTML fragment, tags removed. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/** The element that opens at `start` in `html`, through its closing tag (same-name nesting counted). */
function elementAt(html: string, start: number): string {
  const name = /^<([a-z0-9-]+)/i.exec(html.slice(start))![1]!;
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return html.slice(start);
}

/** Elements whose text is never indexed: code, drawings, and labels that every page repeats (table heads). */
const SKIPPED = /^(script|style|svg|template|noscript|thead|caption)$/i;

/**
 * Encodes every text node of an HTML fragment and the values of
 * "key:value" metadata. A filter read from an element's text gets its value
 * into the attribute first, so that filter values stay as printed.
 */
export function encodeHtml(html: string): string {
  const withFilterValues = html.replace(
    /<([a-z0-9]+)([^>]*?)\sdata-pagefind-filter="([^":]+)"([^>]*)>([^<]*)<\/\1>/gi,
    (_, tag: string, before: string, key: string, after: string, text: string) =>
      `<${tag}${before} data-pagefind-filter="${key}:${escapeHtml(htmlText(text))}"${after}>${text}</${tag}>`,
  );
  let skipping: string | undefined;
  let tail: string | undefined;
  return withFilterValues
    .split(/(<!--[\s\S]*?-->|<[^>]+>)/)
    .map((part, i) => {
      if (i % 2 === 1) {
        const tag = /^<(\/?)([a-z0-9-]+)/i.exec(part);
        if (tag && SKIPPED.test(tag[2]!)) {
          if (!tag[1] && !part.endsWith('/>')) skipping ??= tag[2]!.toLowerCase();
          else if (tag[1] && skipping === tag[2]!.toLowerCase()) skipping = undefined;
        }
        return part.replace(/(\sdata-pagefind-meta="[^":]+:)([^"]*)"/, (_, head: string, value: string) => `${head}${escapeHtml(encodeText(decodeEntities(value)))}"`);
      }
      if (skipping || part === '') return skipping ? '' : part;
      const text = decodeEntities(part);
      const encoded = encodeText(text, tail);
      tail = tailAfterWords(text, tail);
      return escapeHtml(encoded);
    })
    .join('');
}

/** Text of the first element matching an opening-tag pattern, or undefined. */
function firstText(html: string, openTag: RegExp): string | undefined {
  const match = openTag.exec(html);
  return match ? htmlText(elementAt(html, match.index)) : undefined;
}

/** The text of the <dd> that follows a <dt> with this label, first item only. */
function summaryValue(html: string, label: string): string | undefined {
  const at = html.indexOf(`<dt>${label}</dt>`);
  if (at < 0) return undefined;
  const dd = html.indexOf('<dd', at);
  const item = /<(a|span)[\s>]/.exec(elementAt(html, dd).slice(3));
  return item ? firstText(elementAt(html, dd), new RegExp(`<${item[1]}[\\s>]`)) : htmlText(elementAt(html, dd));
}

/**
 * A fact list ("Số ký hiệu: …, Cơ quan ban hành: …") becomes a metadata field
 * rather than text: its values found, its labels never, and an excerpt never
 * shows a run of bare values. Only its filters stay in the page.
 */
function filtersOf(list: string): string {
  return [...list.matchAll(/<([a-z0-9]+)[^>]*\sdata-pagefind-filter="([^"]+)"[^>]*>([^<]*)<\/\1>/gi)]
    .map(([, , filter, text]) => `<span data-pagefind-filter="${filter!.includes(':') ? filter : `${filter}:${escapeHtml(htmlText(text!))}`}"></span>`)
    .join('');
}

/**
 * Names and keywords, matched as people type them: their inner punctuation
 * does not break a phrase ("luat pho bien giao duc" finds "Luật Phổ biến,
 * giáo dục pháp luật"), but one keyword does not run into the next.
 */
function asTyped(words: (string | undefined)[]): string | undefined {
  const kept = words.filter((w): w is string => Boolean(w));
  return kept.length > 0 ? kept.map(withoutBreaks).join('. ') : undefined;
}

function meta(key: string, value: string | undefined): string {
  return value ? `<span data-pagefind-meta="${key}:${escapeHtml(value)}"></span>` : '';
}

export interface IndexedPage {
  /** The HTML to hand to Pagefind. */
  html: string;
  kind: string;
}

/**
 * What Pagefind should index for a built page at `sitePath`, or undefined
 * when the page is not for search (listings, search page, site chrome).
 */
export function pageForIndex(sitePath: string, page: string): IndexedPage | undefined {
  const bodyAt = page.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>]/);
  if (bodyAt >= 0) {
    let body = elementAt(page, bodyAt);
    const kind = /data-pagefind-filter="muc:([^"]+)"/.exec(body)?.[1] ?? '';
    const keywords: string[] = [];
    body = body.replace(/<[a-z]+[^>]*\sdata-pagefind-meta="keywords:([^"]*)"[^>]*>(<\/[a-z]+>)?/g, (_, words: string) => {
      keywords.push(decodeEntities(words));
      return '';
    });
    const number = firstText(body, /<[a-z]+[^>]*\sdata-pagefind-meta="number"/);
    // A legal document is an entity: its name ranks it above pages that cite it.
    const name = kind === 'Văn bản pháp luật' ? firstText(body, /<[a-z]+[^>]*\sdata-pagefind-meta="title"/) : undefined;
    if (number) keywords.push(...numberSearchForms(number));
    keywords.push(...quarterSearchForms(htmlText(body)));
    const date = firstText(body, /<time[\s>]/);
    const place = summaryValue(body, 'Cơ quan ban hành') ?? summaryValue(body, 'Tỉnh, thành');
    const facts: string[] = [];
    body = body.replace(/<dl class="summary-list">[\s\S]*?<\/dl>/g, (list) => {
      for (const [, dd] of list.matchAll(/<dd>([\s\S]*?)<\/dd>/g)) {
        const items = [...dd!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) => htmlText(li[1]!));
        facts.push(...(items.length > 0 ? items : [htmlText(dd!)]));
      }
      return filtersOf(list);
    });
    const extra = meta('name', asTyped([name])) + meta('keywords', asTyped(keywords)) + meta('facts', facts.join('. ')) + meta('kind', kind) + meta('date', date) + meta('place', place);
    return { kind, html: `<html lang="vi"><body>${encodeHtml(body.replace(/(<[a-z]+[^>]*>)/, `$1${extra}`))}</body></html>` };
  }
  const entity = ENTITY_PAGES.find((e) => e.pattern.test(sitePath));
  if (!entity) return undefined;
  const title = firstText(page, /<h1[\s>]/);
  if (!title) return undefined;
  const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(page)?.[1] ?? '');
  const current = /<span aria-current="page">([^<]*)<\/span>/.exec(page)?.[1];
  const name = current ? htmlText(current) : title;
  const keywords = quarterSearchForms(title);
  const filter = entity.filter ? `<span data-pagefind-filter="${entity.filter}:${escapeHtml(name)}"></span>` : '';
  const body =
    `<main data-pagefind-body>${filter}${meta('name', asTyped([name]))}${meta('keywords', asTyped(keywords))}${meta('kind', entity.kind)}` +
    `<h1 data-pagefind-meta="title">${escapeHtml(title)}</h1><p>${escapeHtml(description)}</p></main>`;
  return { kind: entity.kind, html: `<html lang="vi"><body>${encodeHtml(body)}</body></html>` };
}
