/**
 * From what the reader found (read-plan.ts) to the files `npm run import`
 * writes: the plan entry, named as `npm run new` names it, new agencies for
 * agencies.yaml, drafted legal documents, and a report of every field with
 * the line it came from and every field left to the editor.
 */
import { documentNumberSlug, parseDocumentNumber } from '../../lib/document-number';
import { expectedPlanId } from '../../lib/entry-identity';
import { parsePeriod } from '../../lib/period';
import { slugify } from '../../lib/vietnamese';
import { LEGAL_DOCUMENT_TYPES } from '../../schemas/legal-document';
import { PLAN_TYPES, WRITTEN_FROM, type WrittenFrom } from '../../schemas/plan';
import { TO_WRITE } from '../scaffold';
import { resolveAgency, type AgencyDraft, type AgencyScope, type KnownAgency } from './agency-names';
import type { CitedDocument, Found, PlanReading } from './read-plan';
import { normaliseSource } from './source-text';

export interface ImportContext {
  provinces: ReadonlyMap<string, { name: string; kind: string }>;
  agencies: ReadonlyMap<string, KnownAgency>;
  /** `issuedOn` as written, "2015-06-19": tells apart laws of the same name. */
  legalDocuments: ReadonlyMap<string, { number: string; type: string; title: string; issuedOn?: string }>;
  themes: readonly string[];
  /** Today, for the plan's status: a plan whose period has ended is "da-ket-thuc". */
  today: Date;
}

/** The values of the entry, resolved to ids: what the accuracy test compares. */
export interface DraftValues {
  documentNumber?: string;
  documentType?: string;
  issuer?: string;
  province?: string;
  place?: string;
  issuedOn?: string;
  signer?: { name: string; role?: string };
  title?: string;
  period?: string;
  legalBasis: string[];
  themes: string[];
  audiences: string[];
  tasks: { title: string; lead: string[]; partners: string[]; deadline?: string | number }[];
  writtenFrom: WrittenFrom;
}

export interface OriginalFile {
  /** The file's name as given, for the report. */
  name: string;
  extension: 'pdf' | 'docx' | 'doc';
}

export interface PlanDraft {
  values: DraftValues;
  /** Inside the content folder: "plans/2020/lang-son-176-kh-ubnd.md". */
  path: string;
  text: string;
  newAgencies: AgencyDraft[];
  legalDocuments: { path: string; text: string }[];
  /** Where the original goes when attached: inside content/attachments/. */
  attachment?: string;
  /** One line per field: what was found and where. */
  found: string[];
  /** One line per field the text does not give. */
  missing: string[];
}

const LEGAL_TYPE_OF: Record<string, keyof typeof LEGAL_DOCUMENT_TYPES> = {
  Luật: 'luat', 'Bộ luật': 'luat', 'Nghị quyết': 'nghi-quyet', 'Nghị định': 'nghi-dinh', 'Quyết định': 'quyet-dinh',
  'Chỉ thị': 'chi-thi', 'Kết luận': 'ket-luan', 'Thông tư': 'thong-tu', 'Thông tư liên tịch': 'thong-tu',
};

const THEMES: [RegExp, string][] = [
  [/pho bien,? giao duc phap luat|pbgdpl|giao duc phap luat/, 'pbgdpl'],
  [/hoa giai o co so/, 'hoa-giai-o-co-so'],
  [/chuan tiep can phap luat/, 'chuan-tiep-can-phap-luat'],
  [/cong nghe thong tin|chuyen doi so/, 'chuyen-doi-so'],
  [/doi tuong dac thu|dan toc thieu so|dong bao vung/, 'doi-tuong-dac-thu'],
  [/ngay phap luat/, 'ngay-phap-luat'],
];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
const quote = (value: string) => JSON.stringify(value);
const at = (found: { line: number }) => `dòng ${found.line}`;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

function provinceOf(name: string | undefined, context: ImportContext): string | undefined {
  if (!name) return undefined;
  return [...context.provinces].find(([, p]) => fold(p.name) === fold(name))?.[0];
}

