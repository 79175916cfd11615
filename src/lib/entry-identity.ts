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
import { documentNumberSlug } from './document-number';
import type { Quarter } from './quarter';
import { formatQuarter } from './quarter';
import { segments } from './paths';

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

function expectedTopicPrefix(quarter: Quarter): string {
  return `${quarter.year}/${segments.quarter(quarter)}/`;
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
