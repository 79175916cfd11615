/**
 * Where an entry must live, derived from what it says: a plan of UBND tỉnh
 * Lạng Sơn numbered 176/KH-UBND issued in 2020 is plans/2020/lang-son-176-kh-ubnd,
 * so its URL is /ke-hoach/2020/lang-son-176-kh-ubnd/ and never depends on its title.
 * A legal document is named by its type and number: Quyết định 1521/QĐ-TTg is
 * legal-documents/quyet-dinh-1521-qd-ttg, at /van-ban/quyet-dinh-1521-qd-ttg/,
 * the name npm run new and npm run import give it.
 * Also: one issuer never uses the same number twice in a year.
 */
import { entryFile, type ContentProblem } from './content-problem';
import { parseIsoDate } from './dates';
import { documentNumberSlug, parseDocumentNumber } from './document-number';
import type { Quarter } from './quarter';
import { formatQuarter, parseQuarter } from './quarter';
import { segments } from './paths';
import { slugify } from './vietnamese';

export interface PlanIdentity {
  id: string;
  file?: string;
  documentNumber: string;
  issuerId: string;
  /** The issuer's province; central bodies have none and use their own id instead. */
  provinceId?: string;
  year: number;
}

export function expectedPlanId(plan: Omit<PlanIdentity, 'id' | 'file'>): string {
  return `${plan.year}/${plan.provinceId ?? plan.issuerId}-${documentNumberSlug(plan.documentNumber)}`;
}

export function expectedLegalDocumentId(doc: { type: string; number: string }): string {
  return `${doc.type}-${documentNumberSlug(doc.number)}`;
}

/** A number that does not carry its year (1521/QĐ-TTg, unlike 14/2012/QH13): its issuer numbers again from 1 each year. */
const hasYear = (number: string) => /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(number);

/** Why a legal document's file name does not fit its type and number, or undefined when it does. */
export function legalDocumentIdentityProblem(doc: { id: string; type: string; typeName: string; number: string; year: number }): string | undefined {
  const expected = expectedLegalDocumentId(doc);
  // Two decisions may share a number without a year; the year of issue tells them apart.
  const allowed = hasYear(doc.number) ? [expected] : [expected, `${expected}-${doc.year}`];
  if (allowed.includes(doc.id)) return undefined;
  const dated = allowed.length > 1 ? ` (hoặc legal-documents/${allowed[1]}.yaml nếu đã có văn bản khác cùng số)` : '';
  return (
    `tên tệp không khớp nội dung: ${doc.typeName.toLocaleLowerCase('vi')} số ${doc.number} phải là legal-documents/${expected}.yaml${dated}, địa chỉ /van-ban/${expected}/. ` +
    `Đổi tên tệp, sửa mã ở các mục dẫn tới nó và, nếu trang đã đăng, thêm redirectFrom: ["/van-ban/${doc.id}/", "/van-ban/${doc.id}/ke-hoach/"]; nếu tên tệp đúng thì sửa type hoặc number`
  );
}

/** The folders a quarter's topics sit in: topics/2023/quy-4/. */
const topicFolders = (quarter: Quarter) => [String(quarter.year), segments.quarter(quarter)];

/** Where a topic's file is written: its quarter's folders, its title as the name. */
export const topicLocation = (quarter: Quarter, title: string) => ({ folders: topicFolders(quarter), name: slugify(title) });

function expectedTopicPrefix(quarter: Quarter): string {
  return `${topicFolders(quarter).join('/')}/`;
}

export function planIdentityProblems(plans: readonly PlanIdentity[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, PlanIdentity>();
  for (const plan of plans) {
    const expected = expectedPlanId(plan);
    if (plan.id !== expected) {
      const extension = plan.file?.endsWith('.mdx') ? '.mdx' : '.md';
      problems.push({
        file: entryFile({ id: plan.id, filePath: plan.file }, 'plans'),
        field: '(tên tệp)',
        message: `tên tệp không khớp nội dung: kế hoạch số ${plan.documentNumber} ban hành năm ${plan.year} phải là plans/${expected}${extension} (địa chỉ /ke-hoach/${expected}/). Đổi tên tệp; nếu tên tệp đúng thì sửa documentNumber, issuer hoặc issuedOn`,
      });
    }
    const key = `${plan.issuerId}|${plan.year}|${documentNumberSlug(plan.documentNumber)}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entryFile({ id: plan.id, filePath: plan.file }, 'plans'),
        field: 'documentNumber',
        message: `số ký hiệu ${plan.documentNumber} của cùng cơ quan trong năm ${plan.year} đã có ở ${first.file ?? first.id}. Mỗi văn bản chỉ nhập một lần; nếu là văn bản khác, kiểm tra lại số`,
      });
    } else {
      seen.set(key, plan);
    }
  }
  return problems;
}

export function topicIdentityProblem(id: string, quarter: Quarter): string | undefined {
  const prefix = expectedTopicPrefix(quarter);
  if (id.startsWith(prefix) && !id.slice(prefix.length).includes('/')) return undefined;
  const slug = id.split('/').at(-1);
  return `tệp của chủ đề ${formatQuarter(quarter)} phải nằm trong topics/${prefix}, ví dụ topics/${prefix}${slug}.md`;
}

/** How many folders deep a new entry of each collection with files of its own sits: plans/<năm>/…, topics/<năm>/quy-<n>/…. */
export const ENTRY_FOLDERS = { plans: 1, topics: 2, news: 0, legalDocuments: 0 } as const;

export type EntryFolderCollection = keyof typeof ENTRY_FOLDERS;

/** What a new entry's file name is made from, as the web editor holds it before it is saved. */
export interface NewEntryFacts {
  title?: string;
  documentNumber?: string;
  number?: string;
  type?: string;
  issuer?: string;
  issuedOn?: string;
  quarter?: string;
  source?: { publishedOn?: string };
}

/**
 * Where a new entry is written, by the rules the checker holds it to: the
 * folders (as many as ENTRY_FOLDERS says) and the file name without its
 * extension. Undefined while the facts it needs are missing or unreadable.
 */
export function newEntryLocation(
  collection: EntryFolderCollection,
  facts: NewEntryFacts,
  provinceOf: (agencyId: string) => string | undefined,
): { folders: string[]; name: string } | undefined {
  switch (collection) {
    case 'plans': {
      const number = facts.documentNumber ? parseDocumentNumber(facts.documentNumber) : undefined;
      const day = facts.issuedOn || facts.source?.publishedOn;
      const date = day ? parseIsoDate(day) : undefined;
      if (!number?.ok || !date?.ok || !facts.issuer) return undefined;
      const year = date.value.getUTCFullYear();
      const province = provinceOf(facts.issuer);
      const id = expectedPlanId({ year, documentNumber: number.value.text, issuerId: facts.issuer, ...(province ? { provinceId: province } : {}) });
      return { folders: [String(year)], name: id.slice(id.indexOf('/') + 1) };
    }
    case 'topics': {
      const quarter = facts.quarter ? parseQuarter(facts.quarter) : undefined;
      if (!quarter?.ok || !facts.title) return undefined;
      return topicLocation(quarter.value, facts.title);
    }
    case 'news':
      return facts.title ? { folders: [], name: slugify(facts.title) } : undefined;
    case 'legalDocuments': {
      const number = facts.number ? parseDocumentNumber(facts.number) : undefined;
      if (!number?.ok || !facts.type) return undefined;
      return { folders: [], name: expectedLegalDocumentId({ type: facts.type, number: number.value.text }) };
    }
  }
}
