/**
 * How the search page answers a query, decided from the manifest and the word
 * directory before any part of the index is loaded (src/search/index-layout.ts):
 *
 * 1. Pages that are not plans (provinces, themes, legal documents, topics,
 *    news) are in the primary index, searched whenever one of the words is there.
 * 2. Plans, when the site is split into parts:
 *    - a rare word leads: when a word (or a document number typed in any
 *      form) stands on few plans, the directory lists them; they are checked
 *      for the other words one by one, and no part is loaded;
 *    - otherwise the query goes to the parts where every word stands, newest
 *      first, as many as the first results need; older parts wait for the
 *      reader ("Xem kết quả các năm trước"), with how many plans they may hold.
 *    A site in one part is searched whole.
 *    - a query naming a province and a year, searched in parts, is also
 *      matched on the titles of that province's plans of that year (and the
 *      year before), whatever part they are in (src/search/title-lists.ts).
 * 3. Plans are searched in their records first; the full text (their bodies)
 *    when the reader asks or when the records answer too little.
 *
 * Pure: the page fetches what the plan names (src/scripts/search-engine.ts).
 */
import { hexHasBit, plansInPart, STRENGTH, type DirectoryEntry, type Posting } from './directory';
import type { IndexManifest } from './index-layout';
import { foldVietnamese } from '../lib/vietnamese';
import type { Query } from './query';
import { titleListsFor } from './title-lists';

export type PlanLayer = 'record' | 'full';

/** What the directory says of the query's words: `entries[j]` for word j (undefined: no page holds it), and the number forms found. */
export interface Lookup {
  entries: (DirectoryEntry | undefined)[];
  /** Single-word forms of a document number the query holds ("kế hoạch 176" → "kehoach176"), with the query words each stands for. */
  numbers: { token: string; entry: DirectoryEntry; covers: number[] }[];
}

export type PlanSearch =
  /** No plan can hold every word. */
  | { kind: 'none' }
  /**
   * Plans named by the directory, to check one by one; `covered` words are known to be on every one of
   * them; `byNumber` when the query is a document number and nothing else, which names its plans whole.
   */
  | { kind: 'postings'; layer: PlanLayer; candidates: Posting[]; covered: number[]; byNumber: boolean }
  /**
   * Parts of the index to search (indexes into the manifest's list of the layer: the newest, or those
   * holding most plans with a rare word), and the others left for later, newest first; with the document
   * numbers as single words ('numbers') only when a word typed is no word of a plan on its own ("176khubnd").
   */
  | { kind: 'parts'; layer: PlanLayer; parts: number[]; older: number[]; olderPlans: number; query: 'numbers' | 'words' };

export interface SearchPlan {
  /**
   * How the primary index is searched, if it may hold a result: with the document numbers the query holds
   * as the single words its pages carry ('numbers'), or with the words as typed ('words').
   */
  entities: 'numbers' | 'words' | false;
  plans: PlanSearch;
  /** Title lists to match the query on, beside the parts searched. */
  titleLists: string[];
}

/** Enough plans for the first screen of results. */
const FIRST_RESULTS = 10;
/** Parts searched before the reader asks for more: each brings its chunk of every word. */
const FIRST_PARTS = 2;
/** A word on fewer than this share of the plans leads to the parts holding it most, rather than the newest. */
const SELECTIVE_SHARE = 0.5;

/**
 * The document-number forms to look up for a query: runs of up to four words ending with a number
 * ("kế hoạch 176" → "kehoach176", "qd 1521" → "qd1521") or starting with one ("176 kh ubnd" → "176khubnd",
 * "35 2013 qh 13" → "352013qh13"). Longest first; the directory files each with its number (shardKey).
 */
