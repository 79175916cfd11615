import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { ContentError } from '../../src/domain/content-error';
import { parseContent } from '../../src/editor-tools/content-check';
import { channelsInQuarter, channelsNamedIn } from '../../src/domain/channels';
import { featuredQuarter, quarterCalendar, quartersWithoutTopic } from '../../src/domain/quarters';
import { formatQuarter, quarterKey } from '../../src/lib/quarter';
import { readContent } from './helpers/content';

const { raw } = parseContent(readContent());
const catalog = buildCatalog(raw);
const DEC_4_2026 = new Date(Date.UTC(2026, 11, 4));

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
    expect(plans).toEqual(['26/KH-UBND']);
    const plan = catalog.plans.get('2023/soc-trang-26-kh-ubnd')!;
    expect(plan.province!.name).toBe('Sóc Trăng');
    expect(plan.currentProvince!.name).toBe('Cần Thơ');
  });
});

describe('plans', () => {
  it('lists newest first, dating a plan by its source when the issue date is unknown', () => {
    expect(catalog.plansNewestFirst.map((p) => p.documentNumber)).toEqual(['26/KH-UBND', '31/KH-HĐPHPBGDPL', '176/KH-UBND', '972/KH-UBND']);
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
    expect(catalog.plansCiting.get('ket-luan-80-kl-tw')!.map((p) => p.documentNumber)).toEqual(['176/KH-UBND']);
    expect(catalog.plansCiting.get('luat-14-2012-qh13')).toHaveLength(3);
  });
  it('records which document replaced which', () => {
    expect(catalog.legalDocuments.get('quyet-dinh-25-2021-qd-ttg')).toMatchObject({ replacedBy: 'quyet-dinh-27-2025-qd-ttg', replaces: ['quyet-dinh-619-qd-ttg'] });
  });
});

describe('quarters', () => {
  it('collects the tasks due and the plans issued in a quarter', () => {
    const q4 = catalog.quartersByKey.get(quarterKey({ year: 2020, quarter: 4 }))!;
    expect(q4.tasksDue.map((t) => t.plan.documentNumber)).toEqual(['176/KH-UBND']);
    expect(q4.plansIssued.map((p) => p.documentNumber)).toEqual(['176/KH-UBND']);
  });
  it('has topics for every quarter of 2023 and 2024', () => {
    const calendar = quarterCalendar(catalog, DEC_4_2026);
    for (const year of [2023, 2024]) {
      const quarters = calendar.find((y) => y.year === year)!.quarters;
      expect(quarters.map((q) => [formatQuarter(q.quarter), (q.overview?.topics.length ?? 0) > 0])).toEqual([1, 2, 3, 4].map((q) => [formatQuarter({ year, quarter: q as 1 }), true]));
    }
  });
  it('lays out every quarter from the first year to the coming quarter, gaps included', () => {
    const calendar = quarterCalendar(catalog, DEC_4_2026);
    expect(calendar.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    const last = calendar.slice(-2).flatMap((y) => y.quarters.map((q) => [formatQuarter(q.quarter), q.timing, q.overview?.topics.length ?? null]));
    expect(last).toEqual([
      ['Quý I/2026', 'past', null],
      ['Quý II/2026', 'past', null],
      ['Quý III/2026', 'past', null],
      ['Quý IV/2026', 'current', 1],
      ['Quý I/2027', 'coming', null],
    ]);
  });
  it('finds the current or coming quarter that has no topic', () => {
    const topicQuarters = [...catalog.topics.values()].map((t) => t.quarter);
    expect(quartersWithoutTopic(topicQuarters, DEC_4_2026).map(formatQuarter)).toEqual(['Quý I/2027']);
    expect(quartersWithoutTopic(topicQuarters, new Date(Date.UTC(2024, 6, 1))).map(formatQuarter)).toEqual([]);
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

describe('channels named in plans', () => {
  it('reads whole expressions, so that a report ("báo cáo") is not the press', () => {
    expect(channelsNamedIn('Báo cáo kết quả về Sở Tư pháp trước ngày 15/12')).toEqual([]);
    expect(channelsNamedIn('Phát huy báo chí; tổ chức Hội thi hòa giải viên giỏi; duy trì loa truyền thanh ở thôn')).toEqual(['bao-chi', 'loa-truyen-thanh', 'cuoc-thi']);
  });
  it('counts only the plans carried out in the quarter', () => {
    expect(channelsInQuarter(catalog, { year: 2019, quarter: 4 }).flatMap((c) => c.plans.map((p) => p.documentNumber))).not.toContain('176/KH-UBND');
    expect(channelsInQuarter(catalog, { year: 2027, quarter: 1 }).map((c) => c.channel)).toEqual(['bao-chi', 'trang-thong-tin', 'nha-truong', 'tro-giup-phap-ly']);
  });
});
