/**
 * Reads an official plan's text in the layout Vietnamese administrative
 * documents share: the issuing body and "Số: …" on the left of the header, the
 * place and date on the right, the document type and title in capitals, the
 * opening "Thực hiện …/Căn cứ …", the tasks (numbered with "Cơ quan chủ trì",
 * "Cơ quan phối hợp", "Thời gian thực hiện", or a table), and the signature.
 *
 * Every value keeps the line it came from. Nothing is filled in that the text
 * does not show: what is missing is listed in `notes`.
 */
import { PLAN_TYPES } from '../../schemas/plan';
import { readDeadline } from './deadline-text';
import { sourceLines, type SourceLine } from './source-text';
import { capitalizeWords, isCapitalized, lowerVietnamese, namesInText, sentenceCase, upperFirst } from './vietnamese-case';

export interface Found<T> {
  value: T;
  line: number;
}

export type PlanType = keyof typeof PLAN_TYPES;

/** The issuing body as its header names it. */
export interface IssuerHeading {
  /** "Ủy ban nhân dân tỉnh Lạng Sơn", "Sở Tư pháp tỉnh Sóc Trăng", "Bộ Tư pháp". */
  name: string;
  kind: 'ubnd' | 'hdph' | 'department' | 'ministry' | 'other';
  /** The administrative unit the body belongs to, when the header says. */
  locality?: { level: 'tinh' | 'thanh-pho' | 'huyen' | 'xa'; name: string; /** "tỉnh", "phường", "thị trấn"… as printed. */ word: string };
  /** The province above a district or commune body, when the header names it. */
  parentProvince?: string;
}

export interface CitedDocument {
  /** "Luật", "Quyết định", "Kết luận"… as written. */
  typeWord: string;
  number?: string;
  /** For a law: its name, "Luật Hòa giải ở cơ sở". */
  name?: string;
  issuedOn?: string;
  year?: number;
  /** Who issued it, as written after "của". */
  issuer?: string;
  /** What it is about, as written after "về", "ban hành", "quy định". */
  about?: string;
}

export interface TaskReading {
  title: Found<string>;
  /** Lines of the task's own text, for the editor to summarise. */
  detailLines?: { from: number; to: number };
  lead: Found<string>[];
  partners: Found<string>[];
  /** True when the lead was read from a sentence ("Sở Tư pháp chủ trì…"), not from a label or a table. */
  leadFromSentence?: boolean;
  deadlineText?: Found<string>;
  deadline?: Found<string | number>;
  deadlineNote?: string;
}

export interface PlanReading {
  issuer?: Found<IssuerHeading>;
  documentNumber?: Found<string>;
  place?: Found<string>;
  issuedOn?: Found<string>;
  /** The year of issue, even when the day is left blank. */
  year?: Found<number>;
  documentType?: Found<PlanType>;
  title?: Found<string>;
  citations: Found<CitedDocument>[];
  tasks: TaskReading[];
  audiences: Found<string>[];
  themesText: Found<string>[];
  period?: Found<string>;
  effectiveOnIssue?: Found<true>;
  signer?: { name: Found<string>; role?: Found<string> };
  /** What the text does not show, in Vietnamese, for the report. */
  notes: string[];
}

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
const OPENING = /^(Thực hiện|Căn cứ|Triển khai|Nhằm|Để|Trên cơ sở|Theo)(?![\p{L}\p{M}])/u;
// The clauses whose documents are the plan's legal basis (CONTRIBUTING.md, section 6); "Triển khai" opens the same clause.
const BASIS_CLAUSE = /^(?:[-–+]\s*)?(Thực hiện|Căn cứ|Triển khai)(?![\p{L}\p{M}])/u;
const ROMAN_HEADING = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)[.)]\s*(.*)$/u;
const TASKS_HEADING = /nội dung|nhiệm vụ|giải pháp|hoạt động/iu;

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

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

