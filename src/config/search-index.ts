/**
 * The sizes of the search index's layout (src/search/index-layout.ts), chosen by measuring what the
 * search page fetches (bench/README.md, "Tìm kiếm ở quy mô quốc gia"):
 *
 * - A record-layer part holds at most 1,500 plans: a query of eight words found on nearly every plan
 *   (“kế hoạch phổ biến giáo dục pháp luật”) fetches about 100 KB of it.
 * - A full-text part holds at most 500 plans, whose bodies are ten times the text of their records.
 * - Pagefind closes a chunk of its word index after 4,000 word positions rather than its 20,000: a word
 *   found on every page fills a chunk alone either way, and a query fetches less of the words beside it.
 * - A word on at most 100 plans lists them in the word directory, so it is found without any part; a
 *   document number's single-word form ("176khubnd") up to 1,000.
 *
 * PBGDPL_SEARCH_PART_PAGES sets the size of every part and PBGDPL_SEARCH_POSTED_PLANS how few plans a word
 * must stand on to be listed, as the tests do so that the small seed site is searched as a national one.
 */
const positive = (name: string) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};
const partPagesSet = positive('PBGDPL_SEARCH_PART_PAGES');

export const RECORD_PART_PAGES = partPagesSet ?? 500;
export const FULL_PART_PAGES = partPagesSet ?? 250;
export const CHUNK_WORD_POSITIONS = 4000;
export const POSTED_PLANS = positive('PBGDPL_SEARCH_POSTED_PLANS') ?? 100;
/** A document number's single-word form lists its plans up to this many: a number typed is the commonest search, and names its plans exactly. */
export const POSTED_NUMBER_PLANS = positive('PBGDPL_SEARCH_POSTED_PLANS') ?? 1000;
/** About how much JSON a shard of the word directory holds; the server compresses it to about a third. */
export const DIRECTORY_SHARD_BYTES = 12_000;
