/**
 * Vietnamese text: folding for search and slugs, collation, and checks that
 * stored text is clean Unicode (NFC, no look-alike letters).
 */

/** Letters that look Vietnamese but are another code point, with the letter meant. */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u00D0', 'Đ'], // Ð Latin capital eth, often pasted for Đ
  ['\u0189', 'Đ'], // Ɖ African D
  ['\u00F0', 'đ'], // ð Latin small eth
]);

/**
 * Removes tones and marks and maps đ to d: "Hòa giải ở cơ sở" → "hoa giai o co so".
 * Đ/đ carry no combining mark, so NFD alone leaves them in place.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .toLowerCase();
}

/** URL slug without diacritics: "Lạng Sơn" → "lang-son", "31/KH-HĐPHPBGDPL" → "31-kh-hdphpbgdpl". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

export interface LookalikeLetter {
  index: number;
  found: string;
  meant: string;
}

export function findLookalikes(text: string): LookalikeLetter[] {
  const found: LookalikeLetter[] = [];
  for (let i = 0; i < text.length; i++) {
    const meant = LOOKALIKES.get(text[i]!);
    if (meant) found.push({ index: i, found: text[i]!, meant });
  }
  return found;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Alphabetical order as a Vietnamese reader expects (Đ after D, tones ignored first). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Problems with the characters of a text, or undefined when it is clean NFC without look-alikes. */
export function textProblem(text: string): string | undefined {
  const lookalikes = findLookalikes(text);
  if (lookalikes.length > 0) {
    const list = lookalikes.map((l) => `"${l.found}" (U+${l.found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) ở ký tự thứ ${l.index + 1}, phải là "${l.meant}"`);
    return `có chữ giống mà không phải chữ tiếng Việt: ${list.join('; ')}. Hãy gõ lại các chữ đó`;
  }
  if (!isNfc(text)) {
    return 'chữ chưa ở dạng Unicode dựng sẵn (NFC), thường do dán từ PDF hoặc Word. Hãy lưu tệp ở dạng NFC hoặc gõ lại đoạn chữ đó';
  }
  return undefined;
}
