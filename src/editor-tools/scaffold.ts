/**
 * The entry `npm run new` writes: checks the few facts an editor gives, then
 * returns the file path and a text with every field and a Vietnamese comment
 * per field. What it writes is valid as written; optional fields are left as
 * commented examples.
 */
import { parseIsoDate } from '../lib/dates';
import { parseDocumentNumber } from '../lib/document-number';
import { expectedLegalDocumentId, expectedPlanId, topicLocation } from '../lib/entry-identity';
import { formatQuarter, parseQuarter } from '../lib/quarter';
import { closest } from '../lib/suggest';
import { textProblem } from '../lib/vietnamese';
import { LEGAL_DOCUMENT_TYPES } from '../schemas/legal-document';
import { PLAN_TYPES, WRITTEN_FROM } from '../schemas/plan';

export const ENTRY_KINDS = { 'ke-hoach': 'kế hoạch', 'chu-de': 'chủ đề tuyên truyền theo quý', 'van-ban': 'văn bản pháp luật' } as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export interface ScaffoldAnswers {
  kind?: string;
  number?: string;
  province?: string;
  issuer?: string;
  date?: string;
  title?: string;
  quarter?: string;
  summary?: string;
  theme?: string;
  type?: string;
  /** How much of the original the editor has: a key of WRITTEN_FROM. */
  writtenFrom?: string;
}

/** What the scaffold knows of the content: valid ids, and each agency's province and name. */
export interface ScaffoldContext {
  provinces: ReadonlyMap<string, { name: string; kind: string }>;
  agencies: ReadonlyMap<string, { name: string; province?: string }>;
  themes: readonly string[];
}

export type ScaffoldResult =
  | {
      ok: true;
      path: string;
      text: string;
      /** An agency to append to agencies.yaml: the province's people's committee, when not listed yet. */
      newAgency?: { id: string; yaml: string };
    }
  | { ok: false; errors: string[] };

/** Shown where the editor must still write; check:content refuses a file that still holds it. */
export const TO_WRITE = '[CẦN VIẾT]';

const quote = (s: string) => JSON.stringify(s);
const choices = (table: Record<string, string>) => Object.entries(table).map(([k, v]) => `${k} (${v})`).join(', ');
const suggest = (value: string, ids: Iterable<string>) => {
  const near = closest(value, ids);
  return near.length ? ` Có phải: ${near.join(', ')}?` : '';
};

function need(errors: string[], value: string | undefined, label: string, example: string): string | undefined {
  if (value === undefined || value.trim() === '') {
    errors.push(`Thiếu ${label}, ví dụ ${example}`);
    return undefined;
  }
  const problem = textProblem(value);
  if (problem) errors.push(`${label}: ${problem}`);
  return value.normalize('NFC').trim();
}

export function scaffold(answers: ScaffoldAnswers, context: ScaffoldContext): ScaffoldResult {
  const errors: string[] = [];
  const kind = answers.kind as EntryKind;
  if (!(kind in ENTRY_KINDS)) {
    return { ok: false, errors: [`Loại mục "${answers.kind ?? ''}" không có; chọn một trong: ${Object.entries(ENTRY_KINDS).map(([k, v]) => `${k} (${v})`).join(', ')}`] };
  }
  if (kind === 'chu-de') return scaffoldTopic(answers, context, errors);
  if (kind === 'van-ban') return scaffoldLegalDocument(answers, errors);
  return scaffoldPlan(answers, context, errors);
}

