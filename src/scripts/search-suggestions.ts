/**
 * Searches to suggest when a query finds nothing: without the filters, without
 * the quotes, with a word fewer; the first few that find something.
 */
import { parseQuery, type Query } from '../search/query';
import type { SearchEngine } from './search-engine';

type Filters = Record<string, string>;

export interface Suggestion {
  label: string;
  /** The query as the reader would type it. */
  text: string;
  filters: Filters;
  /** Results it finds. */
  results: number;
}

const MAX_SUGGESTIONS = 3;

/** `typed` is the query as typed (its words and quotes); `labels` name each kind of try, from src/ui/vi.ts. */
export async function suggestions(
  engine: Pick<SearchEngine, 'search'>,
  typed: string,
  query: Query,
  filters: Filters,
  labels: { dropFilters: string; dropQuotes: string; dropWord: string },
): Promise<Suggestion[]> {
  const tries: Omit<Suggestion, 'results'>[] = [];
  const words = query.typed.length > 0 ? typed.normalize('NFC').trim().replace(/^["“„]|["”“]$/gu, '').split(/\s+/) : [];
  if (Object.keys(filters).length > 0) tries.push({ label: labels.dropFilters, text: typed.trim(), filters: {} });
  if (query.quoted) tries.push({ label: labels.dropQuotes, text: words.join(' '), filters });
  if (words.length > 1) words.forEach((_, i) => tries.push({ label: labels.dropWord, text: words.filter((_, j) => j !== i).join(' '), filters }));
  const found: Suggestion[] = [];
  for (const t of tries) {
    if (found.length >= MAX_SUGGESTIONS) break;
    // A suggestion is a finished query: its last word is whole.
    const results = (await engine.search(parseQuery(`${t.text} `), t.filters)).main.length;
    if (results > 0) found.push({ ...t, results });
  }
  return found;
}
