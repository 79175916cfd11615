/**
 * The word directory: for every folded word of the plans and pages search
 * knows, how many plans hold it and where, so that the search page plans a
 * query before it loads any part of the index (src/search/query-plan.ts).
 *
 * - A word on at most `posted` plans lists them (its postings): where each
 *   plan's record and full text are (part and fragment), its year, its
 *   province, and how strongly it holds the word (in its title, name or
 *   number; in its record; only in its body). A document number or a name
 *   is found from its postings alone, at the cost of the plans shown.
 * - A more frequent word gives its count in each part of the record layer
 *   and the full-text parts that hold it, so that a query loads only parts
 *   where every word stands, newest first.
 *
 * The directory is split into shards by a hash of the word, so a query
 * fetches one small file per word. A document number's single-word forms
 * ("176khubnd", "kehoach176") are filed with the number ("176"): looking a
 * typed number up brings every form of it.
 *
 * Written by the indexer (src/search/build-index.ts), read in the browser.
 */
import { stableHash } from './index-layout';

/** How strongly a plan holds a word: in its title, name, number or keywords; in its record; only in its body. */
export const STRENGTH = { title: 2, record: 1, body: 0 } as const;

/** Where a plan is: [strength, year, province (index in the manifest, -1 for none), record part, record fragment, full part, full fragment]. */
export type Posting = [number, number, number, number, string, number, string];

export interface DirectoryEntry {
  /** Plans holding the word in their record; plans holding it anywhere; other pages (the primary index). */
  n: [number, number, number];
  /**
   * For a word that is not posted: in each part of the record layer, the share of its plans holding the
   * word, a byte a part (0: none, 255: all; rounded up, so a part holding it is never 0), as hex.
   */
  c?: string;
  /** For a word that is not posted and not in every full-text part: which parts hold it, a bit per part, as hex. */
  f?: string;
  /** For a word on at most `posted` plans: every plan holding it, the strongest first, then the newest. */
  p?: Posting[];
}

export type DirectoryShard = Record<string, DirectoryEntry>;

/** Pagefind names a fragment `vi_<hash>`; the directory keeps the hash. */
export const FRAGMENT_PREFIX = 'vi_';

/**
 * The word a shard is chosen by: a document number's single-word form goes with the number it starts
 * or ends with ("176khubnd" and "kehoach176" with "176"; "352013qh13" with "352013"), so that the shard
 * of a number typed brings its forms; any other word goes by itself.
 */
export function shardKey(word: string): string {
  return /^\d+/.exec(word)?.[0] ?? /\d+$/.exec(word)?.[0] ?? word;
}

export function shardOf(key: string, shards: number): number {
  return stableHash(key) % shards;
}

/** A share as a byte: 0 for none, never 0 for some, 255 for all. */
function shareByte(count: number, of: number): number {
  return count === 0 ? 0 : Math.min(255, Math.ceil((count * 255) / of));
}

/** About how many plans of a part of `pages` plans hold a word, from its entry's `c`; 0 when none does. */
export function plansInPart(entry: DirectoryEntry, part: number, pages: number): number {
  const byte = parseInt(entry.c?.slice(part * 2, part * 2 + 2) || '00', 16);
  return byte === 0 ? 0 : Math.max(1, Math.round((byte * pages) / 255));
}

/** A document number's single-word form: letters and digits together ("176khubnd"); every other word is one or the other. */
export function isNumberForm(word: string): boolean {
  return /\d/.test(word) && /[a-z]/.test(word);
}

/** Bits set for the given indexes, as hex, lowest index in the first digit's lowest bit. */
export function bitsToHex(indexes: Iterable<number>, size: number): string {
  const digits = new Array<number>(Math.ceil(size / 4)).fill(0);
  for (const i of indexes) digits[i >> 2]! |= 1 << (i & 3);
  return digits.map((d) => d.toString(16)).join('');
}

export function hexHasBit(hex: string, index: number): boolean {
  const digit = parseInt(hex[index >> 2] ?? '0', 16);
  return (digit & (1 << (index & 3))) !== 0;
}

