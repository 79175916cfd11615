/**
 * Title lists: for each of today's provinces and each year, the titles of the plans issued there that
 * year, with where each plan's record is.
 *
 * A citizen who types a plan's title types its place and year with it ("ke hoach hoa giai o co so tren
 * dia ban tinh hue nam 2022"). Every word of such a title stands on thousands of plans, so no word leads
 * and the newest parts of the index, searched first, rarely hold the plan; the list of that province
 * and year holds it for a few kilobytes (about 25 titles at 10,000 plans, 250 at 100,000). The search
 * page matches the query on those titles in the browser (src/scripts/search-engine.ts) and shows first
 * the plans whose title, number, issuer, place and year hold every word.
 *
 * Written by the indexer (src/search/build-index.ts); the manifest says which lists exist.
 */
import type { Posting } from './directory';
import { bitsToHex, hexHasBit } from './directory';
import type { TitleListIndex } from './index-layout';
import { matchFields, type PageMatch } from './match';
import type { Query } from './query';

/** One plan in a list. */
export interface TitleEntry {
  /** Its title, as written. */
  t: string;
  /** Its number, issuer and places (the province it was issued in, and today's), as written. */
  o: string;
  p: Posting;
}

/** A list's name, inside the search index's folder of title lists: "12-2022". */
export function titleListName(province: number, year: number): string {
  return `${province}-${year}`;
}

/** Groups entries into lists by today's province and year; plans without a province are left out. */
export function buildTitleLists(entries: readonly TitleEntry[]): { index: TitleListIndex; lists: Map<string, TitleEntry[]> } {
  const placed = entries.filter((e) => e.p[2] >= 0);
  const years = placed.map((e) => e.p[1]);
  const from = years.length > 0 ? Math.min(...years) : 0;
  const span = years.length > 0 ? Math.max(...years) - from + 1 : 0;
  const lists = new Map<string, TitleEntry[]>();
  const present = new Set<number>();
  for (const entry of placed) {
    const [, year, province] = entry.p;
    const name = titleListName(province, year);
    const list = lists.get(name);
    if (list) list.push(entry);
    else lists.set(name, [entry]);
    present.add(province * span + (year - from));
  }
  const provinces = placed.length > 0 ? Math.max(...placed.map((e) => e.p[2])) + 1 : 0;
  return { index: { from, years: span, bits: bitsToHex(present, provinces * span) }, lists };
}

/** At most this many lists for one query: two provinces, or one over two years. */
const MAX_LISTS = 4;

/**
 * The lists a query names: for each province and year typed, that year's and the year before (a plan
 * for "năm 2023" is often issued late in 2022). None when the query names no province or no year.
 */
export function titleListsFor(index: TitleListIndex | undefined, named: { provinces: ReadonlySet<number>; years: ReadonlySet<number> }): string[] {
  if (!index) return [];
  const names: string[] = [];
  for (const province of named.provinces) {
    for (const typed of named.years) {
      for (const year of [typed, typed - 1]) {
        const at = year - index.from;
        if (at >= 0 && at < index.years && hexHasBit(index.bits, province * index.years + at)) names.push(titleListName(province, year));
      }
    }
  }
  return [...new Set(names)].slice(0, MAX_LISTS);
}

export interface TitleMatch {
  entry: TitleEntry;
  match: PageMatch;
}

/**
 * The plans of the lists whose title and facts hold every word of the query, best first: the query's
 * phrases together in one field, then more neighbouring words side by side, then the shorter title (the
 * closer to what was typed), then as listed.
 */
export function matchTitles(lists: readonly (readonly TitleEntry[])[], query: Query): TitleMatch[] {
  const found: (TitleMatch & { order: number })[] = [];
  for (const list of lists) {
    for (const entry of list) {
      const match = matchFields(
        [
          { key: 'title', text: entry.t },
          { key: 'place', text: `${entry.o} · ${entry.p[1]}` },
        ],
        query,
      );
      if (match.holdsAll) found.push({ entry, match, order: found.length });
    }
  }
  return found
    .sort((a, b) => Number(b.match.together) - Number(a.match.together) || b.match.pairs - a.match.pairs || a.entry.t.length - b.entry.t.length || a.order - b.order)
    .map(({ entry, match }) => ({ entry, match }));
}