export function numberForms(folded: readonly string[]): { token: string; covers: number[] }[] {
  const forms: { token: string; covers: number[] }[] = [];
  folded.forEach((word, k) => {
    if (!/^\d+$/.test(word)) return;
    for (let i = Math.max(0, k - 3); i < k; i++) forms.push({ token: folded.slice(i, k + 1).join(''), covers: range(i, k) });
    for (let j = k + 1; j < Math.min(folded.length, k + 5); j++) forms.push({ token: folded.slice(k, j + 1).join(''), covers: range(k, j) });
  });
  return forms.sort((a, b) => b.covers.length - a.covers.length);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The year a filter asks for, if any. */
function yearOf(filters: Record<string, string>, yearFilter: string): number | undefined {
  const year = Number(filters[yearFilter]);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

export interface PlanOptions {
  layer: PlanLayer;
  filters: Record<string, string>;
  /** The filter names of year, province and section (src/routes/search-filters.ts). */
  filterKeys: { year: string; province: string; section: string };
  /** The section a plan is in, as the section filter says it. */
  planSection: string;
}

export function planSearch(query: Query, lookup: Lookup, manifest: IndexManifest, options: PlanOptions): SearchPlan {
  const { layer, filters, filterKeys } = options;
  const last = query.folded.length - 1;
  const mayBePrefix = (j: number) => j === last && query.lastMayBePrefix;
  const coveredByNumber = new Set(lookup.numbers.flatMap((n) => n.covers));
  // Pagefind leaves out a word its index does not know, so the primary index is searched only with words it knows, all of them.
  const inEntities = (j: number) => mayBePrefix(j) || (lookup.entries[j]?.n[2] ?? 0) > 0;
  const numbersInEntities = lookup.numbers.length > 0 && lookup.numbers.every((n) => n.entry.n[2] > 0);
  // The words as typed rank a page best (its number is written with them); a number's single-word form serves a word the pages lack alone ("176khubnd").
  // A query that is a document number and nothing else names a document: the other pages only when the number is theirs.
  const onlyNumbers = query.folded.length > 0 && query.folded.every((_, j) => coveredByNumber.has(j));
  const allInEntities = query.folded.every((_, j) => inEntities(j));
  const entities: SearchPlan['entities'] = onlyNumbers
    ? numbersInEntities
      ? allInEntities
        ? 'words'
        : 'numbers'
      : false
    : allInEntities
      ? 'words'
      : numbersInEntities && query.folded.every((_, j) => coveredByNumber.has(j) || inEntities(j))
        ? 'numbers'
        : false;
  const wantsPlans = !filters[filterKeys.section] || filters[filterKeys.section] === options.planSection;
  // A whole word that no plan holds, and no number form standing for it: no plan can hold every word.
  const plansOf = (e: DirectoryEntry | undefined) => (e ? (layer === 'record' ? e.n[0] : e.n[1]) : 0);
  const missing = query.folded.some((_, j) => !mayBePrefix(j) && !coveredByNumber.has(j) && plansOf(lookup.entries[j]) === 0);
  if (!wantsPlans || missing || manifest.plans === 0) return { entities, plans: { kind: 'none' }, titleLists: [] };

  const year = yearOf(filters, filterKeys.year);
  const province = filters[filterKeys.province] ? manifest.provinces.indexOf(filters[filterKeys.province]!) : undefined;
  const parts = layer === 'record' ? manifest.record : manifest.full;

  if (parts.length > 1) {
    // Rare words lead: every posted word (or number form) narrows the plans to check.
    const inLayer = (p: Posting) => layer === 'full' || p[0] >= STRENGTH.record;
    const leads: { postings: Posting[]; covers: number[] }[] = [];
    for (const n of lookup.numbers) if (n.entry.p) leads.push({ postings: n.entry.p, covers: n.covers });
    lookup.entries.forEach((e, j) => {
      if (e?.p && !mayBePrefix(j)) leads.push({ postings: e.p, covers: [j] });
    });
    if (leads.length > 0) {
      leads.sort((a, b) => a.postings.length - b.postings.length);
      const key = (p: Posting) => (layer === 'record' ? `${p[3]}/${p[4]}` : `${p[5]}/${p[6]}`);
      let candidates = leads[0]!.postings.filter(inLayer);
      const covered = new Set(leads[0]!.covers);
      for (const lead of leads.slice(1)) {
        const holding = new Set(lead.postings.filter(inLayer).map(key));
        candidates = candidates.filter((p) => holding.has(key(p)));
        for (const j of lead.covers) covered.add(j);
      }
      // A plan whose part holds no plan with another word of the query cannot hold that word: the directory tells without a fetch.
      const partHolds = (p: Posting) =>
        query.folded.every((_, j) => {
          const e = lookup.entries[j];
          if (covered.has(j) || coveredByNumber.has(j) || mayBePrefix(j) || !e || e.p) return true;
          return layer === 'record' ? plansInPart(e, p[3], 1) > 0 : e.f === undefined || hexHasBit(e.f, p[5]);
        });
      candidates = candidates.filter((p) => (year === undefined || p[1] === year) && (province === undefined || p[2] === province) && partHolds(p));
      // A province or a year typed among the words is likely the plan's own: its plans are checked first.
      const named = namedInQuery(query.folded, manifest.provinces, manifest.formerProvinces);
      const first = (p: Posting) => (named.provinces.has(p[2]) ? 2 : 0) + (named.years.has(p[1]) ? 1 : 0);
      candidates = candidates.map((p, i) => ({ p, i, rank: first(p) })).sort((a, b) => b.rank - a.rank || a.i - b.i).map(({ p }) => p);
      const byNumber = query.folded.every((_, j) => coveredByNumber.has(j));
      return { entities, plans: { kind: 'postings', layer, candidates, covered: [...covered].sort((a, b) => a - b), byNumber }, titleLists: [] };
    }
  }

  // Pagefind ranks a plan's number best as the words it is written with; a single-word form serves only a word no plan holds alone.
  const queryForm: 'numbers' | 'words' = lookup.numbers.some((n) => n.covers.some((j) => plansOf(lookup.entries[j]) === 0)) ? 'numbers' : 'words';
  if (queryForm === 'words') coveredByNumber.clear();
  // Parts where every word stands (by the directory), newest first; a year filter keeps that year's parts.
  // The last word, maybe unfinished, counts as the whole word the directory knows; as the start of words, only when it knows none.
  const unknownPrefix = (j: number) => mayBePrefix(j) && !lookup.entries[j];
  const holdsEvery = (part: number) =>
    query.folded.every((_, j) => {
      if (unknownPrefix(j) || coveredByNumber.has(j)) return true;
      const e = lookup.entries[j];
      if (!e) return false;
      if (e.p) return e.p.some((p) => (layer === 'record' ? p[0] >= STRENGTH.record && p[3] === part : p[5] === part));
      return layer === 'record' ? plansInPart(e, part, parts[part]!.pages) > 0 : e.f === undefined || hexHasBit(e.f, part);
    });
  const inYear = (part: number) => year === undefined || (parts[part]!.from.slice(0, 4) <= String(year) && parts[part]!.to.slice(0, 4) >= String(year));
  const eligible = parts.map((_, i) => i).filter((i) => inYear(i) && holdsEvery(i));
  // How many plans of a part may answer: the fewest holding any one word (a whole part when the directory cannot tell).
  const estimate = (part: number) =>
    Math.min(
      parts[part]!.pages,
      ...query.folded.map((_, j) => {
        const e = lookup.entries[j];
        if (unknownPrefix(j) || coveredByNumber.has(j) || !e || layer === 'full') return parts[part]!.pages;
        return e.p ? e.p.filter((p) => p[3] === part).length : plansInPart(e, part, parts[part]!.pages);
      }),
    );
  // Words found on most plans: the newest parts answer first. A word on few plans: the parts holding most of them.
  const shares = query.folded.flatMap((_, j) => (unknownPrefix(j) || coveredByNumber.has(j) ? [] : [plansOf(lookup.entries[j]) / manifest.plans]));
  const selective = shares.length > 0 && Math.min(...shares) < SELECTIVE_SHARE;
  const order = selective ? [...eligible].sort((a, b) => estimate(b) - estimate(a) || a - b) : eligible;
  const first: number[] = [];
  let expected = 0;
  // Each part's figure is the fewest plans holding any one word: with a rare word among many, more than holds them all.
  const enough = selective ? 2 * FIRST_RESULTS : FIRST_RESULTS;
  for (const part of order) {
    if (first.length >= FIRST_PARTS || (first.length > 0 && expected >= enough)) break;
    first.push(part);
    expected += estimate(part);
  }
  const older = eligible.filter((part) => !first.includes(part));
  // A title typed with its place and year: the plan may be in any part, and rank low in the parts searched; its province's list of
  // that year has it. Filters need the plan's page, so not then.
  const named = layer === 'record' && parts.length > 1 && Object.keys(filters).length === 0 ? namedInQuery(query.folded, manifest.provinces, manifest.formerProvinces) : undefined;
  return {
    entities,
    plans: { kind: 'parts', layer, parts: first, older, olderPlans: older.reduce((n, part) => n + estimate(part), 0), query: queryForm },
    titleLists: named ? titleListsFor(manifest.titles, named) : [],
  };
}

/** Today's provinces (their indexes in `provinces`) a query's words name, a former province's as today's, and the years they name. */
export function namedInQuery(
  folded: readonly string[],
  provinces: readonly string[],
  formerProvinces: readonly [string, number][] = [],
): { provinces: Set<number>; years: Set<number> } {
  const typed = ` ${folded.join(' ')} `;
  const names = (name: string) => typed.includes(` ${foldVietnamese(name).split(/\s+/).join(' ')} `);
  const found = new Set<number>();
  provinces.forEach((name, i) => names(name) && found.add(i));
  for (const [name, today] of formerProvinces) if (names(name)) found.add(today);
  const years = new Set(folded.filter((w) => /^(19|20)\d\d$/.test(w)).map(Number));
  return { provinces: found, years };
}