export function draftPlan(reading: PlanReading, sourceText: string, context: ImportContext, original?: OriginalFile): PlanDraft {
  const found: string[] = [];
  const missing = [...reading.notes];
  const newAgencies = new Map<string, AgencyDraft>();
  const source = writtenFromOf(reading);
  const values: DraftValues = { legalBasis: [], themes: [], audiences: [], tasks: [], writtenFrom: source.value };

  // Issuer and province.
  const heading = reading.issuer?.value;
  let provinceId = provinceOf(heading?.locality && (heading.locality.level === 'tinh' || heading.locality.level === 'thanh-pho') ? heading.locality.name : heading?.parentProvince, context);
  let provinceLine = reading.issuer?.line;
  if (heading && !provinceId && heading.kind !== 'ministry') {
    // A district's or commune's header may not name its province; the first province the text names is it.
    const lines = normaliseSource(sourceText).split('\n');
    for (let i = 0; i < lines.length && !provinceId; i++) {
      for (const [id, p] of context.provinces) {
        if (new RegExp(`(tỉnh|thành phố)\\s+${p.name}(?![\\p{L}\\p{M}])`, 'iu').test(lines[i]!)) {
          provinceId = id;
          provinceLine = i + 1;
          break;
        }
      }
    }
  }
  const province = provinceId ? { id: provinceId, ...context.provinces.get(provinceId)! } : undefined;
  const scope: AgencyScope = {
    ...(province ? { province } : {}),
    ...(heading?.locality && (heading.locality.level === 'huyen' || heading.locality.level === 'xa') ? { locality: { level: heading.locality.level, name: heading.locality.name } } : {}),
  };
  if (province) {
    values.province = province.id;
    found.push(`Tỉnh, thành: ${province.name} → ${province.id} (dòng ${provinceLine})`);
  } else if (heading?.kind !== 'ministry') {
    missing.push('Tỉnh, thành: không xác định được từ văn bản');
  }
  if (heading?.kind === 'ubnd' && !heading.locality && !province) {
    missing.push(`Cơ quan ban hành: đầu văn bản chỉ ghi "Ủy ban nhân dân", không rõ của tỉnh, huyện hay xã nào (${at(reading.issuer!)})`);
  } else if (heading && reading.issuer) {
    const issuer = issuerId(heading, province, context, scope);
    if (!issuer) {
      missing.push(`Cơ quan ban hành: ${heading.name} (${at(reading.issuer)}) chưa có trong agencies.yaml và không rõ thuộc tỉnh nào; thêm cơ quan bằng tay`);
    } else {
    values.issuer = issuer.id;
    if (issuer.draft) newAgencies.set(issuer.id, issuer.draft);
    found.push(`Cơ quan ban hành: ${heading.name} → ${issuer.id}${issuer.draft ? ' (cơ quan mới, thêm vào agencies.yaml)' : ''} (${at(reading.issuer)})`);
    }
  }

  // Header facts.
  if (reading.documentNumber) {
    const parsed = parseDocumentNumber(reading.documentNumber.value);
    if (parsed.ok) {
      values.documentNumber = parsed.value.text;
      found.push(`Số ký hiệu: ${values.documentNumber} (${at(reading.documentNumber)})`);
    } else {
      missing.push(`Số ký hiệu: "${reading.documentNumber.value}" (${at(reading.documentNumber)}) không đúng dạng số/ký hiệu`);
    }
  }
  if (reading.documentType) {
    values.documentType = reading.documentType.value;
    found.push(`Loại văn bản: ${PLAN_TYPES[reading.documentType.value]} → ${reading.documentType.value} (${at(reading.documentType)})`);
  }
  if (reading.place) {
    values.place = reading.place.value;
    found.push(`Nơi ban hành: ${reading.place.value} (${at(reading.place)})`);
  }
  if (reading.issuedOn) {
    values.issuedOn = reading.issuedOn.value;
    found.push(`Ngày ban hành: ${dmy(reading.issuedOn.value)} (${at(reading.issuedOn)})`);
  }
  if (reading.title) {
    values.title = reading.title.value;
    found.push(`Trích yếu: ${reading.title.value} (${at(reading.title)})`);
  }
  if (reading.signer) {
    values.signer = { name: reading.signer.name.value, ...(reading.signer.role ? { role: reading.signer.role.value } : {}) };
    found.push(`Người ký: ${reading.signer.name.value} (${at(reading.signer.name)})${reading.signer.role ? `, chức vụ ${reading.signer.role.value} (${at(reading.signer.role)})` : ''}`);
  }
  if (reading.period) {
    values.period = reading.period.value;
    found.push(`Thời gian thực hiện: ${reading.period.value} (${at(reading.period)})`);
  }
  if (reading.effectiveOnIssue && reading.issuedOn) found.push(`Ngày có hiệu lực: từ ngày ký (${at(reading.effectiveOnIssue)})`);

  // Legal basis.
  const legalDocuments: PlanDraft['legalDocuments'] = [];
  for (const cited of reading.citations) {
    const result = legalBasisOf(cited.value, context, province, newAgencies);
    if ('skip' in result) {
      missing.push(`Căn cứ: ${describe(cited.value)} (${at(cited)}) ${result.skip}`);
      continue;
    }
    if (values.legalBasis.includes(result.id)) continue;
    values.legalBasis.push(result.id);
    if (result.draft) {
      legalDocuments.push({ path: `legal-documents/${result.id}.yaml`, text: result.draft });
      found.push(`Căn cứ: ${describe(cited.value)} → ${result.id} (văn bản mới: kiểm tra tệp legal-documents/${result.id}.yaml) (${at(cited)})`);
    } else {
      found.push(`Căn cứ: ${describe(cited.value)} → ${result.id} (${at(cited)})`);
    }
  }

  // Themes and audiences, only where the text names them.
  const themeText = fold(reading.themesText.map((t) => t.value).join(' ') + ' ' + reading.tasks.map((t) => t.title.value).join(' '));
  for (const [pattern, id] of THEMES) if (pattern.test(themeText) && context.themes.includes(id)) values.themes.push(id);
  if (values.themes.length) found.push(`Lĩnh vực: ${values.themes.join(', ')} (theo trích yếu, phần căn cứ và tên nhiệm vụ)`);
  else missing.push('Lĩnh vực: văn bản không nêu lĩnh vực nào trong danh mục themes.yaml');
  values.audiences = reading.audiences.map((a) => a.value);
  if (reading.audiences.length) found.push(`Đối tượng: ${values.audiences.join('; ')} (${at(reading.audiences[0]!)})`);
  else missing.push('Đối tượng: văn bản không có mục "Đối tượng"');

  // Tasks. Units without a province are central ones only in a central body's plan.
  const central = heading?.kind === 'ministry';
  const taskLines: string[] = [];
  reading.tasks.forEach((task, i) => {
    const lead = task.lead.flatMap((l) => agencyIds(l, scope, context, newAgencies, missing, `Nhiệm vụ ${i + 1}, chủ trì`, central));
    const partners = task.partners.flatMap((l) => agencyIds(l, scope, context, newAgencies, missing, `Nhiệm vụ ${i + 1}, phối hợp`, central)).filter((id) => !lead.includes(id));
    values.tasks.push({ title: task.title.value, lead, partners, ...(task.deadline ? { deadline: task.deadline.value } : {}) });
    const parts = [
      `chủ trì ${lead.join(', ') || '?'}${task.leadFromSentence ? ' (đọc từ câu văn, kiểm tra lại)' : ''}`,
      partners.length ? `phối hợp ${partners.join(', ')}` : '',
      task.deadline ? `thời hạn ${task.deadline.value}${task.deadlineNote ? ` (${task.deadlineNote})` : ''}` : '',
    ].filter(Boolean);
    taskLines.push(`Nhiệm vụ ${i + 1}: ${task.title.value} — ${parts.join('; ')} (${at(task.title)})`);
    if (lead.length === 0) missing.push(`Nhiệm vụ ${i + 1} (${at(task.title)}): không thấy cơ quan chủ trì`);
    if (!task.deadline) missing.push(`Nhiệm vụ ${i + 1} (${at(task.title)}): ${task.deadlineText ? `thời hạn "${task.deadlineText.value}" không quy được về quý, năm, ngày, "hằng năm" hay "thường xuyên"` : 'không thấy thời gian thực hiện'}`);
  });
  found.push(...taskLines);
  found.push(`Văn bản nguồn: ${WRITTEN_FROM[source.value]} → writtenFrom: ${source.value} (đoán vì ${source.because}; kiểm tra lại)`);

  // Where the entry goes: as npm run new names it.
  const year = (values.issuedOn ? Number(values.issuedOn.slice(0, 4)) : undefined) ?? reading.year?.value;
  const owner = province?.id ?? values.issuer ?? 'chua-ro-co-quan';
  const id = values.documentNumber && year && values.issuer
    ? expectedPlanId({ year, provinceId: province?.id, issuerId: values.issuer, documentNumber: values.documentNumber })
    : `${year ?? 'chua-ro-nam'}/${owner}-chua-co-so-${slugify(values.title ?? 'ke-hoach').split('-').slice(2, 8).join('-')}`;
  if (!values.documentNumber) missing.push(`Tên tệp: chưa có số ký hiệu nên tạm đặt plans/${id}.md; khi có số, đổi tên theo gợi ý của npm run check:content`);
  const attachment = original && (original.extension === 'pdf' || original.extension === 'docx' || original.extension === 'doc') ? `${id}.${original.extension}` : undefined;

  const text = renderPlan(values, reading, context, attachment);
  return { values, path: `plans/${id}.md`, text, newAgencies: [...newAgencies.values()], legalDocuments, ...(attachment ? { attachment } : {}), found, missing };
}