/** Spelling of the old tone placement in headers: "UỶ BAN" → "ỦY BAN", "HOÀ" → "HÒA". */
function modernTones(text: string): string {
  // Only an open syllable moves its mark: "HOÀ" → "HÒA", but "HOẠCH" stays.
  const open = '(?![\\p{L}\\p{M}])';
  return text
    .replace(new RegExp(`U[Ỷ]${open}`, 'gu'), 'ỦY')
    .replace(new RegExp(`u[ỷ]${open}`, 'gu'), 'ủy')
    .replace(new RegExp(`O[ÀÁẢÃẠ]${open}`, 'gu'), (m) => `${'ÒÓỎÕỌ'['ÀÁẢÃẠ'.indexOf(m[1]!)]}A`)
    .replace(new RegExp(`o[àáảãạ]${open}`, 'gu'), (m) => `${'òóỏõọ'['àáảãạ'.indexOf(m[1]!)]}a`);
}

/** The parts of a line that are not the national motto side of the header. */
const headerCells = (line: SourceLine) => line.cells.filter((c) => c !== '' && !NATIONAL.test(c));

export function readPlan(text: string): PlanReading {
  const lines = sourceLines(text);
  const notes: string[] = [];
  const reading: PlanReading = { citations: [], tasks: [], audiences: [], themesText: [], notes };
  const names = namesInText(lines.flatMap((l) => l.cells));

  // Header: everything before the document type line.
  const typeIndex = lines.findIndex((l) => l.cells.some((c) => TYPE_WORDS[modernTones(c).replace(/\s+/g, ' ').trim()] !== undefined || /^(KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN)\s+\S/u.test(c) && isCapitalized(c)));
  const headerEnd = typeIndex >= 0 ? typeIndex : Math.min(lines.length, 12);
  const issuerParts: Found<string>[] = [];
  const summary = databaseSummary(lines.slice(0, headerEnd));
  for (const line of lines.slice(0, headerEnd)) {
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
  // Place names written in capitals in the title: the header gives their spelling.
  for (const place of [reading.place?.value.replace(/^TP\.?\s*/u, ''), reading.issuer?.value.locality?.name, reading.issuer?.value.parentProvince]) {
    if (place) names.unshift(place);
  }
  if (!reading.documentNumber && !notes.some((n) => n.startsWith('Số ký hiệu'))) notes.push('Số ký hiệu: không thấy dòng "Số: …"');
  if (!reading.issuedOn && !notes.some((n) => n.startsWith('Ngày ban hành'))) notes.push('Ngày ban hành: không thấy dòng "…, ngày … tháng … năm …"');

  // Type and title.
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

  // Opening: "Thực hiện …", "Căn cứ …" until the first numbered part.
  const firstPart = lines.findIndex((l, i) => i >= bodyStart && (ROMAN_HEADING.test(l.text) || /^(QUYẾT ĐỊNH|Điều 1)\b/u.test(l.text)));
  const openingEnd = firstPart >= 0 ? firstPart : lines.length;
  const opening = lines.slice(bodyStart, openingEnd).filter((l) => OPENING.test(l.text) || /Căn cứ|Thực hiện/u.test(l.text));
  for (const line of opening) {
    const cited = citationsIn(line.text);
    if (BASIS_CLAUSE.test(line.text)) for (const doc of cited) reading.citations.push({ value: doc, line: line.line });
    else if (cited.length > 0) notes.push(`Căn cứ: dòng ${line.line} nêu văn bản nhưng không mở bằng "Căn cứ", "Thực hiện" hay "Triển khai"; không ghi vào legalBasis, kiểm tra lại`);
  }
  if (opening.length === 0) notes.push('Căn cứ: không thấy đoạn "Thực hiện …" hoặc "Căn cứ …" sau trích yếu');
  for (const line of lines) {
    if (/hiệu lực (?:thi hành )?(?:kể )?từ ngày ký/iu.test(line.text)) {
      reading.effectiveOnIssue = { value: true, line: line.line };
      break;
    }
  }

  if (reading.title) reading.period = periodOf(reading.title, reading.year?.value);
  if (!reading.period) notes.push('Thời gian thực hiện: trích yếu không ghi năm hay giai đoạn');
  reading.themesText = [...(reading.title ? [reading.title] : []), ...opening.map((l) => ({ value: l.text, line: l.line }))];

  readTasks(lines, bodyStart, reading);
  readAudiences(lines, bodyStart, reading);
  readSigner(lines, reading);
  if (!reading.signer && summary.signer) {
    reading.signer = { name: summary.signer };
    notes.splice(notes.findIndex((n) => n.startsWith('Người ký: không thấy')), 1, `Người ký: lấy họ tên từ phần thông tin của trang nguồn (dòng ${summary.signer.line}); chức vụ không rõ`);
  }
  if (reading.tasks.length === 0) notes.push('Nhiệm vụ: văn bản không cho thấy nhiệm vụ (cơ quan chủ trì, thời hạn); ghi rằng nhiệm vụ có trong văn bản gốc');
  return reading;
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

const CITED_TYPES = 'Bộ luật|Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư liên tịch|Thông tư|Kế hoạch|Hướng dẫn|Công văn|Chương trình';
const ISSUERS = [
  'Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Ban Bí thư Trung ương Đảng', 'Ban Bí thư', 'Bộ Chính trị', 'Ủy ban Thường vụ Quốc hội', 'Quốc hội', 'Thủ tướng Chính phủ', 'Thủ tướng', 'Chính phủ',
  'Bộ trưởng Bộ [\\p{Lu}][\\p{Ll}\\p{M}]*(?: [\\p{Ll}\\p{M}]+)*', 'Bộ [\\p{Lu}][\\p{Ll}\\p{M}]*(?: [\\p{Ll}\\p{M}]+)*',
  'Hội đồng phối hợp[^,;]*?', 'Ủy ban nhân dân[^,;]*?', 'UBND[^,;]*?', 'Tỉnh ủy[^,;]*?', 'Thành ủy[^,;]*?', 'Ban Thường vụ[^,;]*?', 'Hội đồng nhân dân[^,;]*?', 'HĐND[^,;]*?',
].join('|');
const ABOUT_START = '(?:về|ban hành|quy định|phê duyệt|hướng dẫn)';
const NUMBERED = new RegExp(
  `(?<![\\p{L}\\p{M}])(${CITED_TYPES})\\s+(?:số\\s+)?(\\d+(?:\\s*\\/\\s*\\d{4})?\\s*[/-]\\s*[\\p{Lu}][\\p{L}\\d]*(?:\\s*[/-]\\s*[\\p{Lu}\\d][\\p{L}\\d]*)*)` +
    `(?:,?\\s*ngày\\s+(\\d{1,2})\\s*(?:\\/|tháng)\\s*(\\d{1,2})\\s*(?:\\/|năm)\\s*(\\d{4}))?` +
    `(?:\\s+của\\s+(${ISSUERS})(?=\\s+${ABOUT_START}\\s|[,;.:]|\\s*$))?`,
  'gu',
);
const LAW = /(?<![\p{L}\p{M}])(Bộ luật|Luật)\s+((?:(?!\s+(?:số|năm|ngày|của|và Luật|và Bộ luật)\s)[^;.()])+?)(?:\s+số\s+(\d+\/\d{4}\/QH\d+))?(?:\s+năm\s+(\d{4})|\s+ngày\s+(\d{1,2})\s*(?:\/|tháng)\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4}))?(?=[;.()]|,\s*(?:\p{Lu}|ngày)|\s+và\s+(?:Luật|Bộ luật|Nghị|Quyết|Chỉ thị|Kết luận|Thông tư)|\s+của\s|\s*$)/gu;

