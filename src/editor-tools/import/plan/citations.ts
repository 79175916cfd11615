/**
 * The documents a plan cites as its legal basis: those of the opening clauses
 * "Căn cứ …", "Thực hiện …", "Triển khai …" (CONTRIBUTING.md, section 6), each
 * with its type, number, date, issuer and subject as written, and never one
 * named only inside another's title.
 */
import { foldVietnamese } from '../../../lib/vietnamese';
import { ROMAN_HEADING, type SourceLine } from '../source-text';
import { modernTones } from '../vietnamese-case';
import type { CitedDocument, PlanReading } from './reading';

const OPENING = /^(Thực hiện|Căn cứ|Triển khai|Nhằm|Để|Trên cơ sở|Theo)(?![\p{L}\p{M}])/u;
// The clauses whose documents are the plan's legal basis (CONTRIBUTING.md, section 6); "Triển khai" opens the same clause.
const BASIS_CLAUSE = /^(?:[-–+]\s*)?(Thực hiện|Căn cứ|Triển khai)(?![\p{L}\p{M}])/u;

/**
 * Reads the opening, from the title to the first numbered part, into `reading.citations`; returns its
 * lines, which also say what the plan is about.
 */
export function readOpening(lines: readonly SourceLine[], bodyStart: number, reading: PlanReading): SourceLine[] {
  const firstPart = lines.findIndex((l, i) => i >= bodyStart && (ROMAN_HEADING.test(l.text) || /^(QUYẾT ĐỊNH|Điều 1)\b/u.test(l.text)));
  const openingEnd = firstPart >= 0 ? firstPart : lines.length;
  const opening = lines.slice(bodyStart, openingEnd).filter((l) => OPENING.test(l.text) || /Căn cứ|Thực hiện/u.test(l.text));
  for (const line of opening) {
    const cited = citationsIn(line.text);
    if (BASIS_CLAUSE.test(line.text)) for (const doc of cited) reading.citations.push({ value: doc, line: line.line });
    else if (cited.length > 0) reading.notes.push(`Căn cứ: dòng ${line.line} nêu văn bản nhưng không mở bằng "Căn cứ", "Thực hiện" hay "Triển khai"; không ghi vào legalBasis, kiểm tra lại`);
  }
  if (opening.length === 0) reading.notes.push('Căn cứ: không thấy đoạn "Thực hiện …" hoặc "Căn cứ …" sau trích yếu');
  return opening;
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
      const key = doc.number ?? foldVietnamese(doc.name ?? '');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