/**
 * How much of the original the text holds, as far as its shape tells: a decision without the plan it
 * issues, a text that runs to its signature, or the opening pages of one that stops before it.
 */
function writtenFromOf(reading: PlanReading): { value: WrittenFrom; because: string } {
  if (reading.documentType?.value === 'quyet-dinh' && reading.tasks.length === 0) return { value: 'quyet-dinh-ban-hanh', because: 'quyết định không kèm nhiệm vụ của kế hoạch' };
  if (reading.signer?.role) return { value: 'toan-van', because: 'văn bản có khối chữ ký ở cuối' };
  return { value: 'phan-dau', because: 'không thấy khối chữ ký ở cuối văn bản' };
}

function issuerId(header: NonNullable<PlanReading['issuer']>['value'], province: { id: string; name: string; kind: string } | undefined, context: ImportContext, scope: AgencyScope) {
  // A committee whose header lost its second line ("ỦY BAN NHÂN DÂN" alone) is named after the province the text gives.
  const heading = header.kind === 'ubnd' && !header.locality && province
    ? { ...header, name: `Ủy ban nhân dân ${province.kind === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${province.name}` }
    : header;
  const byName = [...context.agencies].find(([, a]) => fold(a.name) === fold(heading.name));
  if (byName) return { id: byName[0] };
  const level = heading.kind === 'ministry' ? 'trung-uong' : heading.locality?.level === 'huyen' ? 'huyen' : heading.locality?.level === 'xa' ? 'xa' : 'tinh';
  const localSlug = heading.locality ? slugify(heading.locality.name) : '';
  const id =
    heading.kind === 'ministry' ? slugify(heading.name)
    : !province ? slugify(heading.name)
    : heading.kind === 'ubnd' && (level === 'huyen' || level === 'xa') ? `ubnd-${level}-${localSlug}-${province.id}`
    : heading.kind === 'ubnd' ? `ubnd-${province.id}`
    : heading.kind === 'hdph' && level !== 'tinh' ? `hdphpbgdpl-${localSlug}-${province.id}`
    : heading.kind === 'hdph' ? `hdphpbgdpl-${province.id}`
    : resolveAgency(heading.name, { province, ...(scope.locality ? { locality: scope.locality } : {}) }, context.agencies) as { id: string };
  if (typeof id !== 'string') return id;
  if (context.agencies.has(id)) return { id };
  // A local body must name its province; without one it is left for the editor rather than drafted half-filled.
  if (level !== 'trung-uong' && !province) return undefined;
  const short = heading.kind === 'ubnd' && level === 'tinh' ? { shortName: `UBND ${province?.kind === 'thanh-pho' ? 'TP' : 'tỉnh'} ${province?.name}` } : {};
  const draft: AgencyDraft = { id, name: heading.name, level, ...short, ...(province && level !== 'trung-uong' ? { province: province.id } : {}) };
  return { id, draft };
}

