import { describe, expect, it } from 'vitest';
import { buildCatalog, ContentError } from '../../src/domain/catalog';
import { parseContent } from '../../src/editor-tools/content-check';
import { featuredQuarter, quartersByYear } from '../../src/domain/quarters';
import { formatQuarter, quarterKey } from '../../src/lib/quarter';
import { readContent } from './helpers/content';

const { raw } = parseContent(readContent());
const catalog = buildCatalog(raw);

describe('provinces after 01/7/2025', () => {
  it('has 34 current provinces out of 63', () => {
    expect(catalog.provinces.size).toBe(63);
    expect(catalog.currentProvinces).toHaveLength(34);
  });
  it('maps former provinces to the one they joined, and leaves unmerged ones alone', () => {
    expect(catalog.provinces.get('soc-trang')).toMatchObject({ isCurrent: false, currentId: 'can-tho', mergerNote: 'nay thuộc TP Cần Thơ' });
    expect(catalog.provinces.get('bac-lieu')).toMatchObject({ currentId: 'ca-mau', mergerNote: 'nay thuộc tỉnh Cà Mau' });
    expect(catalog.provinces.get('hai-duong')!.currentId).toBe('hai-phong');
    for (const id of ['lai-chau', 'lang-son']) expect(catalog.provinces.get(id)).toMatchObject({ isCurrent: true, formerIds: [] });
    expect(catalog.provinces.get('can-tho')!.formerIds.sort()).toEqual(['hau-giang', 'soc-trang']);
  });
  it('files a plan of a former province under today\'s province', () => {
    const plans = catalog.plansByCurrentProvince.get('can-tho')!.map((p) => p.documentNumber);
    expect(plans).toEqual(['54/KH-UBND', '26/KH-UBND']);
    const plan = catalog.plans.get('2023/soc-trang-26-kh-ubnd')!;
    expect(plan.province!.name).toBe('Sóc Trăng');
    expect(plan.currentProvince!.name).toBe('Cần Thơ');
  });
});

describe('plans', () => {
  it('lists newest first, dating a plan by its source when the issue date is unknown', () => {
    const seeds = ['26/KH-UBND', '31/KH-HĐPHPBGDPL', '176/KH-UBND', '972/KH-UBND'];
    expect(catalog.plansNewestFirst.map((p) => p.documentNumber).filter((n) => seeds.includes(n))).toEqual(seeds);
    const haiPhong = catalog.plans.get('2022/hai-phong-31-kh-hdphpbgdpl')!;
    expect(haiPhong.issuedOn).toBeUndefined();
    expect(haiPhong.year).toBe(2022);
  });
  it('resolves tasks with their agencies and quarter', () => {
    const [first] = catalog.plans.get('2020/lang-son-176-kh-ubnd')!.tasks;
    expect(first!.deadlineLabel).toBe('Quý IV/2020');
    expect(first!.lead.map((a) => a.id)).toEqual(['so-nganh-lang-son', 'ubnd-huyen-lang-son']);
  });
  it('indexes the plans that cite a legal document', () => {
    expect(catalog.plansCiting.get('ket-luan-80-kl-tw')!.map((p) => p.documentNumber)).toEqual(['28/KH-UBND', '159/KH-SGDĐT', '2658/QĐ-BTP', '176/KH-UBND']);
    expect(catalog.plansCiting.get('luat-14-2012-qh13')).toHaveLength(12);
  });
  it('records which document replaced which', () => {
    expect(catalog.legalDocuments.get('qd-25-2021-qd-ttg')).toMatchObject({ replacedBy: 'qd-27-2025-qd-ttg', replaces: ['qd-619-qd-ttg'] });
  });
});

describe('quarters', () => {
  it('collects the tasks due and the plans issued in a quarter', () => {
    const q4 = catalog.quartersByKey.get(quarterKey({ year: 2020, quarter: 4 }))!;
    expect(q4.tasksDue.map((t) => t.plan.documentNumber)).toEqual(['176/KH-UBND']);
    expect(q4.plansIssued.map((p) => p.documentNumber)).toEqual(['2658/QĐ-BTP', '176/KH-UBND']);
  });
  it('has topics for every quarter of 2023 and 2024', () => {
    for (const year of [2023, 2024]) {
      const digests = quartersByYear(catalog).find((y) => y.year === year)!.digests;
      expect(digests.map((d) => [formatQuarter(d.quarter), d.topics.length > 0])).toEqual([1, 2, 3, 4].map((q) => [formatQuarter({ year, quarter: q as 1 }), true]));
    }
  });
  it('features the current quarter, or the latest one before it with topics', () => {
    expect(formatQuarter(featuredQuarter(catalog, new Date(Date.UTC(2026, 10, 23)))!.quarter)).toBe('Quý IV/2026');
    expect(formatQuarter(featuredQuarter(catalog, new Date(Date.UTC(2025, 4, 1)))!.quarter)).toBe('Quý I/2025');
  });
});

describe('broken references', () => {
  it('refuse to build, listing every one with file, field and suggestions', () => {
    const plan = raw.plans.find((p) => p.id === '2020/lang-son-176-kh-ubnd')!;
    const broken = {
      ...raw,
      plans: raw.plans.map((p) =>
        p === plan
          ? { ...p, data: { ...p.data, issuer: { id: 'ubnd-lang-sonn', collection: 'agencies' }, legalBasis: [{ id: 'luat-99-2099-qh99', collection: 'legalDocuments' }] } }
          : p,
      ),
    };
    let error: unknown;
    try {
      buildCatalog(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems.map((p) => p.field)).toEqual(['issuer', 'legalBasis.0']);
    expect((error as Error).message).toContain(`${plan.filePath} → issuer: "ubnd-lang-sonn" không có trong content/agencies.yaml. Có phải bạn muốn: ubnd-lang-son`);
  });
});
