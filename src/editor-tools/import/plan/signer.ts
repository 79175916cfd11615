/**
 * Who signed, from the signature block at the end: the role in capitals
 * ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"), then the name a few lines below.
 */
import type { SourceLine } from '../source-text';
import { capitalizeWords, isCapitalized, lowerVietnamese, modernTones, upperFirst } from '../vietnamese-case';
import type { Found, PlanReading } from './reading';

const ROLES = ['PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', 'CHỦ TỊCH', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG BAN', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'];

function readSignatureBlock(lines: readonly SourceLine[], reading: PlanReading) {
  let roleAt = -1;
  let role: Found<string> | undefined;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 60; i--) {
    const cell = lines[i]!.cells.map((c) => modernTones(c).replace(/^(KT|TM|TL|Q|TUQ)\.\s*/u, '').trim()).find((c) => ROLES.includes(c));
    if (cell) {
      roleAt = i;
      role = { value: cell.replace(/PHÓ CHỦ TỊCH THƯỜNG TRỰC/u, 'Phó Chủ tịch Thường trực').replace(/^PHÓ /u, 'Phó ').replace(/CHỦ TỊCH/u, 'Chủ tịch').replace(/^(BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)$/u, (m) => upperFirst(lowerVietnamese(m))).replace(/^Phó (GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG)$/u, (_, m: string) => `Phó ${lowerVietnamese(m)}`), line: lines[i]!.line };
      break;
    }
  }
  if (!role) {
    reading.notes.push('Người ký: không thấy khối chữ ký (chức vụ và họ tên) ở cuối văn bản');
    return;
  }
  for (const line of lines.slice(roleAt + 1, roleAt + 6)) {
    const cell = line.cells.find((c) => /^(\p{Lu}[\p{L}\p{M}]*\s){1,5}\p{Lu}[\p{L}\p{M}]*$/u.test(c.trim()) && !ROLES.includes(modernTones(c.trim())) && !/^(Nơi nhận|Đã ký)/iu.test(c));
    if (cell) {
      const name = isCapitalized(cell) ? capitalizeWords(cell.trim()) : cell.trim();
      reading.signer = { name: { value: name, line: line.line }, role };
      return;
    }
  }
  reading.notes.push(`Người ký: có chức vụ "${role.value}" (dòng ${role.line}) nhưng không thấy họ tên`);
}

/**
 * Reads the signer into `reading.signer`; `recordedSigner`, the name a legal database's record gives,
 * stands in for a text whose signature block is missing.
 */
export function readSigner(lines: readonly SourceLine[], reading: PlanReading, recordedSigner: Found<string> | undefined) {
  readSignatureBlock(lines, reading);
  if (!reading.signer && recordedSigner) {
    reading.signer = { name: recordedSigner };
    reading.notes.splice(reading.notes.findIndex((n) => n.startsWith('Người ký: không thấy')), 1, `Người ký: lấy họ tên từ phần thông tin của trang nguồn (dòng ${recordedSigner.line}); chức vụ không rõ`);
  }
}