function agencyIds(name: Found<string>, scope: AgencyScope, context: ImportContext, drafts: Map<string, AgencyDraft>, missing: string[], label: string, central: boolean): string[] {
  const known = new Map<string, KnownAgency>([...context.agencies, ...[...drafts].map(([id, d]) => [id, d] as [string, KnownAgency])]);
  const result = resolveAgency(name.value, scope, known);
  if ('draft' in result && result.draft && result.draft.level === 'trung-uong' && !central) {
    missing.push(`${label}: "${name.value}" (${at(name)}) chưa có trong agencies.yaml và không rõ thuộc tỉnh nào; thêm bằng tay`);
    return [];
  }
  if ('unresolved' in result) {
    missing.push(`${label}: "${name.value}" (${at(name)}) không chỉ một cơ quan cụ thể; bỏ qua`);
    return [];
  }
  if (result.draft) drafts.set(result.id, result.draft);
  return [result.id];
}

function describe(doc: CitedDocument): string {
  return [doc.name ?? doc.typeWord, doc.number ? `số ${doc.number}` : '', doc.issuedOn ? `ngày ${dmy(doc.issuedOn)}` : doc.year ? `năm ${doc.year}` : ''].filter(Boolean).join(' ');
}

/** A cited document's id in content/legal-documents, or a drafted entry, or why it is left out. */
function legalBasisOf(doc: CitedDocument, context: ImportContext, province: { id: string } | undefined, drafts: Map<string, AgencyDraft>): { id: string; draft?: string } | { skip: string } {
  const type = LEGAL_TYPE_OF[doc.typeWord];
  if (!type) return { skip: `là ${doc.typeWord.toLocaleLowerCase('vi')}, không thuộc danh mục văn bản pháp luật; nêu trong phần thân nếu cần` };
  const slug = doc.number ? documentNumberSlug(doc.number) : undefined;
  for (const [id, known] of context.legalDocuments) if (slug && documentNumberSlug(known.number) === slug) return { id };
  if (!doc.number && doc.name) {
    // A law cited by name alone: a later law of the same name replaces it, so its year tells which one.
    const named = [...context.legalDocuments].filter(([, known]) => fold(known.title) === fold(doc.name!));
    const dated = doc.year ? named.filter(([, known]) => known.issuedOn?.startsWith(`${doc.year}-`)) : named;
    if (dated.length === 1) return { id: dated[0]![0] };
    if (dated.length > 1) return { skip: `trùng tên với ${dated.map(([id]) => id).join(', ')}; văn bản không ghi năm nên chọn tay` };
  }
  if (doc.number && !parseDocumentNumber(doc.number).ok) return { skip: `có số "${doc.number}" không đúng dạng; bỏ qua` };
  const id = `${type}-${slug ?? slugify(doc.name!.replace(/^(Bộ luật|Luật)\s+/u, ''))}`;
  const issuer = legalIssuer(doc, context, province, drafts);
  const title = doc.name ?? (doc.about ? `${doc.typeWord} ${doc.about.replace(/^về việc\s+/u, '')}` : undefined);
  const draft = [
    `# Nháp do npm run import tạo từ phần căn cứ của một kế hoạch: kiểm tra từng trường với văn bản này.`,
    // A document cited by name alone gets a name-based file; its id follows its number once that is known (src/lib/entry-identity.ts).
    ...(doc.number ? [] : [`# Văn bản được dẫn theo tên, chưa có số: khi điền number, đổi tên tệp thành ${type}-<số ký hiệu viết thường không dấu>.yaml (npm run check:content chỉ tên đúng) và sửa mã này ở legalBasis của kế hoạch.`]),
    `number: ${quote(doc.number ?? TO_WRITE)}`,
    `type: ${type}`,
    `title: ${quote(title ?? TO_WRITE)}`,
    `issuer: ${issuer ?? quote(TO_WRITE)}`,
    `issuedOn: ${doc.issuedOn ?? quote(TO_WRITE)}`,
    `summary: ${quote(`${TO_WRITE} Văn bản này quy định gì, nói bằng lời của mình.`)}`,
    '',
  ].join('\n');
  return { id, draft };
}

