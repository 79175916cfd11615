/**
 * The issuing body from the capitals of a header: a people's committee, a
 * coordinating council, a department or unit under a committee, a ministry,
 * each with the administrative unit it belongs to when the header names it.
 */
import { capitalizeWords, lowerVietnamese, modernTones, sentenceCase, upperFirst } from '../vietnamese-case';
import type { IssuerHeading } from './reading';

const LOCALITY = /^(TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+(.+)$/u;
const LEVEL_OF: Record<string, 'tinh' | 'thanh-pho' | 'huyen' | 'xa'> = {
  TỈNH: 'tinh', 'THÀNH PHỐ': 'thanh-pho', TP: 'thanh-pho', 'TP.': 'thanh-pho', HUYỆN: 'huyen', QUẬN: 'huyen', 'THỊ XÃ': 'huyen', XÃ: 'xa', PHƯỜNG: 'xa', 'THỊ TRẤN': 'xa',
};
const LEVEL_WORD = { tinh: 'tỉnh', 'thanh-pho': 'thành phố', huyen: 'huyện', xa: 'xã' } as const;

/** "SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "Sở Giáo dục và Đào tạo": each area of a ministry's or department's name keeps a capital. */
function areaName(capitals: string): string {
  const [, head = '', rest = capitals] = /^(SỞ|BỘ|BAN|PHÒNG|VĂN PHÒNG|CÔNG AN)?\s*(.*)$/u.exec(capitals.trim()) ?? [];
  const area = lowerVietnamese(rest)
    .split(/( và |, | - |-)/)
    .map((part) => (/^( và |, | - |-)$/.test(part) ? part : upperFirst(part)))
    .join('');
  return head ? `${upperFirst(lowerVietnamese(head))} ${area}` : area;
}

function localityOf(capitals: string): IssuerHeading['locality'] | undefined {
  const match = LOCALITY.exec(capitals.trim());
  if (!match) return undefined;
  const level = LEVEL_OF[match[1]!]!;
  return { level, name: capitalizeWords(match[2]!), word: /^TP/u.test(match[1]!) ? LEVEL_WORD[level] : lowerVietnamese(match[1]!) };
}

/** The issuing body from the header's lines in capitals, top to bottom. */
export function issuerHeading(parts: readonly string[]): IssuerHeading {
  const joined = modernTones(parts.join(' ')).replace(/\s+/g, ' ').replace(/^UBND(?= )/u, 'ỦY BAN NHÂN DÂN').trim();
  const ubnd = /ỦY BAN NHÂN DÂN(?:\s+(.+))?$/u.exec(joined);
  const council = /^(?:HỘI ĐỒNG PHỐI HỢP|HĐPH)\s*(?:PHỔ BIẾN,?\s*GIÁO DỤC PHÁP LUẬT|PBGDPL)\s+(.+)$/u.exec(joined);
  const lastPart = parts.at(-1)!.replace(/\s+/g, ' ').trim();
  // A department or unit under a people's committee: "UBND TỈNH SÓC TRĂNG" above "SỞ TƯ PHÁP".
  if (parts.length >= 2 && /^(SỞ|BAN|PHÒNG|CÔNG AN|VĂN PHÒNG)(?![\p{L}\p{M}])/u.test(lastPart)) {
    const parent = parts.slice(0, -1).join(' ').replace(/^(UBND|ỦY BAN NHÂN DÂN)\s*/u, '');
    const locality = localityOf(parent);
    const own = areaName(lastPart);
    return { name: locality ? `${own} ${locality.word} ${locality.name}` : own, kind: lastPart.startsWith('SỞ') ? 'department' : 'other', ...(locality ? { locality } : {}) };
  }
  if (council) {
    const locality = localityOf(council[1]!);
    return { name: `Hội đồng phối hợp phổ biến, giáo dục pháp luật ${locality ? `${locality.word} ${locality.name}` : capitalizeWords(council[1]!)}`, kind: 'hdph', ...(locality ? { locality } : {}) };
  }
  if (ubnd) {
    // A commune's header may name its district or province first: "UBND HUYỆN A" above "ỦY BAN NHÂN DÂN XÃ B".
    const above = joined.slice(0, ubnd.index).replace(/^(UBND|ỦY BAN NHÂN DÂN)\s*/u, '').trim();
    const locality = ubnd[1] ? localityOf(ubnd[1]) : undefined;
    const aboveLocality = above ? localityOf(above) : undefined;
    return {
      name: locality ? `Ủy ban nhân dân ${locality.word} ${locality.name}` : ubnd[1] ? `Ủy ban nhân dân ${capitalizeWords(ubnd[1])}` : 'Ủy ban nhân dân',
      kind: 'ubnd',
      ...(locality ? { locality } : {}),
      ...(aboveLocality && (aboveLocality.level === 'tinh' || aboveLocality.level === 'thanh-pho') ? { parentProvince: aboveLocality.name } : {}),
    };
  }
  if (/^BỘ\s/u.test(lastPart)) return { name: areaName(lastPart), kind: 'ministry' };
  const locality = localityOf(lastPart.replace(/^.*?\s(?=(TỈNH|THÀNH PHỐ|HUYỆN|XÃ)\s)/u, ''));
  return { name: sentenceCase(joined, []).replace(/^./u, (c) => c.toLocaleUpperCase('vi')), kind: 'other', ...(locality ? { locality } : {}) };
}