/**
 * What a cited document is about: from "về", "ban hành"… after its number to the end of the clause,
 * with where that clause ends in `text`.
 */
function aboutAfter(text: string, from: number): { about: string; end: number } | undefined {
  const rest = text.slice(from);
  const start = new RegExp(`^(\\s+)(${ABOUT_START}\\s[^;]*)`, 'u').exec(rest);
  if (!start) return undefined;
  // The clause ends where the issuing body's own sentence begins ("…, Ủy ban nhân dân tỉnh ban hành Kế hoạch") or at "(sau đây …)".
  const about = start[2]!.split(/\s*\((?:sau đây|Sau đây)|,\s*(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|UBND|Hội đồng|Sở|Bộ|Phòng|Trường)\s/u)[0]!.replace(/[.,;:\s]+$/u, '');
  return { about, end: from + start[1]!.length + about.length };
}

/**
 * Every document an opening paragraph cites, in the order it cites them. A document named inside
 * another's title ("Quyết định 1521/QĐ-TTg … ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW") is
 * not cited by the plan itself, so it is left out.
 */
export function citationsIn(text: string): CitedDocument[] {
  const found: { index: number; doc: CitedDocument }[] = [];
  const titles: { from: number; to: number }[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const doc: CitedDocument = { typeWord: m[1]!, number: m[2]!.replace(/\s+/g, '') };
    if (m[5]) {
      doc.issuedOn = `${m[5]}-${m[4]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      doc.year = Number(m[5]);
    }
    if (m[6]) doc.issuer = m[6].trim();
    const about = aboutAfter(text, m.index! + m[0].length);
    if (about) {
      doc.about = about.about;
      titles.push({ from: m.index! + m[0].length, to: about.end });
    }
    found.push({ index: m.index!, doc });
  }
  for (const m of text.matchAll(LAW)) {
    const name = `${m[1]} ${m[2]!.trim().replace(/,\s*$/, '')}`;
    // "Luật số 14/2012/QH13" alone is caught above; a law here is one named.
    if (/^(Luật|Bộ luật)\s+(số|này)\b/u.test(name)) continue;
    const doc: CitedDocument = { typeWord: m[1]!, name: modernTones(name) };
    if (m[3]) doc.number = m[3];
    if (m[4]) doc.year = Number(m[4]);
    if (m[7]) {
      doc.issuedOn = `${m[7]}-${m[6]!.padStart(2, '0')}-${m[5]!.padStart(2, '0')}`;
      doc.year = Number(m[7]);
    }
    found.push({ index: m.index!, doc });
  }
  const inTitle = (index: number) => titles.some((t) => index >= t.from && index < t.to);
  const seen = new Set<string>();
  return found
    .filter((f) => !inTitle(f.index))
    .sort((a, b) => a.index - b.index)
    .map((f) => f.doc)
    .filter((doc) => {
      const key = doc.number ?? fold(doc.name ?? '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function periodOf(title: Found<string>, year?: number): Found<string> | undefined {
  const range = /giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})/iu.exec(title.value) ?? /(\d{4})\s*[-–]\s*(\d{4})/.exec(title.value);
  if (range) return { value: `${range[1]}-${range[2]}`, line: title.line };
  const until = /đến năm\s+(\d{4})/iu.exec(title.value);
  if (until && year && year <= Number(until[1])) return { value: `${year}-${until[1]}`, line: title.line };
  const single = [...title.value.matchAll(/năm\s+(\d{4})(?![\d/])/giu)].at(-1);
  if (single && !/ngày\s+\d+\s*tháng\s+\d+\s*năm\s+\d{4}$/iu.test(title.value.slice(0, single.index! + single[0].length))) return { value: single[1]!, line: title.line };
  return undefined;
}

const LABELS: { field: 'lead' | 'partners' | 'deadline'; pattern: RegExp }[] = [
  { field: 'lead', pattern: /(?:(?:Cơ quan|Đơn vị)\s+)?chủ trì(?:\s+thực hiện)?\s*:/iu },
  { field: 'partners', pattern: /(?:(?:Cơ quan|Đơn vị)\s+)?phối hợp(?:\s+thực hiện)?\s*:/iu },
  { field: 'deadline', pattern: /(?:Thời gian(?:\s+(?:thực hiện|hoàn thành))?|Thời hạn(?:\s+hoàn thành)?|Tiến độ(?:\s+thực hiện)?)\s*:/iu },
];

/** The labelled parts of a line: "- Cơ quan chủ trì: Sở Tư pháp; cơ quan phối hợp: …". */
function labelsIn(text: string): { field: 'lead' | 'partners' | 'deadline'; value: string }[] {
  const stripped = text.replace(/^[-–+•*]\s*/u, '');
  const starts = LABELS.flatMap(({ field, pattern }) => {
    const m = new RegExp(pattern.source, 'giu').exec(stripped);
    return m ? [{ field, index: m.index, end: m.index + m[0].length }] : [];
  }).sort((a, b) => a.index - b.index);
  if (starts.length === 0 || stripped.slice(0, starts[0]!.index).trim().replace(/[-–+•*]/g, '') !== '') return [];
  return starts.map((s, i) => ({ field: s.field, value: stripped.slice(s.end, starts[i + 1]?.index ?? undefined).replace(/^[\s:]+|[\s;.,]+$/g, '') }));
}

/** "Sở Tư pháp, Sở Nội vụ và UBND các huyện" → three names; "Các sở, ban, ngành" stays one. */
const AGENCY_HEAD = '(?:Sở|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐPH|Ban|Báo|Đài|Công an|Bộ|Cục|Vụ|Viện|Văn phòng|Thanh tra|Tỉnh đoàn|Thành đoàn|Đoàn|Hội|Liên đoàn|Liên minh|Mặt trận|Trường|Tòa án|Chi cục|Phòng|Trung tâm|Các|các|Cơ quan|Chủ tịch|Thủ trưởng|Giám đốc|Người đứng đầu)(?![\\p{L}\\p{M}])';
const AGENCY_SEPARATOR = new RegExp(`\\s*;\\s*|\\s*,\\s*(?=(?:và\\s+)?${AGENCY_HEAD})|\\s+và\\s+(?=${AGENCY_HEAD})`, 'u');

export function agencyNames(text: string): string[] {
  return text
    .replace(/\([^)]*\)/g, '')
    .split(/\s*;\s*/)
    // "Các sở, ban, ngành, Mặt trận Tổ quốc và đoàn thể tỉnh" is one group, commas and all.
    .flatMap((part) => (/^(Thủ trưởng\s+|Chủ tịch\s+)?[Cc]ác\s+(sở|cơ quan|ban|ngành)/u.test(part) ? [part] : part.split(AGENCY_SEPARATOR)))
    .map((name) => name.replace(/^(và|với)\s+/u, '').replace(/[.;,:\s]+$/u, '').trim())
    .filter((name) => name !== '' && name !== 'và');
}

const TASK_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(.+)$|^([a-zđ])\)\s+(.+)$/u;
/** Words that end the subject of a sentence naming who does a task. */
const ACTION = /\s(tiếp tục|chủ trì|chủ động|tổ chức(?! đoàn thể)|chỉ đạo|đổi mới|triển khai|tăng cường|xây dựng|thực hiện|ban hành|phối hợp|tham mưu|hướng dẫn|rà soát|nghiên cứu|đẩy mạnh|quán triệt|có trách nhiệm|chịu trách nhiệm|theo dõi|duy trì|phát huy|kiện toàn|bố trí|cập nhật|biên soạn)(?![\p{L}\p{M}])/u;

function readTasks(lines: readonly SourceLine[], bodyStart: number, reading: PlanReading) {
  const tableTasks = readTaskTables(lines, reading);
  if (tableTasks.length > 0) {
    reading.tasks = tableTasks;
    return;
  }
  const start = lines.findIndex((l, i) => i >= bodyStart && ROMAN_HEADING.test(l.text) && TASKS_HEADING.test(ROMAN_HEADING.exec(l.text)![2]!) && !/mục đích/iu.test(l.text));
  if (start < 0) return;
  let end = lines.findIndex((l, i) => i > start && ROMAN_HEADING.test(l.text));
  if (end < 0) end = lines.length;

  interface Open { task: TaskReading; depth: number; lastLine: number; labelled: boolean; hasChildren: boolean; sentences: SourceLine[] }
  const open: Open[] = [];
  const done: Open[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const heading = TASK_HEADING.exec(line.text);
    const labels = labelsIn(line.text);
    if (heading && labels.length === 0) {
      const depth = heading[1] ? heading[1].split('.').length : 9;
      while (open.length && open.at(-1)!.depth >= depth) done.push(open.pop()!);
      if (open.length) open.at(-1)!.hasChildren = true;
      const title = (heading[2] ?? heading[4]!).replace(/[.:;]+$/, '').trim();
      open.push({ task: { title: { value: title, line: line.line }, lead: [], partners: [] }, depth, lastLine: line.line, labelled: false, hasChildren: false, sentences: [] });
      continue;
    }
    const current = open.at(-1);
    if (!current) continue;
    current.lastLine = line.line;
    if (labels.length === 0) {
      current.sentences.push(line);
      continue;
    }
    current.labelled = true;
    for (const { field, value } of labels) {
      if (field === 'deadline') {
        current.task.deadlineText = { value, line: line.line };
      } else {
        current.task[field].push(...agencyNames(value).map((name) => ({ value: name, line: line.line })));
      }
    }
  }
  done.push(...open.splice(0).reverse());
  const tasks = done
    // A heading whose sub-items carry the labels is a group; its sub-items are the tasks.
    .filter((o) => o.labelled || (!o.hasChildren && o.sentences.length > 0 && o.depth < 9))
    .sort((a, b) => a.task.title.line - b.task.title.line)
    .map((o) => {
      const sentences = o.sentences.filter((s) => !labelsIn(s.text).length);
      if (sentences.length) o.task.detailLines = { from: sentences[0]!.line, to: sentences.at(-1)!.line };
      if (o.task.lead.length === 0) leadFromSentences(o.task, o.sentences);
      return o.task;
    })
    .filter((task) => task.lead.length > 0 || task.deadlineText);
  for (const task of tasks) normaliseTaskDeadline(task, reading);
  reading.tasks = tasks;
}

/** "Sở Tư pháp chủ trì…", "Các sở, ban, ngành; UBND các huyện tiếp tục…", "giao Sở Tư pháp tham mưu…". */
function leadFromSentences(task: TaskReading, sentences: readonly SourceLine[]) {
  for (const line of sentences) {
    const text = line.text.replace(/^[-–+•*]\s*/u, '').replace(/^(Hằng năm|Hàng năm|Định kỳ|Trong năm \d{4}|Năm \d{4}),\s*/u, '');
    const assigned = /(?:^|\s)giao\s+(.+?)(?=\s(?:tiếp tục|chủ trì|tham mưu|thực hiện|hướng dẫn|xây dựng|tổ chức)(?![\p{L}\p{M}]))/u.exec(text);
    const subject = ACTION.exec(text);
    const names = assigned ? agencyNames(assigned[1]!) : subject && subject.index > 0 ? agencyNames(text.slice(0, subject.index)) : [];
    const agencies = names.filter((n) => SUBJECT.test(n));
    if (agencies.length === 0 || agencies.length !== names.length) continue;
    for (const value of agencies) if (!task.lead.some((l) => l.value === value)) task.lead.push({ value, line: line.line });
    task.leadFromSentence = true;
  }
}

const SUBJECT = /^(Thủ trưởng|Chủ tịch|Giám đốc|Người đứng đầu)?\s*([Cc]ác\s+)?(Sở|sở|Ủy ban|UBND|Hội đồng|Ban|Báo|Đài|Công an|Bộ|Cục|Vụ|Văn phòng|Tỉnh đoàn|Hội|Mặt trận|Liên đoàn|đơn vị|cơ quan)(?![\p{L}\p{M}])/u;

function normaliseTaskDeadline(task: TaskReading, reading: PlanReading) {
  if (!task.deadlineText) return;
  const planYear = reading.period && /^\d{4}$/.test(reading.period.value) ? Number(reading.period.value) : undefined;
  const result = readDeadline(task.deadlineText.value, planYear);
  if (result.value !== undefined) task.deadline = { value: result.value, line: task.deadlineText.line };
  if (result.note) task.deadlineNote = result.note;
}

/** A task table: a header row naming "chủ trì" and a time column, then one row per task. */
function readTaskTables(lines: readonly SourceLine[], reading: PlanReading): TaskReading[] {
  const tasks: TaskReading[] = [];
  let columns: { title: number; lead: number; partners: number; deadline: number; count: number } | undefined;
  for (const line of lines) {
    if (line.cells.length < 3) {
      if (columns && line.cells.length === 1 && !/^([IVX]+|\d+)[.)]?\s/u.test(line.text)) columns = undefined;
      continue;
    }
    const folded = line.cells.map(fold);
    const lead = folded.findIndex((c) => /chu tri/.test(c));
    const deadline = folded.findIndex((c) => /thoi gian|thoi han|tien do/.test(c));
    const title = folded.findIndex((c) => /noi dung|nhiem vu|hoat dong|ten/.test(c));
    if (lead >= 0 && deadline >= 0 && title >= 0) {
      columns = { title, lead, deadline, partners: folded.findIndex((c) => /phoi hop/.test(c)), count: line.cells.length };
      continue;
    }
    if (!columns) continue;
    // Rows that group tasks ("I | Công tác phổ biến…") have fewer cells than a task row.
    if (line.cells.length < columns.count - (columns.partners >= 0 ? 1 : 0) || line.cells.length > columns.count) continue;
    const cell = (i: number) => (i >= 0 ? line.cells[i - (columns!.count - line.cells.length)]?.trim() : undefined);
    const titleText = cell(columns.title);
    if (!titleText || !cell(columns.lead)) continue;
    const task: TaskReading = {
      title: { value: titleText.replace(/[.;]+$/, ''), line: line.line },
      lead: agencyNames(cell(columns.lead)!).map((value) => ({ value, line: line.line })),
      partners: columns.partners >= 0 && cell(columns.partners) ? agencyNames(cell(columns.partners)!).map((value) => ({ value, line: line.line })) : [],
    };
    const time = cell(columns.deadline);
    if (time) task.deadlineText = { value: time, line: line.line };
    normaliseTaskDeadline(task, reading);
    tasks.push(task);
  }
  return tasks;
}

function readAudiences(lines: readonly SourceLine[], bodyStart: number, reading: PlanReading) {
  const index = lines.findIndex((l, i) => i >= bodyStart && /^(?:\d+\.\s*|[a-zđ]\)\s*|[-–+]\s*)?Đối tượng(?:\s+(?:phổ biến|tuyên truyền|áp dụng|thực hiện))?(?:\s+(?:giáo dục )?pháp luật)?\s*[:.]?\s*(.*)$/iu.test(l.text));
  if (index < 0) return;
  const line = lines[index]!;
  const rest = /Đối tượng[^:.]*[:.]\s*(.*)$/iu.exec(line.text)?.[1]?.trim() ?? '';
  const clean = (text: string) => upperFirst(text.replace(/^[-–+•*]\s*/u, '').replace(/[.;,]+$/u, '').trim());
  if (rest) {
    reading.audiences = rest.split(/\s*;\s*/).filter(Boolean).map((a) => ({ value: clean(a), line: line.line }));
    return;
  }
  for (const item of lines.slice(index + 1)) {
    if (!/^[-–+•*]\s/u.test(item.text)) break;
    reading.audiences.push({ value: clean(item.text), line: item.line });
  }
}

const ROLES = ['PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'PHÓ CHỦ TỊCH', 'CHỦ TỊCH', 'BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'PHÓ GIÁM ĐỐC', 'GIÁM ĐỐC', 'PHÓ TRƯỞNG BAN', 'TRƯỞNG BAN', 'CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'];

function readSigner(lines: readonly SourceLine[], reading: PlanReading) {
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
