/**
 * A citizen's query, rewritten for the index that `encodeText` wrote, and
 * the excerpt of a result: the page's own words, whole matched words marked.
 */
import { foldVietnamese as fold } from '../lib/vietnamese';
import { WORD, continuesPhrase, withoutBreaks, wordSpans } from './text';

export interface Query {
  /** Each word lower case with its marks (Pagefind ranks the same marks a little higher), đ as d. */
  typed: string[];
  folded: string[];
  /** The words between commas, full stops and the like, each to be found together. */
  phrases: string[][];
  /** Whole query in quotes: that phrase only. */
  quoted: boolean;
  /** The query does not end with a space or quote, so its last word may be unfinished. */
  lastMayBePrefix: boolean;
}

export function parseQuery(input: string): Query {
  const text = input.normalize('NFC').trim();
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  const typedForm = (w: string) => w.toLowerCase().replace(/đ/g, 'd');
  return {
    typed: words.map(typedForm),
    phrases: withoutBreaks(text.replace(/\s+/g, ' '))
      .split(/\s{2,}/)
      .map((part) => [...part.matchAll(WORD)].map((m) => typedForm(m[0])))
      .filter((group) => group.length > 0),
    folded: words.map(fold),
    quoted: words.length > 0 && /^["“„].*["”“]$/su.test(text),
    lastMayBePrefix: words.length > 0 && !/[\s"”“]$/u.test(input.normalize('NFC')),
  };
}

/**
 * The query with each span of words that a document number's single-word form stands for
 * (src/search/query-plan.ts, numberForms) replaced by that form, alone in a phrase of its own:
 * "kế hoạch 176 lạng sơn" → "kehoach176", then "lạng sơn" as a phrase.
 */
export function withNumberForms(query: Query, forms: readonly { token: string; covers: readonly number[] }[]): Query {
  if (forms.length === 0) return query;
  const startOf = new Map(forms.map((f) => [f.covers[0]!, f.token]));
  const covered = new Set(forms.flatMap((f) => f.covers));
  const typed: string[] = [];
  const folded: string[] = [];
  const phrases: string[][] = [];
  let flat = 0;
  for (const group of query.phrases) {
    let current: string[] = [];
    const close = () => {
      if (current.length > 0) phrases.push(current);
      current = [];
    };
    for (const word of group) {
      const token = startOf.get(flat);
      if (token !== undefined) {
        close();
        typed.push(token);
        folded.push(token);
        phrases.push([token]);
      } else if (!covered.has(flat)) {
        typed.push(word);
        folded.push(query.folded[flat]!);
        current.push(word);
      }
      flat++;
    }
    close();
  }
  const last = query.folded.length - 1;
  return { ...query, typed, folded, phrases, lastMayBePrefix: query.lastMayBePrefix && !covered.has(last) };
}

/** Every word whole: "hoà giải" → "hoàz giảiz", which matches "hòa giải", "HOÀ GIẢI", "hoa giai". */
export function wholeWords(query: Query): string {
  return query.typed.map((w) => `${w}z`).join(' ');
}

/** Each group of two or more words, adjacent and in order (Pagefind's exact search, one per group). */
export function phrases(query: Query): string[] {
  return query.phrases.filter((group) => group.length > 1).map((group) => `"${group.map((w) => `${w}z`).join(' ')}"`);
}

/** Each two neighbouring words of a group, adjacent and in order: "hoa giai o" → "hoaz giaiz", "giaiz oz". */
export function pairs(query: Query): string[] {
  return query.phrases.flatMap((group) => group.slice(1).map((word, i) => `"${group[i]}z ${word}z"`));
}

/** The last word as the start of a word: "hoa gi" → "hoaz gi". */
export function lastAsPrefix(query: Query): string {
  return [...query.typed.slice(0, -1).map((w) => `${w}z`), query.folded.at(-1)!].join(' ');
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * About `length` words of `text` around the first place where the query's
 * words stand together (else the first where one of them stands), from word
 * `from` on when possible (words before it are the title, shown already).
 */
export function excerpt(text: string, query: Query, from = 0, length = 32): Segment[] {
  const words = wordSpans(text);
  const q = query.folded;
  const matches = (i: number, j: number) => {
    const word = words[i]?.folded;
    return word === q[j] || (j === q.length - 1 && query.lastMayBePrefix && !!word?.startsWith(q[j]!));
  };
  const phraseAt = (i: number) =>
    q.every((_, j) => matches(i + j, j) && (j === 0 || continuesPhrase(text.slice(words[i + j - 1]!.end, words[i + j]!.start))));
  const anyAt = (i: number) => q.some((_, j) => matches(i, j));
  const find = (test: (i: number) => boolean, start: number) => {
    for (let i = start; i < words.length; i++) if (test(i)) return i;
    return -1;
  };
  let hit = q.length > 1 ? find(phraseAt, from) : -1;
  const together = hit >= 0;
  if (!together && !query.quoted) hit = find(anyAt, from);
  const start = hit < 0 ? Math.min(from, words.length) : Math.max(from, hit - 8);
  const end = Math.min(words.length, start + length);
  const marked = new Set<number>();
  for (let i = start; i < end; i++) {
    if (together && phraseAt(i)) q.forEach((_, j) => marked.add(i + j));
    else if (!together && anyAt(i)) marked.add(i);
  }
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else if (text) segments.push({ text, mark });
  };
  if (words.length === 0) return [];
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    const next = i + 1 < end ? words[i + 1]!.start : word.end;
    const mark = marked.has(i);
    push(text.slice(word.start, word.end), mark);
    const gap = text.slice(word.end, next);
    push(gap, mark && marked.has(i + 1));
  }
  if (end < words.length) push(' …', false);
  else push(text.slice(words.at(-1)!.end).trimEnd(), false);
  return segments;
}
