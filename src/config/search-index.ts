/**
 * How large the parts of the search index are (src/search/index-parts.ts). Pagefind's memory while it
 * writes a part grows with the part (about 0.55 MB a page, measured at 10,000 plans), and the search page
 * fetches, for each part, its metadata and a chunk for every word typed. So a part holds at least 2,500
 * pages, and a larger site gets larger parts rather than ever more of them: about 8 for its plans.
 * PBGDPL_SEARCH_PART_PAGES sets the size of every part, as the tests do to split the small seed site.
 */
const fromEnv = Number(process.env.PBGDPL_SEARCH_PART_PAGES);
export const SEARCH_PART_PAGES_SET: number | undefined = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
export const SEARCH_PART_MIN_PAGES = 2500;
export const SEARCH_PLAN_PARTS = 8;
/**
 * A word on at least this share of the indexed pages, known to every part, is listed for the search page
 * (src/search/common-words.ts); below it, looking a word up costs the search page little.
 */
export const SEARCH_COMMON_WORD_SHARE = 0.01;
