/**
 * The header of an official plan and its title: the issuing body and "Số: …"
 * on the left, the place and date on the right, then the document type and the
 * title in capitals. A legal database's record printed above the document
 * ("Số hiệu: …") stands in only for what the header lacks.
 */
import { PLAN_TYPES } from '../../../schemas/plan';
import { ROMAN_HEADING, type SourceLine } from '../source-text';
import { isCapitalized, lowerVietnamese, modernTones, namesInText, sentenceCase, upperFirst } from '../vietnamese-case';
import { issuerHeading } from './issuer-heading';
import type { Found, PlanReading, PlanType } from './reading';

const TYPE_WORDS: Record<string, PlanType> = {
  'KẾ HOẠCH': 'ke-hoach',
  'QUYẾT ĐỊNH': 'quyet-dinh',
  'CHƯƠNG TRÌNH': 'chuong-trinh',
  'ĐỀ ÁN': 'de-an',
  'HƯỚNG DẪN': 'huong-dan',
};
// The motto side of the header, whole or broken across lines by a narrow column.
const NATIONAL = /CỘNG\s+H(?:ÒA|OÀ)(?:\s+XÃ\s+HỘI)?|^(?:CHỦ\s+)?NGHĨA\s+VIỆT\s+NAM$|Độc\s+lập\s*[-–]\s*Tự\s+do|^[-_=*\s.|]+$/iu;
const NUMBER_LINE = /^Số\s*[:.]\s*(.*)$|^Số\s+(\d.*)$/u;
const DATE_LINE = /^(.{2,40}?),\s*ngày\s*([\d.…\s]*?)\s*tháng\s*([\d.…\s]*?)\s*năm\s*(\d{4})/iu;
const AGENCY_HEAD_CAPS = /^(ỦY BAN|UBND|HỘI ĐỒNG|HĐPH|BỘ|SỞ|BAN|VĂN PHÒNG|CÔNG AN|TRƯỜNG|PHÒNG|TỔNG CỤC|CỤC|TỈNH ỦY|THÀNH ỦY)(?![\p{L}\p{M}])/u;

/**
 * The record a legal database prints above a document ("Số hiệu: …", "Ngày ban hành: …",
 * "Người ký: …", "Cơ quan ban hành: Tỉnh …"): used only where the document's own header is missing.
 */
function databaseSummary(lines: readonly SourceLine[]) {
  const summary: { lines: Set<number>; number?: Found<string>; issuedOn?: Found<string>; signer?: Found<string>; issuer?: Found<string> } = { lines: new Set() };
  const label = /(Số hiệu|Ngày ban hành|Người ký|Cơ quan ban hành|Nơi ban hành|Loại văn bản|Ngày có hiệu lực|Ngày hiệu lực|Lĩnh vực|Số công báo|Ngày công báo|Tình trạng)\s*[:|]?\s*/gu;
  for (const line of lines) {
    const text = line.cells.filter(Boolean).join(' | ');
    // One line may hold several pairs: "Nơi ban hành: Bộ Tư pháp Người ký: Nguyễn Thanh Tịnh".
    const labels = [...text.matchAll(label)];
    if (labels.length === 0 || labels[0]!.index !== 0) continue;
    summary.lines.add(line.line);
    labels.forEach((m, i) => {
      const value = text.slice(m.index! + m[0].length, labels[i + 1]?.index).replace(/^[|\s]+|[|\s]+$/g, '').trim();
      if (m[1] === 'Số hiệu' && /^\d/.test(value)) summary.number = { value: value.split(/\s/)[0]!, line: line.line };
      const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value);
      if (m[1] === 'Ngày ban hành' && date) summary.issuedOn = { value: `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`, line: line.line };
      if (m[1] === 'Người ký' && /^(\p{Lu}[\p{L}\p{M}]*\s){1,5}\p{Lu}[\p{L}\p{M}]*$/u.test(value)) summary.signer = { value, line: line.line };
      if ((m[1] === 'Cơ quan ban hành' || m[1] === 'Nơi ban hành') && /^(Tỉnh|Thành phố)\s/u.test(value)) summary.issuer = { value, line: line.line };
    });
  }
  return summary;
}

/** The parts of a line that are not the national motto side of the header. */
const headerCells = (line: SourceLine) => line.cells.filter((c) => c !== '' && !NATIONAL.test(c));

/**
 * Reads the header and the title into `reading`: where the body starts, and the signer the database's
 * record names, for a text whose signature block is missing.
 */
