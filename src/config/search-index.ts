/**
 * How many pages one part of the search index holds (src/search/index-parts.ts). Pagefind's memory
 * while it writes a part grows with the part; the search page fetches a little more for each part.
 * PBGDPL_SEARCH_PART_PAGES sets it for a build, as the tests do to split the small seed site.
 */
const fromEnv = Number(process.env.PBGDPL_SEARCH_PART_PAGES);
export const SEARCH_PART_PAGES = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 2500;