function legalIssuer(doc: CitedDocument, context: ImportContext, province: { id: string } | undefined, drafts: Map<string, AgencyDraft>): string | undefined {
  const code = doc.number ?? '';
  const by = fold(doc.issuer ?? '');
  const central = (id: string, name: string) => {
    if (!context.agencies.has(id)) drafts.set(id, { id, name, level: 'trung-uong' });
    return id;
  };
  if (/QH\d*$/u.test(code) || by === 'quoc hoi' || doc.typeWord === 'Luật' || doc.typeWord === 'Bộ luật') return central('quoc-hoi', 'Quốc hội');
  if (/TTg$/u.test(code) || by.startsWith('thu tuong')) return central('thu-tuong', 'Thủ tướng Chính phủ');
  if (/-(KL|CT)\/TW$/u.test(code) || by === 'ban bi thu') return central('ban-bi-thu', 'Ban Bí thư Trung ương Đảng');
  if (/-CP$/u.test(code) || by === 'chinh phu') return central('chinh-phu', 'Chính phủ');
  if (/-BTP$/u.test(code) || by.includes('bo tu phap')) return central('bo-tu-phap', 'Bộ Tư pháp');
  if (province && (/-UBND$/u.test(code) || by.startsWith('uy ban nhan dan') || by.startsWith('ubnd'))) return context.agencies.has(`ubnd-${province.id}`) || drafts.has(`ubnd-${province.id}`) ? `ubnd-${province.id}` : undefined;
  return undefined;
}