export function readHeader(lines: readonly SourceLine[], reading: PlanReading): { bodyStart: number; recordedSigner: Found<string> | undefined } {
  const typeIndex = lines.findIndex((l) => l.cells.some((c) => TYPE_WORDS[modernTones(c).replace(/\s+/g, ' ').trim()] !== undefined || /^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN)\s+\S/u.test(c) && isCapitalized(c)));
  const headerEnd = typeIndex >= 0 ? typeIndex : Math.min(lines.length, 12);
  const record = readHeading(lines.slice(0, headerEnd), reading);
  const bodyStart = readTypeAndTitle(lines, typeIndex, headerEnd, reading);
  return { bodyStart, recordedSigner: record.signer };
}

/** Issuer, number, place and date, from the lines before the document type. */
function readHeading(header: readonly SourceLine[], reading: PlanReading) {
  const { notes } = reading;
  const issuerParts: Found<string>[] = [];
  const summary = databaseSummary(header);
  for (const line of header) {
    if (summary.lines.has(line.line)) continue;
    for (const cell of headerCells(line)) {
      const number = NUMBER_LINE.exec(cell);
      if (number) {
        readNumber(number[1] ?? number[2]!, line.line, reading);
        continue;
      }
      const date = DATE_LINE.exec(cell);
      if (date) {
        readDate(date, line.line, reading);
        continue;
      }
      // The body's name starts with what it is ("ỦY BAN NHÂN DÂN", "SỞ", "BỘ"…) and ends where the number begins.
      const started = issuerParts.length > 0 || AGENCY_HEAD_CAPS.test(modernTones(cell));
      if (started && isCapitalized(cell) && !reading.documentNumber && !reading.place) issuerParts.push({ value: modernTones(cell), line: line.line });
    }
  }
  if (issuerParts.length > 0) {
    let heading = issuerHeading(issuerParts.map((p) => p.value));
    // A header cut short ("ỦY BAN NHÂN DÂN" alone) is completed from the database's own record of the issuer.
    if (heading.kind === 'ubnd' && !heading.locality && summary.issuer) heading = issuerHeading([...issuerParts.map((p) => p.value), summary.issuer.value.toLocaleUpperCase('vi')]);
    reading.issuer = { value: heading, line: issuerParts[0]!.line };
  } else {
    notes.push('Cơ quan ban hành: không thấy tên cơ quan ở đầu văn bản');
  }
  // A number the document leaves blank stays blank; the database's record stands in only where the header is missing.
  if (!reading.documentNumber && summary.number && !notes.some((n) => n.startsWith('Số ký hiệu'))) {
    readNumber(summary.number.value, summary.number.line, reading);
    notes.push(`Số ký hiệu: lấy từ phần thông tin của trang nguồn (dòng ${summary.number.line}), không từ đầu văn bản`);
  }
  if (!reading.issuedOn && summary.issuedOn && !notes.some((n) => n.startsWith('Ngày ban hành'))) {
    reading.issuedOn = summary.issuedOn;
    reading.year ??= { value: Number(summary.issuedOn.value.slice(0, 4)), line: summary.issuedOn.line };
    notes.push(`Ngày ban hành: lấy từ phần thông tin của trang nguồn (dòng ${summary.issuedOn.line}), không từ đầu văn bản`);
  }
  if (!reading.documentNumber && !notes.some((n) => n.startsWith('Số ký hiệu'))) notes.push('Số ký hiệu: không thấy dòng "Số: …"');
  if (!reading.issuedOn && !notes.some((n) => n.startsWith('Ngày ban hành'))) notes.push('Ngày ban hành: không thấy dòng "…, ngày … tháng … năm …"');
  return summary;
}

