/**
 * Whether a page holds a query, read from what search stored for it (its
 * Pagefind fragment: text and metadata), and how well: every word whole (the
 * last one, maybe unfinished, as the start of a word), the words of each
 * phrase together, and how many of the query's neighbouring words stand
 * side by side. The search page checks the plans a rare word names this way
 * (src/search/query-plan.ts), without loading a part of the index.
 */
import type { Query } from './query';
import { continuesPhrase, decodeIndexed, wordSpans } from './text';

/** What search stored for a page, as a Pagefind fragment holds it. */
export interface StoredPage {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

/** Fields where punctuation does not end a phrase (src/search/pagefind-record.ts writes them with encodeName). */
const NAME_FIELDS = new Set(['title', 'name', 'keywords']);
/** Fields where a match makes a page a strong result: its name, its number, its title. */
const STRONG_FIELDS = new Set(['title', 'name', 'number', 'keywords']);

interface Field {
  key: string;
  words: { folded: string; start: number; end: number }[];
  text: string;
}

/** A stored page's fields as written: its text and metadata, decoded from what the index holds. */
function fieldsOf(page: StoredPage): { key: string; text: string }[] {
  const encoded: [string, string | undefined][] = [['content', page.content], ...Object.entries(page.meta).filter(([key]) => key !== 'kind' && key !== 'date')];
  return encoded.flatMap(([key, text]) => (text ? [{ key, text: decodeIndexed(text) }] : []));
}

export interface PageMatch {
  /** Every word of the query stands on the page. */
  holdsAll: boolean;
  /** The words of every phrase of the query stand together, in order, in one field. */
  together: boolean;
  /** Neighbouring words of the query found side by side. */
  pairs: number;
  /** A phrase of the query (or its one word) stands in the page's name, number or title. */
  strong: boolean;
}

/** How `page` answers `query`; `covered` lists query words already known to be on it (a number form found whole). */
export function matchPage(page: StoredPage, query: Query, covered: ReadonlySet<number> = new Set()): PageMatch {
  return matchFields(fieldsOf(page), query, covered);
}

/**
 * How fields of text as written answer `query`. A field keyed `title`, `name` or `keywords` holds a name:
 * punctuation inside it does not part its words.
 */
export function matchFields(written: readonly { key: string; text: string }[], query: Query, covered: ReadonlySet<number> = new Set()): PageMatch {
  const fields: Field[] = written.map(({ key, text }) => ({ key, text, words: wordSpans(text) }));
  const last = query.folded.length - 1;
  const wordMatches = (word: string, j: number) => word === query.folded[j] || (j === last && query.lastMayBePrefix && word.startsWith(query.folded[j]!));
  const holdsAll = query.folded.every((_, j) => covered.has(j) || fields.some((f) => f.words.some((w) => wordMatches(w.folded, j))));
  const adjacent = (f: Field, i: number, j: number) => {
    const a = f.words[i];
    const b = f.words[i + 1];
    if (!a || !b || !wordMatches(a.folded, j) || !wordMatches(b.folded, j + 1)) return false;
    return NAME_FIELDS.has(f.key) || continuesPhrase(f.text.slice(a.end, b.start));
  };
  // Query word j's index inside the flat list of words, by phrase group, so that pairs never cross a comma the reader typed.
  const groups: number[][] = [];
  let at = 0;
  for (const group of query.phrases) {
    groups.push(group.map((_, k) => at + k));
    at += group.length;
  }
  let pairs = 0;
  for (const group of groups) {
    for (let k = 0; k + 1 < group.length; k++) {
      const j = group[k]!;
      if (fields.some((f) => f.words.some((_, i) => adjacent(f, i, j)))) pairs++;
    }
  }
  const phraseIn = (f: Field, group: number[]) => f.words.some((_, i) => group.every((j, k) => (k === group.length - 1 ? wordMatches(f.words[i + k]?.folded ?? '', j) : adjacent(f, i + k, j))));
  const multi = groups.filter((g) => g.length > 1);
  const together = multi.length > 0 && multi.every((group) => fields.some((f) => phraseIn(f, group)));
  const strong = groups.some((group) => fields.some((f) => STRONG_FIELDS.has(f.key) && phraseIn(f, group)));
  return { holdsAll, together, pairs, strong };
}

/** Whether a stored page passes the filters the reader chose (values as the filter lists them). */
export function passesFilters(page: StoredPage, filters: Record<string, string>): boolean {
  return Object.entries(filters).every(([key, value]) => page.filters?.[key]?.includes(value) ?? false);
}