function renderPlan(values: DraftValues, reading: PlanReading, context: ImportContext, attachment?: string): string {
  const todo = quote(TO_WRITE);
  const period = values.period ? parsePeriod(values.period) : undefined;
  const endYear = period?.ok ? period.value.end?.year : undefined;
  const status = period?.ok ? (endYear !== undefined && endYear < context.today.getUTCFullYear() ? 'da-ket-thuc' : 'dang-thuc-hien') : undefined;
  const list = (items: readonly (string | number)[], indent = '  ') => (items.length ? items.map((i) => `\n${indent}- ${typeof i === 'number' ? i : /^[a-z0-9-]+$/.test(i) ? i : quote(i)}`).join('') : ` [${todo}]`);
  const lines = [
    '---',
    '# Nháp do npm run import tạo: kiểm tra từng trường với văn bản gốc, thay mọi chỗ [CẦN VIẾT], rồi chạy npm run check:content.',
    `title: ${quote(values.title ?? TO_WRITE)}`,
    `documentNumber: ${quote(values.documentNumber ?? TO_WRITE)}`,
    `documentType: ${values.documentType ?? todo}`,
    `issuer: ${values.issuer ?? todo}`,
  ];
  if (values.signer) {
    lines.push('signer:', `  name: ${quote(values.signer.name)}`);
    if (values.signer.role) lines.push(`  role: ${quote(values.signer.role)}`);
  }
  lines.push(`issuedOn: ${values.issuedOn ?? todo}`);
  if (reading.effectiveOnIssue && values.issuedOn) lines.push(`effectiveOn: ${values.issuedOn}`);
  lines.push(
    `period: ${values.period ? quote(values.period) : todo}`,
    `status: ${status ?? todo}`,
    `summary: ${quote(`${TO_WRITE} Tóm tắt kế hoạch bằng lời của mình.`)}`,
    `legalBasis:${values.legalBasis.length ? list(values.legalBasis) : ' []'}`,
    `themes:${list(values.themes)}`,
    `audiences:${values.audiences.length ? list(values.audiences) : ' []'}`,
  );
  if (values.tasks.length) {
    lines.push('tasks:');
    for (const task of values.tasks) {
      lines.push(`  - title: ${quote(task.title)}`, `    lead:${list(task.lead, '      ')}`);
      if (task.partners.length) lines.push(`    partners:${list(task.partners, '      ')}`);
      lines.push(`    deadline: ${task.deadline === undefined ? todo : typeof task.deadline === 'number' ? task.deadline : quote(task.deadline)}`);
    }
  } else {
    lines.push('tasks: []');
  }
  if (attachment) {
    lines.push('attachments:', `  - file: ${attachment}`, `    title: ${quote(`Toàn văn ${PLAN_TYPES[(values.documentType ?? 'ke-hoach') as keyof typeof PLAN_TYPES]} ${values.documentNumber ?? ''}`.trim())}`);
  }
  lines.push(
    `# Văn bản nguồn, đoán từ văn bản đã nhập; sửa nếu sai: ${Object.keys(WRITTEN_FROM).join(', ')}.`,
    `writtenFrom: ${values.writtenFrom}`,
    'source:',
    `  publisher: ${quote(TO_WRITE)}`,
    '#  url: "https://…"',
    '#  publishedOn: 2020-10-27',
    '---',
    '',
    `${TO_WRITE} Phần thân: mục đích, yêu cầu và nội dung chính, viết bằng lời của mình. Dùng "## Tiêu đề" để chia mục.`,
    '',
  );
  return lines.join('\n');
}

/** The YAML block appended to agencies.yaml for one new agency. */
export function agencyYaml(agency: AgencyDraft): string {
  return [
    `${agency.id}:`,
    `  name: ${agency.name}`,
    ...(agency.shortName ? [`  shortName: ${agency.shortName}`] : []),
    `  level: ${agency.level}`,
    ...(agency.province ? [`  province: ${agency.province}`] : []),
    '',
  ].join('\n');
}
