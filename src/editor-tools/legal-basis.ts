/**
 * The legal-basis rule (CONTRIBUTING.md, section 6): a plan's `legalBasis` lists the documents the
 * plan itself cites in its opening "Căn cứ …", "Thực hiện …" clause, and nothing else. The checker
 * cannot read the plan's text, but two signs show that a list may break the rule:
 * - a document is also named in the title of another document of the list, which is how documents the
 *   plan never cites slip in ("Quyết định 1521/QĐ-TTg ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW");
 *   a plan may still cite both, so only its text can tell;
 * - a document was issued after the plan, so it cannot be what the plan was issued under.
 * Both are reminders, not errors, until corpora generated for benchmarks (bench/corpus.ts) stop drawing
 * a plan's basis at random from documents of any date.
 */
import type { RawContent } from '../domain/catalog-model';
import { entryFile, type ContentProblem } from '../lib/content-problem';
import { formatDate } from '../lib/dates';
import { LEGAL_DOCUMENT_TYPES } from '../schemas/legal-document';

/** True when `title` names the document numbered `number`, not just a longer number ending the same way. */
function titleNames(title: string, number: string): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(title);
}

export function legalBasisReminders(raw: Pick<RawContent, 'plans' | 'legalDocuments'>): ContentProblem[] {
  const documents = new Map(raw.legalDocuments.map((d) => [d.id, d.data]));
  const label = (id: string) => {
    const doc = documents.get(id)!;
    return `${LEGAL_DOCUMENT_TYPES[doc.type]} ${doc.number}`;
  };
  const reminders: ContentProblem[] = [];
  for (const plan of raw.plans) {
    const cited = plan.data.legalBasis.map((ref) => ref.id).filter((id) => documents.has(id));
    plan.data.legalBasis.forEach((ref, i) => {
      const doc = documents.get(ref.id);
      if (!doc) return;
      const field = `legalBasis.${i}`;
      const file = entryFile(plan, 'plans');
      const namedBy = cited.find((other) => other !== ref.id && titleNames(documents.get(other)!.title, doc.number));
      if (namedBy) {
        reminders.push({
          file,
          field,
          message: `${ref.id} (${label(ref.id)}) có trong tên của ${namedBy} (${label(namedBy)}), cũng ở legalBasis. Chỉ giữ ${ref.id} nếu chính kế hoạch dẫn văn bản này ở đoạn "Căn cứ …", "Thực hiện …"; nếu văn bản chỉ được nhắc trong tên của ${namedBy} thì bỏ khỏi legalBasis`,
        });
      }
      if (plan.data.issuedOn && doc.issuedOn > plan.data.issuedOn) {
        reminders.push({
          file,
          field,
          message: `${ref.id} (${label(ref.id)}) ban hành ngày ${formatDate(doc.issuedOn)}, sau ngày ban hành kế hoạch (${formatDate(plan.data.issuedOn)}): kế hoạch không thể căn cứ văn bản ra đời sau nó. Kiểm tra lại mã văn bản hoặc ngày ban hành`,
        });
      }
    });
  }
  return reminders;
}
