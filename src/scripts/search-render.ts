/**
 * What the search page shows, as elements: a result (its facts, its link, an
 * excerpt with the query's words marked) and a suggested search; and the
 * page's sentences (src/ui/vi.ts, handed over by the page) with their values.
 */
import type { StoredPage } from '../search/match';
import { excerpt, type Query } from '../search/query';
import { decodeIndexed, foldedWords } from '../search/text';
import type { Suggestion } from './search-suggestions';

export type Strings = Record<string, string>;

/** A sentence of src/ui/vi.ts with its {placeholders} filled in. */
export const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** Pagefind gives its results' addresses under the base already; a fragment read directly has the bare path. */
export function resultHref(result: StoredPage, base: string): string {
  return result.url.startsWith(base) ? result.url : `${base}${result.url.replace(/^\//, '')}`;
}

export function renderResult(result: StoredPage, href: string, query: Query): HTMLLIElement {
  const field = (key: string) => (result.meta[key] ? decodeIndexed(result.meta[key]) : undefined);
  const item = document.createElement('li');
  item.className = 'border-b border-neutral-200 py-3';
  const title = field('title') ?? result.url;
  const facts = document.createElement('p');
  facts.className = 'text-sm font-semibold text-brand';
  facts.textContent = [field('number') ?? field('kind'), field('place'), field('date')].filter(Boolean).join(' · ');
  const link = document.createElement('a');
  link.href = href;
  link.className = 'text-lg font-bold';
  link.textContent = title;
  const text = decodeIndexed(result.content);
  const summary = document.createElement('p');
  for (const segment of excerpt(text, query, afterTitle(text, title))) {
    const node = segment.mark ? document.createElement('mark') : document.createTextNode(segment.text);
    if (segment.mark) node.textContent = segment.text;
    summary.append(node);
  }
  item.append(facts, link, summary);
  return item;
}

/** Where the page text goes on past its heading (shown above the excerpt already), in words. */
function afterTitle(text: string, title: string): number {
  const words = foldedWords(text).slice(0, 80);
  const heading = foldedWords(title);
  for (let i = 0; i + heading.length <= words.length; i++) {
    if (heading.every((w, j) => words[i + j] === w)) return i + heading.length;
  }
  return 0;
}

/** A link that runs the suggested search, saying what it changes and what it finds. */
export function renderSuggestion(suggestion: Suggestion, strings: Strings): HTMLParagraphElement {
  const { label, text, filters, results } = suggestion;
  const link = document.createElement('a');
  link.href = `?${new URLSearchParams({ ...(text ? { q: text } : {}), ...filters })}`;
  link.textContent = fill(strings.suggestion!, { label, text, filtered: Object.keys(filters).length > 0 ? strings.suggestionFiltered! : '', n: results });
  const item = document.createElement('p');
  item.append(link);
  return item;
}
