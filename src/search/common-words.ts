/**
 * Words every part of the search index knows, listed for the search page so
 * that it need not look them up one by one.
 *
 * Pagefind leaves out of a search any word its index does not know, so the
 * search page looks each typed word up alone and keeps only pages holding all
 * of them (src/scripts/search.ts). For a word on most pages that lookup is
 * the dearest step of a search (0.6–0.9 s in Chromium for a word on 10,000
 * pages), and it is needless when every part knows the word, because
 * Pagefind then requires it itself. Rare words stay looked up: their lookup
 * is cheap, and they are the ones some part may not know.
 *
 * A part's words are read from the text Pagefind indexes, never from
 * metadata or filters, so a word listed is one every part does index.
 */
import { decodeEntities } from './page-html';
import { decodeIndexed, foldedWords } from './text';

/** For each word (folded: "hoa", "dat"), on how many pages of a part it stands. */
export type WordPages = Record<string, number>;

/** The folded words of the text of a page as handed to Pagefind (`pageForIndex`), each once. */
export function indexedWords(indexedHtml: string): Set<string> {
  const text = decodeEntities(indexedHtml.replace(/<[^>]*>/g, ' '));
  return new Set(foldedWords(decodeIndexed(text)));
}

/** Adds a page's words to a part's count. */
export function countWords(counts: WordPages, words: Iterable<string>): void {
  for (const word of words) counts[word] = (Object.hasOwn(counts, word) ? counts[word]! : 0) + 1;
}

/** The words that stand on at least one page of every part and on at least `minPages` pages in all, sorted. */
export function commonWords(parts: readonly WordPages[], minPages: number): string[] {
  const [first, ...others] = parts;
  if (!first) return [];
  return Object.entries(first)
    .filter(([word, pages]) => others.every((part) => Object.hasOwn(part, word)) && others.reduce((sum, part) => sum + part[word]!, pages) >= minPages)
    .map(([word]) => word)
    .sort();
}
