import { describe, expect, it } from 'vitest';
import { expectedPlanId, planIdentityProblems, topicIdentityProblem } from '../../src/lib/entry-identity';

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
});
