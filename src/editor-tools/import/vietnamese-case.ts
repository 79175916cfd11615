/**
 * Official headers and titles are printed in capitals; entries store them in
 * the case Vietnamese administrative writing uses. Only the first letter and
 * proper names keep a capital: the names are taken from the document's own
 * mixed-case text, the provinces and a short list of bodies.
 */

const lower = (text: string) => text.toLocaleLowerCase('vi');
const upperFirst = (text: string) => (text ? text[0]!.toLocaleUpperCase('vi') + text.slice(1) : text);

/** "LẠNG SƠN" → "Lạng Sơn". */
export function capitalizeWords(text: string): string {
  return lower(text)
    .split(/(\s+|-)/)
    .map(upperFirst)
    .join('');
}

/** More than four letters out of five are capitals: a header or title line. */
export function isCapitalized(text: string): boolean {
  const letters = [...text].filter((c) => /\p{L}/u.test(c));
  if (letters.length < 3) return false;
  const upper = letters.filter((c) => c !== c.toLocaleLowerCase('vi')).length;
  return upper / letters.length > 0.8;
}

/** Names that keep their capitals wherever they appear in a title. */
const KNOWN_NAMES = [
  'Ban Bí thư', 'Bộ Chính trị', 'Trung ương', 'Nhà nước', 'Nhân dân', 'Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ',
  'Việt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Ngày Pháp luật', 'Hội đồng phối hợp', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
  'Mặt trận Tổ quốc', 'Covid-19',
];

/**
 * Capitalised phrases of the document's mixed-case text ("Kết luận số 80-KL/TW",
 * "Ban Bí thư", "Luật Hòa giải ở cơ sở"), to put back in a title written in capitals.
 */
export function namesInText(lines: readonly string[]): string[] {
  const names = new Set<string>(KNOWN_NAMES);
  const phrase = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*(?:[ -](?:\p{Lu}[\p{L}\p{M}]*|số|[\d][\w/.-]*))*)/gu;
  for (const line of lines) {
    if (isCapitalized(line)) continue;
    for (const match of line.matchAll(phrase)) {
      // A word that starts a sentence is capitalised because it does: only phrases, or words inside a sentence, are names.
      const before = line.slice(0, match.index).trimEnd();
      const startsSentence = before === '' || /[.:;!?]$/.test(before) || /^[-+•*\d.)]+$/.test(before);
      if (match[1]!.includes(' ') ? !startsSentence || /^(Luật|Kết luận|Chỉ thị|Quyết định|Nghị quyết|Nghị định|Thông tư|Ban|Bộ|Sở|Ủy ban|Hội đồng)/u.test(match[1]!) : !startsSentence) names.add(match[1]!);
    }
    // A document type with its number: "Kết luận số 80-KL/TW", "Chỉ thị số 32-CT/TW".
    for (const match of line.matchAll(/(?<![\p{L}\p{M}])(Luật|Bộ luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Kế hoạch|Đề án|Chương trình) (số [\d][\w/.-]*|[\p{L}\p{M} ,]+?)(?=[;,.()]| năm| ngày| số|$)/gu)) {
      if (match[2]!.startsWith('số')) names.add(`${match[1]} ${match[2]}`);
      else if (match[1] === 'Luật' || match[1] === 'Bộ luật') names.add(`${match[1]} ${match[2]!.trim()}`);
    }
  }
  return [...names].filter((n) => n.length >= 3).sort((a, b) => b.length - a.length);
}

/**
 * "KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 80-KL/TW CỦA BAN BÍ THƯ" → "thực hiện Kết luận số 80-KL/TW
 * của Ban Bí thư": lower case, then every known name put back with its capitals.
 */
export function sentenceCase(capitals: string, names: readonly string[]): string {
  let text = lower(capitals);
  // Letters and digits only: a name never matches inside a longer word.
  for (const name of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\d])${escape(lower(name))}(?![\\p{L}\\p{M}\\d])`, 'gu');
    text = text.replace(pattern, name);
  }
  // Codes inside numbers stay in capitals: "80-kl/tw" → "80-KL/TW".
  return text.replace(/(\d+(?:\/\d{4})?[/-])([a-zđ][a-zđ0-9/-]*)/gu, (_, n: string, code: string) => n + code.toLocaleUpperCase('vi'));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export { lower as lowerVietnamese, upperFirst };
