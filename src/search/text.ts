/**
 * How Vietnamese text is written into the Pagefind index and read back, shared
 * by the indexer (Node) and the search page (browser).
 *
 * Pagefind matches every query word as a prefix ("hoa" finds "hoạch") and
 * cannot fold đ. So every indexed word ends with a terminator letter, and a
 * query word sent with the terminator can only match a whole word: "hoaz"
 * matches "hòaz" and "hoàz" (Pagefind folds tones itself), never "hoạchz".
 * Đ/đ is written as D/d followed by a combining stroke, which Pagefind drops
 * when it folds marks, so "đất" is indexed as "datz". The indexed text stays
 * readable by `decodeIndexed`, which gives back the page's own words.
 */
import { foldVietnamese } from '../lib/vietnamese';

/** How many distinct words each memo of this module keeps before it starts afresh. */
const WORDS_KEPT = 50_000;

/** Ends every indexed word; upper case after an upper-case letter, so Pagefind never splits "UBNDZ" as camel case. */
const END = 'z';
const END_UPPER = 'Z';
/** Follows d/D to mean đ/Đ; a combining mark, so Pagefind's folding removes it. */
const STROKE = '\u0335';
/**
 * Separates two words written without a space ("176/KH-UBND"), so that
 * Pagefind sees three words at three positions; removed when decoding.
 */
const GLUE = ' ^';

/** A word is a run of letters (with their marks) or a run of digits: "QH13" is two words. */
export const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

function isUpperCase(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

/** Words as indexed, remembered as folded words are (`foldWord`): a corpus is written in a few thousand syllables. */
const encoded = new Map<string, string>();

/** One word as indexed: "Đất" → "D̵ấtz", "UBND" → "UBNDZ". */
function encodeWord(word: string): string {
  let known = encoded.get(word);
  if (known === undefined) {
    if (encoded.size >= WORDS_KEPT) encoded.clear();
    known = word.replace(/[đĐ]/g, (c) => (c === 'đ' ? `d${STROKE}` : `D${STROKE}`)) + (isUpperCase(word.at(-1)!) ? END_UPPER : END);
    encoded.set(word, known);
  }
  return known;
}

/**
 * A word on its own: takes a position in Pagefind's index, so that words on
 * either side of a comma, a full stop or a block's edge are not "together".
 */
export const GAP = ' ^ ';
/**
 * Punctuation that ends a phrase when a space stands beside it: "pháp luật,
 * hòa giải" holds no "luật hòa giải"; "Bà Rịa - Vũng Tàu" is two names.
 */
const BREAK = /[.,;:!?…\-–—()[\]]/u;

/**
 * Text as indexed: "Đất đai, 176/KH" → "D̵ấtz d̵aiz, ^ 176z/ ^KHZ". `before` is
 * what came after the last word of the text before this one (another text
 * node), undefined at the start; words that touch across nodes are kept apart.
 */
export function encodeText(text: string, before?: string, { breaks = true }: { breaks?: boolean } = {}): string {
  const source = text.normalize('NFC').replaceAll('^', '\u02C6');
  let out = '';
  let last = 0;
  for (const match of source.matchAll(WORD)) {
    const between = source.slice(last, match.index);
    // A space between two words of this text, the commonest case by far, stays a space.
    const gap = last > 0 && between === ' ' ? between : joined(between, last > 0 ? between : before === undefined ? undefined : before + between, last === 0, breaks);
    out += gap + encodeWord(match[0]);
    last = match.index + match[0].length;
  }
  return out + source.slice(last);
}

/**
 * A name or title as people type it: its inner punctuation does not end a
 * phrase, so "pho bien giao duc" finds "phổ biến, giáo dục pháp luật" as
 * words together; the punctuation stays in the text a result shows.
 */
export function encodeName(text: string): string {
  return encodeText(text, undefined, { breaks: false });
}

/** A word made of letters and digits that search keeps whole: "176khubnd", never "176" and "khubnd". */
export function encodeToken(token: string): string {
  return `${token}${END}`;
}

/** Texts of their own, one after another: a phrase never runs from one into the next. */
export function encodeBlocks(blocks: readonly string[], encode: (text: string) => string = encodeText): string {
  return blocks.map((block) => encode(block)).join(GAP);
}

/**
 * What goes between two words: `between` as written in this text, and the
 * whole `separator` since the last word, undefined at the very start.
 */
function joined(between: string, separator: string | undefined, acrossNodes: boolean, breaks: boolean): string {
  if (separator === undefined) return between;
  if (/\s/.test(separator)) return breaks && BREAK.test(separator) ? (/\s/.test(between) ? between.replace(/\s+/, GAP) : GAP + between) : between;
  // Two elements side by side ("…UBND</span><span>Kế…", "</li><li>") are read as apart.
  if (acrossNodes && (separator === '' || BREAK.test(separator))) return GAP + between;
  return between + GLUE;
}

/** What follows the last word of `text`, added to `before` when `text` holds no word. */
export function tailAfterWords(text: string, before?: string): string | undefined {
  const words = [...text.matchAll(WORD)];
  const lastWord = words.at(-1);
  return lastWord ? text.slice(lastWord.index + lastWord[0].length) : before === undefined ? undefined : before + text;
}

/** The page's own text from indexed text: "176z/ ^KHZ- ^UBNDZ, ^ d̵ấtz" → "176/KH-UBND, đất". */
export function decodeIndexed(text: string): string {
  return text
    .replace(/(?:^| )\^(?: |$)/g, (gap) => (gap.length === 3 ? ' ' : ''))
    .replaceAll(GLUE, '')
    .replace(/\p{N}+[zZ]|[\p{L}\p{M}]+/gu, (word) => word.slice(0, -1))
    .replace(/([dD])\u0335/g, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

/** Folded words seen before: a site of thousands of pages is written in a few thousand syllables. */
const folded = new Map<string, string>();

/** One word folded, remembered: folding every word of every page anew took a tenth of the indexer's time. */
function foldWord(word: string): string {
  let known = folded.get(word);
  if (known === undefined) {
    if (folded.size >= WORDS_KEPT) folded.clear();
    known = foldVietnamese(word);
    folded.set(word, known);
  }
  return known;
}

/** The words of a text, folded: "Kế hoạch 176/KH-UBND" → ["ke", "hoach", "176", "kh", "ubnd"]. */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.normalize('NFC').matchAll(WORD)) words.push(foldWord(match[0]));
  return words;
}

/** Text with its phrase-ending punctuation made two spaces: "Phổ biến, giáo dục" → "Phổ biến  giáo dục"; "KH-UBND" stays. */
export function withoutBreaks(text: string): string {
  const marks = BREAK.source;
  return text.replace(new RegExp(`\\s*${marks}+\\s+|\\s+${marks}+\\s*|${marks}+$`, 'gu'), '  ');
}

/** Whether two words with this between them read as one phrase: not across a comma or a full stop. */
export function continuesPhrase(between: string): boolean {
  return !BREAK.test(between);
}

/** The words of a text with their place, for highlighting. */
export function wordSpans(text: string): { start: number; end: number; folded: string }[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) }));
}