function scaffoldPlan(answers: ScaffoldAnswers, context: ScaffoldContext, errors: string[]): ScaffoldResult {
  const number = need(errors, answers.number, 'số ký hiệu (--so)', '"176/KH-UBND"');
  const parsedNumber = number ? parseDocumentNumber(number) : undefined;
  if (parsedNumber && !parsedNumber.ok) errors.push(`Số ký hiệu: ${parsedNumber.error}`);
  const province = need(errors, answers.province, 'tỉnh, thành (--tinh)', 'lang-son');
  if (province && !context.provinces.has(province)) errors.push(`Tỉnh "${province}" không có trong content/provinces.yaml.${suggest(province, context.provinces.keys())}`);
  const issuer = answers.issuer ?? (province ? `ubnd-${province}` : undefined);
  const provinceInfo = province ? context.provinces.get(province) : undefined;
  // The province's people's committee issues most plans; when it is not listed yet, it is added with the entry.
  const newAgency =
    !answers.issuer && issuer && provinceInfo && !context.agencies.has(issuer)
      ? { name: `Ủy ban nhân dân ${provinceInfo.kind === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${provinceInfo.name}`, short: `UBND ${provinceInfo.kind === 'thanh-pho' ? 'TP' : 'tỉnh'} ${provinceInfo.name}` }
      : undefined;
  const agency = issuer ? (context.agencies.get(issuer) ?? (newAgency ? { name: newAgency.name, province } : undefined)) : undefined;
  if (issuer && !agency) errors.push(`Cơ quan ban hành "${issuer}" không có trong content/agencies.yaml; thêm cơ quan đó trước, hoặc chọn bằng --co-quan.${suggest(issuer, context.agencies.keys())}`);
  if (agency && province && agency.province !== province) errors.push(`Cơ quan "${issuer}" thuộc tỉnh "${agency.province ?? 'trung ương'}", không phải "${province}"`);
  const date = need(errors, answers.date, 'ngày ban hành (--ngay)', '2020-10-27');
  const parsedDate = date ? parseIsoDate(date) : undefined;
  if (parsedDate && !parsedDate.ok) errors.push(`Ngày ban hành: ${parsedDate.error}`);
  const title = need(errors, answers.title, 'trích yếu (--tieu-de)', '"Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2023"');
  const theme = answers.theme ?? 'pbgdpl';
  if (!context.themes.includes(theme)) errors.push(`Lĩnh vực "${theme}" không có trong content/themes.yaml.${suggest(theme, context.themes)}`);
  // Most entries start from the document itself; the comment above the field asks the editor to say otherwise.
  const writtenFrom = answers.writtenFrom?.trim() || 'toan-van';
  if (!(writtenFrom in WRITTEN_FROM)) errors.push(`Văn bản nguồn "${writtenFrom}" không có; chọn một trong: ${choices(WRITTEN_FROM)}`);
  if (errors.length > 0 || !parsedNumber?.ok || !parsedDate?.ok || !agency || !title) return { ok: false, errors };

  const year = parsedDate.value.getUTCFullYear();
  const id = expectedPlanId({ year, documentNumber: parsedNumber.value.text, issuerId: issuer!, ...(agency.province ? { provinceId: agency.province } : {}) });
  const summary = answers.summary ? need(errors, answers.summary, 'tóm tắt (--tom-tat)', '') : undefined;
  const text = `---
# Trích yếu: tên đầy đủ của văn bản, chép đúng như trên văn bản gốc.
title: ${quote(title)}
# Số ký hiệu đúng như in trên văn bản. Tên tệp và địa chỉ trang lấy từ năm, tỉnh và số này.
documentNumber: ${quote(parsedNumber.value.text)}
# Loại văn bản: ${Object.entries(PLAN_TYPES).map(([k, v]) => `${k} (${v})`).join(', ')}.
documentType: ke-hoach
# Cơ quan ban hành: mã trong content/agencies.yaml (${agency.name}).
issuer: ${issuer}
# Ngày ban hành, dạng năm-tháng-ngày.
issuedOn: ${date}
# Ngày có hiệu lực, nếu văn bản ghi (không được trước ngày ban hành).
# effectiveOn: ${date}
# Người ký: họ tên và chức vụ như cuối văn bản. Bỏ dấu # ở ba dòng dưới nếu biết.
# signer:
#   name: "Nguyễn Văn A"
#   role: "Phó Chủ tịch"
# Thời gian thực hiện: một năm "${year}", một khoảng "2021-2025", một quý "Quý IV/${year}" hoặc "từ ${year}".
period: ${quote(String(year))}
# Tình trạng: dang-thuc-hien (Đang thực hiện), da-ket-thuc (Đã kết thúc), da-thay-the (Đã được thay thế).
status: dang-thuc-hien
# Tóm tắt 1–3 câu bằng lời của mình cho người dân; không chép câu của văn bản gốc.
summary: ${quote(summary ?? `${TO_WRITE} Tóm tắt kế hoạch bằng lời của mình.`)}
# Căn cứ pháp lý: chỉ những văn bản chính kế hoạch dẫn ở đoạn mở đầu "Căn cứ …", "Thực hiện …" (hay "Triển khai …"),
# không thêm văn bản chỉ được nhắc trong tên của văn bản khác (CONTRIBUTING.md, mục 6). Mỗi văn bản một dòng
# "  - mã", mã là tên tệp trong content/legal-documents/ bỏ .yaml; văn bản chưa có thì thêm bằng npm run new -- --loai van-ban.
legalBasis: []
# Lĩnh vực: mã trong content/themes.yaml, ít nhất một.
themes:
  - ${theme}
# Đối tượng mà kế hoạch hướng tới.
audiences:
  - Cán bộ, công chức, viên chức
  - Nhân dân trên địa bàn
# Nhiệm vụ: mỗi nhiệm vụ có tên, cơ quan chủ trì (mã cơ quan), phối hợp (nếu có) và thời hạn
# ("Quý IV/${year}", ${year}, ${year}-12-31, "hằng năm" hoặc "thường xuyên"). Bỏ dấu # để dùng.
# tasks:
#   - title: "Quán triệt, triển khai kế hoạch"
#     lead:
#       - ${issuer}
#     deadline: "Quý IV/${year}"
# Văn bản nguồn: trang kế hoạch được viết từ đâu. ${choices(WRITTEN_FROM)}.
writtenFrom: ${writtenFrom}
# Ghi chú về văn bản nguồn, nếu cần, ví dụ khi trích yếu lấy theo trang nguồn. Bỏ dấu # để dùng.
# writtenFromNote: "Trích yếu lấy theo phần thông tin của trang nguồn."
# Nguồn: nơi đăng văn bản hoặc tin (bắt buộc), địa chỉ bài gốc, tác giả, ngày đăng.
source:
  publisher: ${quote(agency.name)}
#  url: "https://…"
#  publishedOn: ${date}
---

${TO_WRITE} Phần thân: tóm tắt mục đích, yêu cầu và nội dung chính bằng lời của mình. Dùng "## Tiêu đề" để chia mục.
`;
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    path: `plans/${id}.md`,
    text,
    ...(newAgency
      ? { newAgency: { id: issuer!, yaml: `${issuer}:\n  name: ${newAgency.name}\n  shortName: ${newAgency.short}\n  level: tinh\n  province: ${province}\n` } }
      : {}),
  };
}

