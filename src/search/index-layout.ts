/**
 * How the search index is laid out, so that a query costs what it asks for,
 * not what the corpus holds.
 *
 * - The primary index (`pagefind/`) holds every page that is not a plan:
 *   provinces, themes, quarters, legal documents, topics, news. It is small
 *   at any scale and every query searches it; it brings Pagefind's code.
 * - Plans are indexed twice, in parts by date: the record layer
 *   (`phan/ho-so/…`: title, number, issuer, places, summary, tasks, facts),
 *   which answers most queries, and the full-text layer (`phan/toan-van/…`:
 *   the record and the body), searched when the record layer finds too
 *   little or when the reader asks. A part holds consecutive months, grouped
 *   from the oldest so that a new plan changes only the newest part; a month
 *   larger than a part is spread over several by a hash of the page. Parts are listed newest first: a query made of words found on
 *   nearly every plan is answered from the newest part, older years one
 *   click away.
 * - The word directory (`tu/`, src/search/directory.ts) says, for each word,
 *   on how many plans of each part it stands and, for a rare word, which
 *   plans: a document number or a name is found without loading any part.
 *
 * - Title lists (`tieu-de/`, src/search/title-lists.ts) give, for each of today's provinces and each
 *   year, its plans' titles: a title typed with its place and year is found there, whatever its part.
 *
 * `pagefind/phan.json` (the manifest) lists the parts and how the directory
 * is sharded. Every one of these paths is built in src/lib/paths.ts
 * (`paths.searchIndex`, `searchIndexFiles`).
 */

/** A part of one layer, as the manifest lists it. */
export interface ManifestPart {
  /** Folder inside the primary index's (`searchIndexFiles.part`): "phan/ho-so/2025-07_2025-12/". */
  path: string;
  /** First and last day of the months it holds, ISO. */
  from: string;
  to: string;
  pages: number;
}

export interface IndexManifest {
  /** Names this build's directory: its shards are fetched with it, so a kept copy never outlives a deploy. */
  version: string;
  /** Newest part first. */
  record: ManifestPart[];
  full: ManifestPart[];
  /** Plans in all. */
  plans: number;
  /** Pages in the primary index. */
  entities: number;
  /** How many files the directory is split into (src/search/directory.ts). */
  shards: number;
  /** Today's provinces in the order postings number them. */
  provinces: string[];
  /** The provinces merged in 2025, each with the index of the province it is part of today. */
  formerProvinces: [string, number][];
  /** Which title lists exist. */
  titles: TitleListIndex;
}

/** Which title lists exist (src/search/title-lists.ts): a bit per (province, year), `span` years a province from the year `from`. */
export interface TitleListIndex {
  from: number;
  span: number;
  bits: string;
}

/** A part before it is written: which records (their indexes in the list given) and the months they span. */
export interface LayerPart {
  name: string;
  from: string;
  to: string;
  records: number[];
}

/** A small stable hash of a string (FNV-1a). */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const lastDayOf = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
};

/**
 * Splits plans (their ISO dates and paths, in any order) into parts of at most `maxPages`, newest part
 * first. Consecutive months share a part, filled from the oldest on; a month larger than `maxPages` is
 * spread over as many parts as it needs by a hash of the path.
 */
export function layerParts(plans: readonly { date: string; url: string }[], maxPages: number): LayerPart[] {
  const byMonth = new Map<string, number[]>();
  plans.forEach((plan, i) => {
    const month = plan.date.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(i);
    else byMonth.set(month, [i]);
  });
  const parts: LayerPart[] = [];
  let open: LayerPart | undefined;
  const close = () => {
    if (open) parts.push({ ...open, name: `${open.from.slice(0, 7)}_${open.to.slice(0, 7)}` });
    open = undefined;
  };
  for (const month of [...byMonth.keys()].sort()) {
    const records = byMonth.get(month)!;
    if (open && open.records.length + records.length > maxPages) close();
    if (records.length > maxPages) {
      close();
      const buckets = Math.ceil(records.length / maxPages);
      const split = Array.from({ length: buckets }, () => [] as number[]);
      for (const i of records) split[stableHash(plans[i]!.url) % buckets]!.push(i);
      split.forEach((bucket, b) => {
        if (bucket.length > 0) parts.push({ name: `${month}_${month}-${b + 1}`, from: `${month}-01`, to: lastDayOf(month), records: bucket });
      });
      continue;
    }
    open ??= { name: '', from: `${month}-01`, to: lastDayOf(month), records: [] };
    open.to = lastDayOf(month);
    open.records.push(...records);
  }
  close();
  return parts.reverse();
}