/** The document type and the title; returns the index of the line the body starts on. */
function readTypeAndTitle(lines: readonly SourceLine[], typeIndex: number, headerEnd: number, reading: PlanReading): number {
  const { notes } = reading;
  const names = namesInText(lines.flatMap((l) => l.cells));
  // Place names written in capitals in the title: the header gives their spelling.
  for (const place of [reading.place?.value.replace(/^TP\.?\s*/u, ''), reading.issuer?.value.locality?.name, reading.issuer?.value.parentProvince]) {
    if (place) names.unshift(place);
  }
  let bodyStart = headerEnd;
  if (typeIndex >= 0) {
    const typeLine = lines[typeIndex]!;
    const cell = modernTones(typeLine.cells.find((c) => /^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN)/u.test(modernTones(c)))!);
    const word = Object.keys(TYPE_WORDS).find((w) => cell.startsWith(w))!;
    reading.documentType = { value: TYPE_WORDS[word]!, line: typeLine.line };
    const titleParts: Found<string>[] = [];
    const rest = cell.slice(word.length).trim();
    if (rest) titleParts.push({ value: rest, line: typeLine.line });
    let i = typeIndex + 1;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      if (NATIONAL.test(line.text)) continue;
      // A decision names who decides above "Căn cứ": "BỘ TRƯỞNG BỘ TƯ PHÁP", "ỦY BAN NHÂN DÂN THÀNH PHỐ …".
      if (titleParts.length > 0 && line.text.length < 90 && /^(BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|HỘI ĐỒNG|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)(?![\p{L}\p{M}])/u.test(line.text)) {
        i++;
        break;
      }
      if (isCapitalized(line.text)) {
        titleParts.push({ value: line.text, line: line.line });
        continue;
      }
      // Newer layouts print the title in sentence case; the opening that follows ends with ":" or lists bases with ";".
      if (titleParts.length === 0 && !/^Căn cứ/u.test(line.text) && !/[:;]$/.test(line.text) && !/ban hành Kế hoạch|như sau/u.test(line.text) && !ROMAN_HEADING.test(line.text)) {
        titleParts.push({ value: line.text.replace(/^(Về việc|V\/v)\s+/u, ''), line: line.line });
        i++;
        // A title set on two lines: the second starts in lower case ("của Ngành Giáo dục … năm 2022").
        if (lines[i] && /^\p{Ll}/u.test(lines[i]!.text) && !/[:;]$/.test(lines[i]!.text)) titleParts.push({ value: lines[i++]!.text, line: lines[i - 1]!.line });
      }
      break;
    }
    bodyStart = i;
    if (titleParts.length > 0) {
      const capitals = titleParts.map((p) => p.value).join(' ').replace(/\s+/g, ' ');
      const rest = isCapitalized(capitals) ? sentenceCase(modernTones(capitals), names) : lowerVietnamese(capitals[0]!) + capitals.slice(1);
      reading.title = { value: `${PLAN_TYPES[reading.documentType.value]} ${rest}`.replace(/\s+([,;.])/g, '$1').replace(/\.$/, ''), line: titleParts[0]!.line };
    } else {
      notes.push('Trích yếu: không thấy tên văn bản sau chữ ' + PLAN_TYPES[reading.documentType.value].toLocaleUpperCase('vi'));
    }
  } else {
    // A letter ("công văn") has no type line; its subject "V/v hướng dẫn …" says what it is.
    const subject = lines.slice(0, 15).find((l) => /^V\/v\s+/iu.test(l.text));
    const typed = subject && Object.entries(PLAN_TYPES).find(([, label]) => new RegExp(`^V\\/v\\s+${label}`, 'iu').test(subject.text));
    if (subject && typed) {
      reading.documentType = { value: typed[0] as PlanType, line: subject.line };
      reading.title = { value: upperFirst(subject.text.replace(/^V\/v\s+/iu, '')), line: subject.line };
      bodyStart = lines.indexOf(subject) + 1;
    } else {
      notes.push('Loại văn bản và trích yếu: không thấy dòng KẾ HOẠCH, QUYẾT ĐỊNH, CHƯƠNG TRÌNH… in hoa');
    }
  }
  return bodyStart;
}

function readNumber(value: string, line: number, reading: PlanReading) {
  const text = value.replace(/\s+/g, '');
  // "Số: /KH-UBND": the number is filled in by hand when the document is registered; a copy may lack it.
  if (/^\d/.test(text)) reading.documentNumber = { value: text.replace(/[.,;]+$/, ''), line };
  else reading.notes.push(`Số ký hiệu: dòng ${line} để trống số ("Số: ${value.trim()}")`);
}

function readDate(match: RegExpExecArray, line: number, reading: PlanReading) {
  reading.place = { value: match[1]!.trim(), line };
  const year = Number(match[4]);
  reading.year = { value: year, line };
  const [day, month] = [match[2]!.trim(), match[3]!.trim()];
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month)) {
    const date = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
    if (date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1) {
      reading.issuedOn = { value: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, line };
      return;
    }
  }
  reading.notes.push(`Ngày ban hành: dòng ${line} để trống ngày hoặc tháng (chỉ có năm ${year})`);
}
