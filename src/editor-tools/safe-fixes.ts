/**
 * What `npm run check:content -- --fix` repairs on its own: changes that keep
 * every fact and only undo what editors' programs do to files (a byte order
 * mark, Windows line endings, letters decomposed by a PDF or Word copy) and
 * one spelling the style guide settles ("hàng năm" → "hằng năm").
 */
import { BYTE_ORDER_MARK } from '../lib/frontmatter';

interface SafeFix {
  /** What changed, in Vietnamese, for the list the command prints. */
  description: string;
  apply: (text: string) => string;
}

// "hàng năm" only as its own words: "mặt hàng năm 2020" is a different phrase, hence no year after it.
const COLLOQUIAL_ANNUAL = /(?<![\p{L}\p{M}])([Hh])àng năm(?![\p{L}\p{M}]| \d)/gu;

const SAFE_FIXES: readonly SafeFix[] = [
  { description: 'bỏ dấu BOM ở đầu tệp', apply: (text) => (text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text) },
  { description: 'đổi xuống dòng kiểu Windows (CRLF) thành LF', apply: (text) => text.replace(/\r\n?/g, '\n') },
  { description: 'chuẩn hóa chữ về dạng dựng sẵn (NFC)', apply: (text) => text.normalize('NFC') },
  { description: '"hàng năm" → "hằng năm"', apply: (text) => text.replace(COLLOQUIAL_ANNUAL, (_, h: string) => `${h}ằng năm`) },
];

/** The text with every safe fix applied, and the fixes that changed something. */
export function applySafeFixes(text: string): { text: string; applied: string[] } {
  const applied: string[] = [];
  let fixed = text;
  for (const fix of SAFE_FIXES) {
    const next = fix.apply(fixed);
    if (next !== fixed) applied.push(fix.description);
    fixed = next;
  }
  return { text: fixed, applied };
}