/** One plan as the directory builder reads it. */
export interface DirectoryPlan {
  record: Set<string>;
  full: Set<string>;
  /** Words of its title, name, number and keywords. */
  strong: Set<string>;
  year: number;
  province: number;
  recordPart: number;
  recordFragment: string;
  fullPart: number;
  fullFragment: string;
}

export interface DirectoryInput {
  /** Plans in each part of the record layer. */
  recordPartPages: readonly number[];
  /** Newest first: postings keep this order among plans of the same strength. */
  plans: Iterable<DirectoryPlan> | (() => Iterable<DirectoryPlan>);
  /** The words of every page of the primary index. */
  entities: Iterable<Set<string>>;
  fullParts: number;
  posted: number;
  /** The same for a document number's single-word forms ("176khubnd"), which are worth listing at a larger count. */
  postedNumbers: number;
  /** About how many bytes of JSON a shard should hold before the server compresses it. */
  shardBytes: number;
}

export interface Directory {
  shards: DirectoryShard[];
}

/**
 * Builds the directory in two passes over the plans (`plans` is called twice when a function, so the
 * caller need not hold every plan's words at once): counts first, then postings for the rare words.
 */
export function buildDirectory(input: DirectoryInput): Directory {
  const passes = () => (typeof input.plans === 'function' ? input.plans() : input.plans);
  const counts = new Map<string, { n: [number, number, number]; parts?: Int32Array; full?: Uint8Array }>();
  const entry = (word: string) => {
    let found = counts.get(word);
    if (!found) counts.set(word, (found = { n: [0, 0, 0] }));
    return found;
  };
  for (const plan of passes()) {
    for (const word of plan.full) {
      const e = entry(word);
      e.n[1]++;
      (e.full ??= new Uint8Array(input.fullParts))[plan.fullPart] = 1;
      if (plan.record.has(word)) {
        e.n[0]++;
        (e.parts ??= new Int32Array(input.recordPartPages.length))[plan.recordPart]!++;
      }
    }
  }
  for (const words of input.entities) for (const word of words) entry(word).n[2]++;

  const postings = new Map<string, Posting[]>();
  for (const [word, e] of counts) if (e.n[1] > 0 && e.n[1] <= (isNumberForm(word) ? input.postedNumbers : input.posted)) postings.set(word, []);
  for (const plan of passes()) {
    for (const word of plan.full) {
      const list = postings.get(word);
      if (!list) continue;
      const strength = plan.strong.has(word) ? STRENGTH.title : plan.record.has(word) ? STRENGTH.record : STRENGTH.body;
      list.push([strength, plan.year, plan.province, plan.recordPart, plan.recordFragment, plan.fullPart, plan.fullFragment]);
    }
  }

  const entries: [string, DirectoryEntry][] = [];
  for (const [word, e] of counts) {
    const out: DirectoryEntry = { n: e.n };
    const list = postings.get(word);
    if (list) {
      // A stable sort keeps the plans' newest-first order within a strength.
      out.p = list.sort((a, b) => b[0] - a[0]);
    } else if (e.n[1] > 0) {
      if (e.parts) out.c = [...e.parts].map((plans, part) => shareByte(plans, input.recordPartPages[part]!).toString(16).padStart(2, '0')).join('');
      const held = [...(e.full ?? [])].flatMap((bit, i) => (bit ? [i] : []));
      if (held.length < input.fullParts) out.f = bitsToHex(held, input.fullParts);
    }
    entries.push([word, out]);
  }
  const total = entries.reduce((n, [word, e]) => n + word.length + JSON.stringify(e).length + 4, 0);
  const shardCount = Math.max(1, Math.min(4096, Math.ceil(total / input.shardBytes)));
  const shards = Array.from({ length: shardCount }, (): DirectoryShard => ({}));
  for (const [word, e] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) shards[shardOf(shardKey(word), shardCount)]![word] = e;
  return { shards };
}
