/** Open data: a plan's JSON record and the index of every plan. */
import { describe, expect, it } from 'vitest';
import { planRecord, plansIndex } from '../../src/publish/open-data';
import { catalog, langSon } from './helpers/fixture-catalog';

describe('open data', () => {
  it('gives a plan its facts with ISO dates, machine deadlines and absolute links', () => {
    const record = planRecord(langSon);
    expect(record).toMatchObject({ id: '2020/lang-son-176-kh-ubnd', documentNumber: '176/KH-UBND', issuedOn: '2020-10-27', province: { id: 'lang-son' } });
    expect(record.tasks).toHaveLength(langSon.tasks.length);
    expect(record.tasks.find((t) => t.deadline.kind === 'quarter')?.deadline).toMatchObject({ quarter: expect.stringMatching(/^\d{4}-q[1-4]$/) });
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('indexes every plan, newest first', () => {
    const index = plansIndex(catalog);
    expect(index.count).toBe(4);
    expect(index.plans.map((p) => p.id)).toEqual(['2023/soc-trang-26-kh-ubnd', '2022/hai-phong-31-kh-hdphpbgdpl', '2020/lang-son-176-kh-ubnd', '2019/lai-chau-972-kh-ubnd']);
  });
});
