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
import { multiMapPush } from '../lib/multi-map';
import { bitsToHex, hexHasBit } from './directory';
import type { TitleListIndex } from './index-layout';
import { matchFields, type PageMatch } from './match';
import type { Query } from './query';

/** One plan in a list: what its title and facts say, and where its record is. */
export interface TitleEntry {
  /** Its title, as written. */
  t: string;
  /** Its number, issuer and places (the province it was issued in, and today's), each as written. */
  o: string[];
  /** Its year: a list may be read for the year after (`titleListsFor`). */
  y: number;
  /** Its record's part (its index in the manifest's record layer) and fragment, to fetch it when shown. */
  r: number;
  f: string;
}

/** A list's name, inside the search index's folder of title lists: "12-2022". */
function titleListName(province: number, year: number): string {
  return `${province}-${year}`;
}

/** Groups plans into lists by today's province (its index in the manifest) and year; plans of no province (-1) are left out. */
export function buildTitleLists(plans: readonly { province: number; entry: TitleEntry }[]): { index: TitleListIndex; lists: Map<string, TitleEntry[]> } {
  const placed = plans.filter((p) => p.province >= 0);
  const lists = new Map<string, TitleEntry[]>();
  if (placed.length === 0) return { index: { from: 0, span: 0, bits: '' }, lists };
  let from = Infinity;
  let to = -Infinity;
  for (const { entry } of placed) {
    from = Math.min(from, entry.y);
    to = Math.max(to, entry.y);
  }
  const span = to - from + 1;
  const present = new Set<number>();
  let provinces = 0;
  for (const { province, entry } of placed) {
    multiMapPush(lists, titleListName(province, entry.y), entry);
    present.add(province * span + (entry.y - from));
    provinces = Math.max(provinces, province + 1);
  }
  return { index: { from, span, bits: bitsToHex(present, provinces * span) }, lists };
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
        if (at >= 0 && at < index.span && hexHasBit(index.bits, province * index.span + at)) names.push(titleListName(province, year));
      }
    }
  }
  return [...new Set(names)].slice(0, MAX_LISTS);
}

interface TitleMatch {
  entry: TitleEntry;
  match: PageMatch;
  /** Holds the last word only as the start of a longer word. */
  byPrefix: boolean;
}

/** A plan's title and each of its facts as fields of their own, so that no phrase runs from one into the next. */
function fieldsOf(entry: TitleEntry): { key: string; text: string }[] {
  return [{ key: 'title', text: entry.t }, ...entry.o.map((text) => ({ key: 'fact', text })), { key: 'year', text: String(entry.y) }];
}

/**
 * The plans of the lists whose title and facts hold every word of the query, best first: whole words
 * before a last word matched as the start of a word, then the query's phrases together in one field,
 * then more neighbouring words side by side, then the shorter title (the closer to what was typed), then
 * as listed.
 */
export function matchTitles(lists: readonly (readonly TitleEntry[])[], query: Query): TitleMatch[] {
  const whole = { ...query, lastMayBePrefix: false };
  const found: (TitleMatch & { order: number })[] = [];
  for (const list of lists) {
    for (const entry of list) {
      const fields = fieldsOf(entry);
      const match = matchFields(fields, query);
      if (!match.holdsAll) continue;
      const byPrefix = query.lastMayBePrefix && !matchFields(fields, whole).holdsAll;
      found.push({ entry, match, byPrefix, order: found.length });
    }
  }
  return found
    .sort(
      (a, b) =>
        Number(a.byPrefix) - Number(b.byPrefix) ||
        Number(b.match.together) - Number(a.match.together) ||
        b.match.pairs - a.match.pairs ||
        a.entry.t.length - b.entry.t.length ||
        a.order - b.order,
    )
    .map(({ entry, match, byPrefix }) => ({ entry, match, byPrefix }));
}
