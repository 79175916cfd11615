import { entryFile, type ContentProblem } from '../lib/content-problem';
import { legalDocumentIdentityProblem, planIdentityProblems, topicIdentityProblem } from '../lib/entry-identity';
import { LEGAL_DOCUMENT_TYPES } from '../schemas/legal-document';
import { planDatedOn } from '../schemas/plan';
import type { RawContent } from './catalog-model';

/**
 * Rules that span entries: a file's name must match what it says (year,
 * issuer's province, number; a topic's quarter; a legal document's type and number), and one issuer never uses
 * the same number twice in a year. Needs only the raw entries.
 */
export function identityProblems(raw: Pick<RawContent, 'agencies' | 'plans' | 'topics' | 'legalDocuments'>): ContentProblem[] {
  const provinceOf = new Map(raw.agencies.map((a) => [a.id, a.data.province?.id]));
  // A plan whose issuer is unknown is already reported as a broken reference; its expected name is unknowable.
  const plans = raw.plans.filter((p) => provinceOf.has(p.data.issuer.id)).map((p) => ({
    id: p.id,
    file: p.filePath,
    documentNumber: p.data.documentNumber,
    issuerId: p.data.issuer.id,
    provinceId: provinceOf.get(p.data.issuer.id),
    year: planDatedOn(p.data).getUTCFullYear(),
  }));
  const problems = planIdentityProblems(plans);
  for (const t of raw.topics) {
    const message = topicIdentityProblem(t.id, t.data.quarter);
    if (message) problems.push({ file: entryFile(t, 'topics'), field: '(tên tệp)', message });
  }
  for (const d of raw.legalDocuments) {
    const message = legalDocumentIdentityProblem({ id: d.id, type: d.data.type, typeName: LEGAL_DOCUMENT_TYPES[d.data.type], number: d.data.number, year: d.data.issuedOn.getUTCFullYear() });
    if (message) problems.push({ file: entryFile(d, 'legal-documents'), field: '(tên tệp)', message });
  }
  return problems;
}
