/**
 * Official headers and titles are printed in capitals; entries store them in
 * the case Vietnamese administrative writing uses. Only the first letter and
 * proper names keep a capital: the names are taken from the document's own
 * mixed-case text, the provinces and a short list of bodies. Headers keep the
 * old tone placement ("UỶ BAN", "HOÀ") more often than other text.
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
  'Ban Bí thư', 'Bộ Chính trị', 'Trung ương', 'Nhà nước', 'Quốc hội', 'Chính phủ', 'Thủ tướng Chính phủ',
  'Việt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'Ngày Pháp luật', 'Hội đồng phối hợp', 'Ủy ban nhân dân', 'Hội đồng nhân dân',
  'Mặt trận Tổ quốc', 'Covid-19',
];

/**
 * Capitalised phrases of the document's mixed-case text ("Kết luận số 80-KL/TW",
 * "Ban Bí thư", "Luật Hòa giải ở cơ sở"), to put back in a title written in capitals.
 */
export function namesInText(lines: readonly string[]): string[] {
  const names = new Set<string>(KNOWN_NAMES);
  const phrase = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*(?:[ -](?:\p{Lu}[\p{L}\p{M}]*|số|[\d][\p{L}\d/.-]*))*)/gu;
  for (const cell of lines) {
    if (isCapitalized(cell)) continue;
    for (const match of cell.matchAll(phrase)) {
      const name = match[1]!;
      // A capital that starts a sentence says nothing; single words are too often common nouns.
      const before = cell.slice(0, match.index).trimEnd();
      const startsSentence = before === '' || /[.:;!?“"(]$/.test(before) || /^[-+•*\d.)]+$/.test(before);
      if (name.includes(' ') ? !startsSentence || /^(Luật|Kết luận|Chỉ thị|Quyết định|Nghị quyết|Nghị định|Thông tư|Ban|Bộ|Sở|Ủy ban|Hội đồng)\s/u.test(name) : /^\p{Lu}{3,}$/u.test(name)) names.add(name);
    }
    // Written either way in official texts: capitalised in a title only where the document itself does.
    for (const word of ['Nhân dân']) {
      if (new RegExp(`[^.:;!?\\s]\\s+${word}(?![\\p{L}\\p{M}])`, 'u').test(cell)) names.add(word);
    }
    // A document type with its number: "Kết luận số 80-KL/TW"; a law by its name: "Luật Hòa giải ở cơ sở".
    for (const match of cell.matchAll(/(?<![\p{L}\p{M}])(Luật|Bộ luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Kế hoạch|Đề án|Chương trình) (số [\d][\p{L}\d/.-]*|[\p{L}\p{M} ,]+?)(?=[;,.()]| năm| ngày| số|$)/gu)) {
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
  for (const name of names) {
    // Letters and digits only: a name never matches inside a longer word, nor "bộ" inside "cán bộ".
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\d])(?<!cán )${escape(lower(name))}(?![\\p{L}\\p{M}\\d])`, 'gu');
    text = text.replace(pattern, name);
  }
  return (
    text
      // The Party keeps its capital; its members do not: "cấp ủy Đảng", "đảng viên".
      .replace(/(?<![\p{L}\p{M}])đảng(?! viên)(?![\p{L}\p{M}])/gu, 'Đảng')
      // "Nhân dân" alone takes a capital, the name of the police force does not: "Công an nhân dân".
      .replace(/công an Nhân dân/giu, 'Công an nhân dân')
      // A document named by its type: "ban hành Kế hoạch…", "thực hiện Đề án “Phát huy…”".
      .replace(/(ban hành|phê duyệt|thực hiện|triển khai|kèm theo) (kế hoạch|đề án|chương trình|quy định|quy chế)(?![\p{L}\p{M}])/gu, (_, verb: string, type: string) => `${verb} ${upperFirst(type)}`)
      .replace(/(?<![\p{L}\p{M}])(kết luận|chỉ thị|nghị quyết|nghị định|quyết định|thông tư|kế hoạch|công văn|luật) (số \d)/gu, (_, type: string, number: string) => `${upperFirst(type)} ${number}`)
      .replace(/([“"])(\p{Ll})/gu, (_, quote: string, letter: string) => quote + letter.toLocaleUpperCase('vi'))
      // Codes inside numbers stay in capitals: "80-kl/tw" → "80-KL/TW".
      .replace(/(\d+(?:\/\d{4})?[/-])([a-zđ][a-zđ0-9/-]*)/gu, (_, n: string, code: string) => n + code.toLocaleUpperCase('vi'))
  );
}

/** Spelling of the old tone placement in headers: "UỶ BAN" → "ỦY BAN", "HOÀ" → "HÒA". */
export function modernTones(text: string): string {
  // Only an open syllable moves its mark: "HOÀ" → "HÒA", but "HOẠCH" stays.
  const open = '(?![\\p{L}\\p{M}])';
  return text
    .replace(new RegExp(`U[Ỷ]${open}`, 'gu'), 'ỦY')
    .replace(new RegExp(`u[ỷ]${open}`, 'gu'), 'ủy')
    .replace(new RegExp(`O[ÀÁẢÃẠ]${open}`, 'gu'), (m) => `${'ÒÓỎÕỌ'['ÀÁẢÃẠ'.indexOf(m[1]!)]}A`)
    .replace(new RegExp(`o[àáảãạ]${open}`, 'gu'), (m) => `${'òóỏõọ'['àáảãạ'.indexOf(m[1]!)]}a`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export { lower as lowerVietnamese, upperFirst };
