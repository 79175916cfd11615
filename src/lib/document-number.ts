/**
 * Document numbers ("số ký hiệu") exactly as printed: "176/KH-UBND",
 * "31/KH-HĐPHPBGDPL", "14/2012/QH13", "80-KL/TW", "25/2021/QĐ-TTg".
 */
import { foldVietnamese, slugify } from './vietnamese';

export interface DocumentNumber {
  /** As printed, spaces removed: "176/KH-UBND". */
  text: string;
  /** The running number: "176". */
  serial: string;
  /** The year written inside the number, for laws and legal decisions: "2012" in 14/2012/QH13. */
  year?: number;
  /** What follows the number and year: "KH-UBND", "QH13", "KL/TW". */
  code: string;
}

export const DOCUMENT_NUMBER_EXAMPLE = '176/KH-UBND';

const PATTERN = /^(\d+)(?:\/(\d{4}))?[/-]([A-Za-zĐđ][A-Za-zĐđ0-9]*(?:[-/][A-Za-zĐđ0-9]+)*)$/u;

export type DocumentNumberParseResult = { ok: true; value: DocumentNumber } | { ok: false; error: string };

export function parseDocumentNumber(input: string): DocumentNumberParseResult {
  // Source documents often break the number with a space ("80- KL/TW"); the number itself never has one.
  const text = input.normalize('NFC').replace(/\s+/g, '');
  const match = PATTERN.exec(text);
  if (!match) {
    return {
      ok: false,
      error: `số ký hiệu phải viết đúng như trên văn bản: số, dấu "/" rồi ký hiệu, ví dụ "${DOCUMENT_NUMBER_EXAMPLE}", "14/2012/QH13" hoặc "80-KL/TW"`,
    };
  }
  return {
    ok: true,
    value: { text, serial: match[1]!, code: match[3]!, ...(match[2] ? { year: Number(match[2]) } : {}) },
  };
}

/** "176/KH-UBND" → "176-kh-ubnd", used in URLs and file names. */
export function documentNumberSlug(text: string): string {
  return slugify(text);
}

/**
 * The forms of a document's number that search knows besides the printed one, made here only so that the
 * records of plans and of legal documents (src/search/records.ts) hold the same ones. `tokens`: the forms
 * a citizen types as one word, folded: the number with its code ("176khubnd", "352013qh13"), the type and
 * the running number ("kehoach176", "quyetdinh1521") and the first letters of the code and the running
 * number ("kh176", "qd1521"). Search indexes each as a single word, filed under its running number
 * (`serial`), so a typed number finds them with one lookup. `forms`: the same written as words.
 */
export function documentNumberTokens(typeLabel: string, printed: string): { serial: string; tokens: string[]; forms: string[] } | undefined {
  const parsed = parseDocumentNumber(printed);
  if (!parsed.ok) return undefined;
  const { serial, code, year } = parsed.value;
  const compact = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]/g, '');
  // "QĐ 1521", "KH 176": the letters a document's code opens with; a law's "QH13" is no such abbreviation.
  const firstCode = code.split(/[-/]/)[0]!;
  const abbreviation = /\d/.test(firstCode) ? [] : [firstCode];
  const tokens = [`${serial}${year ?? ''}${compact(code)}`, `${compact(typeLabel)}${serial}`, ...abbreviation.map((a) => `${compact(a)}${serial}`)];
  // The same forms as words, for a search that ranks them as written: "Quyết định 1521", "QĐ 1521".
  const forms = [`${typeLabel} ${serial}`, ...abbreviation.map((a) => `${a} ${serial}`)];
  return { serial, tokens: [...new Set(tokens)], forms: [...new Set(forms)] };
}


