/**
 * A search record as Pagefind indexes it (a custom record), in one of its
 * layers: `record` holds what a citizen searches first, `full` the whole
 * page. Every text is written as src/search/text.ts says, so that Pagefind
 * matches whole syllables and đ as d; the words of each layer, folded, are
 * what the word directory (src/search/directory.ts) lists.
 */
import { encodeBlocks, encodeName, encodeText, encodeToken, foldedWords, GAP } from './text';
import type { SearchRecord } from './records';

export type Layer = 'record' | 'full';

/** The metadata fields, by the weight search gives a match in each (src/search/ranking.ts reads the same names). */
export interface PagefindRecord {
  url: string;
  content: string;
  language: 'vi';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Pagefind finds a phrase (words together, in order) only in a record's text, never in its metadata; so
 * the text holds every field a citizen may type as a phrase: number, title and name first (the result
 * shows them above its excerpt), then what the page says, then its facts and names. The metadata holds
 * what a result shows and what ranks a page: a match in its name, number, title or keywords counts more
 * (src/search/ranking.ts).
 */
export function pagefindRecord(record: SearchRecord, layer: Layer): PagefindRecord {
  const { kind, title, number, name, date, place } = record.meta;
  const heading = [...(number ? [encodeText(number)] : []), encodeName(title), ...(name && name !== title ? [encodeName(name)] : [])];
  const said = encodeBlocks(layer === 'full' ? [...record.text, ...record.prose] : record.text);
  const names = [...(record.facts.length > 0 ? [encodeBlocks(record.facts)] : []), ...(record.keywords.length > 0 ? [encodeBlocks(record.keywords, encodeName)] : [])];
  const tokens = record.numbers.flatMap((n) => n.tokens.map(encodeToken));
  const keywords = [...(record.keywords.length > 0 ? [encodeBlocks(record.keywords, encodeName)] : []), ...tokens].join(' ');
  const meta: Record<string, string> = {
    kind: encodeText(kind),
    title: encodeName(title),
    ...(number ? { number: encodeText(number) } : {}),
    ...(name ? { name: encodeName(name) } : {}),
    ...(keywords ? { keywords } : {}),
    ...(date ? { date: encodeText(date) } : {}),
    ...(place ? { place: encodeText(place) } : {}),
  };
  return { url: record.url, content: [...heading, ...(said ? [said] : []), ...names].join(GAP), language: 'vi', meta, filters: record.filters };
}

/** The folded words of a record's prose (what its full text holds beyond its record), each once. */
export function proseWords(record: SearchRecord): Set<string> {
  const words = new Set<string>();
  for (const text of record.prose) for (const word of foldedWords(text)) words.add(word);
  return words;
}

/** The folded words a record holds in a layer, in its text and its metadata, each once; number forms whole. */
export function recordWords(record: SearchRecord, layer: Layer): Set<string> {
  const { kind, title, number, name, date, place } = record.meta;
  const texts = [kind, title, number, name, date, place, ...record.keywords, ...record.facts, ...record.text, ...(layer === 'full' ? record.prose : [])];
  const words = new Set<string>();
  for (const text of texts) if (text) for (const word of foldedWords(text)) words.add(word);
  for (const { tokens } of record.numbers) for (const token of tokens) words.add(token);
  return words;
}
