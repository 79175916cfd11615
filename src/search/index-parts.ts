/**
 * How the search index is split at national scale. Pagefind builds an index
 * whole, in memory, and cannot update one: at 10,000 plans its process
 * passed 3.9 GB while writing, and one edited plan meant indexing them all
 * again. So a large site is indexed in parts that Pagefind builds one after
 * another, each in a process of its own, and that the search page merges
 * (Pagefind's mergeIndex shares the primary part's WebAssembly, so a part
 * costs its own metadata and the chunks a query needs, nothing more).
 *
 * A plan goes to the part of its year, and consecutive years share a part
 * up to a size, so editing a plan indexes one part again; every other page
 * (legal documents, topics, provinces, themes, news) is in the primary part,
 * which the search page loads first. A site that fits in one part is one
 * index, as Pagefind builds it.
 */

/** Where the parts other than the primary are written, inside the primary index's folder. */
export const INDEX_PARTS_DIR = 'phan';
/** Lists those parts for the search page, inside the primary index's folder. */
export const INDEX_PARTS_MANIFEST = 'phan.json';

/** What the manifest says: `{ "parts": ["phan/nam-2015-2017/", …], "common": ["hoa", "phap", …] }`. */
export interface IndexManifest {
  parts: string[];
  /** Words every part knows, on many pages (src/search/common-words.ts): the search page need not look them up. */
  common: string[];
}

/** A part of the index: `name` is its folder under the primary index, '' for the primary itself. */
export interface IndexPart {
  name: string;
  /** Indexes into the `sitePaths` given, in their order. */
  pages: number[];
}

const PLAN_YEAR = /^\/ke-hoach\/(\d{4})\//;

/** The year of a page under a year's plans ("/ke-hoach/2020/…"), or undefined for any other page. */
export function planYearOf(sitePath: string): number | undefined {
  const year = PLAN_YEAR.exec(sitePath)?.[1];
  return year === undefined ? undefined : Number(year);
}

/**
 * Pages per part for a site with `planPages` pages under its years' plans: at least `atLeast`, in about
 * `parts` parts. It grows in steps of `atLeast`, so that adding a plan seldom changes it: a new size
 * groups the years anew and indexes every part again.
 */
export function partSize(planPages: number, atLeast: number, parts: number): number {
  return Math.max(atLeast, Math.ceil(planPages / parts / atLeast) * atLeast);
}

/** A small stable hash of a string (FNV-1a), to spread one large year over several parts. */
function bucketOf(text: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/**
 * Splits a site's pages (their paths, as "/ke-hoach/2020/lang-son-176-kh-ubnd/") into parts of at most
 * about `maxPages` pages each; the primary part comes first and may be larger when the site has
 * that many pages that are not plans.
 */
export function indexParts(sitePaths: readonly string[], maxPages: number): IndexPart[] {
  if (sitePaths.length <= maxPages) return [{ name: '', pages: sitePaths.map((_, i) => i) }];
  const primary: number[] = [];
  const byYear = new Map<number, number[]>();
  sitePaths.forEach((sitePath, i) => {
    const year = planYearOf(sitePath);
    if (year === undefined) primary.push(i);
    else if (byYear.has(year)) byYear.get(year)!.push(i);
    else byYear.set(year, [i]);
  });
  const parts: IndexPart[] = [{ name: '', pages: primary }];
  let group: { from: number; to: number; pages: number[] } | undefined;
  const close = () => {
    if (group) parts.push({ name: group.from === group.to ? `nam-${group.from}` : `nam-${group.from}-${group.to}`, pages: group.pages });
    group = undefined;
  };
  for (const [year, pages] of [...byYear].sort(([a], [b]) => a - b)) {
    if (pages.length > maxPages) {
      close();
      const buckets = Math.ceil(pages.length / maxPages);
      const split = Array.from({ length: buckets }, () => [] as number[]);
      for (const i of pages) split[bucketOf(sitePaths[i]!.split('/')[3] ?? '', buckets)]!.push(i);
      split.forEach((bucket, b) => bucket.length > 0 && parts.push({ name: `nam-${year}-phan-${b + 1}`, pages: bucket }));
      continue;
    }
    if (group && group.pages.length + pages.length > maxPages) close();
    group ??= { from: year, to: year, pages: [] };
    group.to = year;
    group.pages.push(...pages);
  }
  close();
  return parts;
}
