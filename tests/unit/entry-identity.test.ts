import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/editor-tools/content-check';
import { expectedPlanId, legalDocumentIdentityProblem, planIdentityProblems, topicIdentityProblem } from '../../src/lib/entry-identity';
import { readContent } from './helpers/content';

const plan = { id: '2020/lang-son-176-kh-ubnd', file: 'plans/2020/lang-son-176-kh-ubnd.md', documentNumber: '176/KH-UBND', issuerId: 'ubnd-lang-son', provinceId: 'lang-son', year: 2020 };

describe('where an entry lives', () => {
  it('derives a plan id from year, province and number, never from the title', () => {
    expect(expectedPlanId(plan)).toBe('2020/lang-son-176-kh-ubnd');
    expect(expectedPlanId({ ...plan, documentNumber: '31/KH-HĐPHPBGDPL', provinceId: 'hai-phong', year: 2022 })).toBe('2022/hai-phong-31-kh-hdphpbgdpl');
    expect(expectedPlanId({ documentNumber: '2658/QĐ-BTP', issuerId: 'bo-tu-phap', year: 2020 })).toBe('2020/bo-tu-phap-2658-qd-btp');
  });
  it('names the right file when the name and the content disagree', () => {
    const [problem] = planIdentityProblems([{ ...plan, id: '2021/lang-son-176-kh-ubnd', file: 'plans/2021/lang-son-176-kh-ubnd.md' }]);
    expect(problem!.field).toBe('(tên tệp)');
    expect(problem!.message).toContain('phải là plans/2020/lang-son-176-kh-ubnd.md');
  });
  it('refuses the same number twice for one issuer in one year, but not across years', () => {
    const again = { ...plan, id: '2020/lang-son-176-kh-ubnd-ban-sao', file: 'plans/2020/x.md' };
    const problems = planIdentityProblems([plan, again]).filter((p) => p.field === 'documentNumber');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('đã có ở plans/2020/lang-son-176-kh-ubnd.md');
    const nextYear = { ...plan, id: '2021/lang-son-176-kh-ubnd', file: 'plans/2021/lang-son-176-kh-ubnd.md', year: 2021 };
    expect(planIdentityProblems([plan, nextYear])).toEqual([]);
  });
  it('keeps a topic in its quarter folder', () => {
    expect(topicIdentityProblem('2023/quy-4/ngay-phap-luat', { year: 2023, quarter: 4 })).toBeUndefined();
    expect(topicIdentityProblem('2023/quy-3/ngay-phap-luat', { year: 2023, quarter: 4 })).toContain('topics/2023/quy-4/ngay-phap-luat.md');
  });
  it('names a legal document by its type and number, the one convention for every document', () => {
    const decision = { id: 'quyet-dinh-1521-qd-ttg', type: 'quyet-dinh', typeName: 'Quyết định', number: '1521/QĐ-TTg', year: 2020 };
    const law = { id: 'luat-14-2012-qh13', type: 'luat', typeName: 'Luật', number: '14/2012/QH13', year: 2012 };
    expect(legalDocumentIdentityProblem(decision)).toBeUndefined();
    expect(legalDocumentIdentityProblem(law)).toBeUndefined();
    // A number without a year comes back each year: the year of issue may tell two decisions apart; a law's number has its year.
    expect(legalDocumentIdentityProblem({ ...decision, id: 'quyet-dinh-1521-qd-ttg-2020' })).toBeUndefined();
    expect(legalDocumentIdentityProblem({ ...law, id: 'luat-14-2012-qh13-2012' })).toContain('phải là legal-documents/luat-14-2012-qh13.yaml,');
    const abbreviated = legalDocumentIdentityProblem({ ...decision, id: 'qd-1521-qd-ttg' });
    expect(abbreviated).toContain('quyết định số 1521/QĐ-TTg phải là legal-documents/quyet-dinh-1521-qd-ttg.yaml (hoặc legal-documents/quyet-dinh-1521-qd-ttg-2020.yaml nếu đã có văn bản khác cùng số)');
    expect(abbreviated).toContain('redirectFrom: ["/van-ban/qd-1521-qd-ttg/", "/van-ban/qd-1521-qd-ttg/ke-hoach/"]');
  });
  it('finds every legal document of the fixture already named that way, and the checker refuses one that is not', () => {
    const files = readContent();
    const documents = files.filter((f) => f.path.startsWith('legal-documents/'));
    expect(documents.length).toBeGreaterThanOrEqual(15);
    expect(checkContent(files).filter((p) => p.field === '(tên tệp)')).toEqual([]);
    const renamed = files.map((f) => (f.path === 'legal-documents/quyet-dinh-619-qd-ttg.yaml' ? { ...f, path: 'legal-documents/qd-619-qd-ttg.yaml' } : f));
    const problems = checkContent(renamed).filter((p) => p.field === '(tên tệp)');
    expect(problems.map((p) => p.file)).toEqual(['legal-documents/qd-619-qd-ttg.yaml']);
  });
});