function scaffoldTopic(answers: ScaffoldAnswers, context: ScaffoldContext, errors: string[]): ScaffoldResult {
  const quarterText = need(errors, answers.quarter, 'quý (--quy)', '"Quý IV/2023"');
  const quarter = quarterText ? parseQuarter(quarterText) : undefined;
  if (quarter && !quarter.ok) errors.push(`Quý: ${quarter.error}`);
  const title = need(errors, answers.title, 'tên chủ đề (--tieu-de)', '"Ngày Pháp luật Việt Nam 09/11/2023"');
  const theme = answers.theme ?? 'pbgdpl';
  if (!context.themes.includes(theme)) errors.push(`Lĩnh vực "${theme}" không có trong content/themes.yaml.${suggest(theme, context.themes)}`);
  if (errors.length > 0 || !quarter?.ok || !title) return { ok: false, errors };
  const q = quarter.value;
  const place = topicLocation(q, title);
  return {
    ok: true,
    path: `topics/${[...place.folders, place.name].join('/')}.md`,
    text: `---
# Quý của chủ đề; tệp phải nằm trong thư mục topics/${q.year}/quy-${q.quarter}/.
quarter: ${formatQuarter(q)}
# Tên chủ đề.
title: ${quote(title)}
# Tóm tắt 1–2 câu: vì sao nên tuyên truyền điều này trong quý.
summary: ${quote(answers.summary ?? `${TO_WRITE} Vì sao nên tuyên truyền chủ đề này trong quý.`)}
# Đối tượng nên hướng tới.
audiences:
  - Người dân
# Văn bản liên quan: mã trong content/legal-documents/.
legalDocuments:
  - luat-14-2012-qh13
# Lĩnh vực: mã trong content/themes.yaml.
themes:
  - ${theme}
# Nguồn: văn bản hoặc bài viết làm căn cứ cho chủ đề (ít nhất một).
sources:
  - publisher: "Quốc hội"
    title: "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13"
---

${TO_WRITE} Gợi ý nội dung tuyên truyền, bằng lời của mình.
`,
  };
}

function scaffoldLegalDocument(answers: ScaffoldAnswers, errors: string[]): ScaffoldResult {
  const type = answers.type ?? 'luat';
  if (!(type in LEGAL_DOCUMENT_TYPES)) errors.push(`Loại văn bản "${type}" không có; chọn: ${Object.keys(LEGAL_DOCUMENT_TYPES).join(', ')}`);
  const number = need(errors, answers.number, 'số ký hiệu (--so)', '"14/2012/QH13"');
  const parsedNumber = number ? parseDocumentNumber(number) : undefined;
  if (parsedNumber && !parsedNumber.ok) errors.push(`Số ký hiệu: ${parsedNumber.error}`);
  const date = need(errors, answers.date, 'ngày ban hành (--ngay)', '2012-06-20');
  const parsedDate = date ? parseIsoDate(date) : undefined;
  if (parsedDate && !parsedDate.ok) errors.push(`Ngày ban hành: ${parsedDate.error}`);
  const title = need(errors, answers.title, 'tên văn bản (--tieu-de)', '"Luật Phổ biến, giáo dục pháp luật"');
  if (errors.length > 0 || !parsedNumber?.ok || !title) return { ok: false, errors };
  return {
    ok: true,
    path: `legal-documents/${expectedLegalDocumentId({ type, number: parsedNumber.value.text })}.yaml`,
    text: `# Số ký hiệu đúng như trên văn bản.
number: ${quote(parsedNumber.value.text)}
# Loại: ${Object.keys(LEGAL_DOCUMENT_TYPES).join(', ')}.
type: ${type}
title: ${quote(title)}
# Cơ quan ban hành: mã trong content/agencies.yaml (quoc-hoi, thu-tuong, ban-bi-thu…).
issuer: ${answers.issuer ?? 'quoc-hoi'}
issuedOn: ${date}
# Ngày có hiệu lực, nếu đã kiểm tra trên văn bản.
# inForceOn: ${date}
# Văn bản thay thế văn bản này, nếu có (mã văn bản).
# replacedBy: ma-van-ban-moi
summary: ${quote(answers.summary ?? `${TO_WRITE} Văn bản này quy định gì, nói bằng lời của mình.`)}
`,
  };
}
