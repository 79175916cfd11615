import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agencyTasks, DEADLINE_GROUPS, taskCount } from '../../src/domain/agency-tasks';
import { coverageOf, directiveCoverage, yearCoverage } from '../../src/domain/coverage';
import { deadlineDueOn, parseDeadline } from '../../src/lib/deadline';
import { isoDate, vietnamDay } from '../../src/lib/dates';
import { PROVINCE_TILES } from '../../src/lib/province-tiles';
import { quarterEnd } from '../../src/lib/quarter';
import { documentCoverageCsv, documentCoverageRecord, yearCoverageCsv, yearCoverageRecord } from '../../src/publish/coverage-data';
import { agencyCalendar, calendarTasks } from '../../src/publish/ical';
import { agencyFeedXml } from '../../src/publish/agency-feeds';
import { agencyIndex, agencyView } from '../../src/routes/agencies';
import { CELL_PLAN_LIMIT, documentCoverageView, yearCoverageView } from '../../src/routes/coverage';
import { listingPages } from '../../src/routes/listings';
import { fixtureCatalog } from './coverage-fixture';

const catalog = fixtureCatalog();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const numbers = (plans: { documentNumber: string }[]) => plans.map((p) => p.documentNumber);

describe('coverage of a directive', () => {
  const directives = directiveCoverage(catalog);

  it('lists all 34 current provinces and counts QĐ 1521/QĐ-TTg by province and ministry', () => {
    const c = directives.get('quyet-dinh-1521-qd-ttg')!;
    expect(c.provinces).toHaveLength(34);
    // The district's plan and the central council's plan stand for no province and no ministry.
    expect(c).toMatchObject({ coveredProvinces: 2, provincePlans: 3, coveredMinistries: 2, ministryPlans: 2, otherPlans: 2 });
    expect(c.provinces.filter((p) => p.plans.length > 0).map((p) => p.province.id)).toEqual(['can-tho', 'lang-son']);
  });

  it('lists every ministry of today\'s Government by name, with its plans or none, and no former ministry', () => {
    const c = directives.get('quyet-dinh-1521-qd-ttg')!;
    expect(c.ministries.map((m) => [m.agency.name, numbers(m.plans)])).toEqual([
      ['Bộ Nội vụ', ['60/KH-BLĐTBXH']],
      ['Bộ Tư pháp', ['100/KH-BTP']],
      ['Văn phòng Chính phủ', []],
    ]);
    expect(catalog.currentMinistries.map((a) => a.id)).toEqual(['bo-noi-vu', 'bo-tu-phap', 'van-phong-chinh-phu']);
    // KL 80 has no ministry's plan: the ministries are listed all the same.
    expect(directives.get('ket-luan-80-kl-tw')!.ministries.map((m) => m.plans.length)).toEqual([0, 0, 0]);
  });

  it('files a former ministry\'s plan under its successor and keeps who issued it', () => {
    const noiVu = directives.get('quyet-dinh-1521-qd-ttg')!.ministries.find((m) => m.agency.id === 'bo-noi-vu')!;
    expect(noiVu.plans.map((p) => p.issuer.name)).toEqual(['Bộ Lao động - Thương binh và Xã hội']);
    expect(catalog.agencies.get('bo-lao-dong-thuong-binh-va-xa-hoi')!.successor!.id).toBe('bo-noi-vu');
    expect(catalog.agencies.get('bo-noi-vu')!.successor).toBeUndefined();
  });

  it('files a merged province\'s plan under today\'s province and keeps who issued it', () => {
    const canTho = directives.get('quyet-dinh-1521-qd-ttg')!.provinces.find((p) => p.province.id === 'can-tho')!;
    expect(numbers(canTho.plans)).toEqual(['12/KH-UBND', '50/KH-UBND']);
    expect(canTho.plans.map((p) => p.province!.name)).toEqual(['Cần Thơ', 'Hậu Giang']);
  });

  it('counts KL 80-KL/TW, and has no entry for a document no plan cites', () => {
    expect(directives.get('ket-luan-80-kl-tw')).toMatchObject({ coveredProvinces: 2, provincePlans: 2, coveredMinistries: 0, ministryPlans: 0, otherPlans: 0 });
    expect(directives.has('luat-15-2023-qh15')).toBe(false);
  });

  it('is computed once per catalog', () => {
    expect(coverageOf(catalog)).toBe(coverageOf(catalog));
  });

  it('publishes JSON and CSV with the same counts', () => {
    const c = directives.get('quyet-dinh-1521-qd-ttg')!;
    const json = documentCoverageRecord(c);
    expect(json.counts).toEqual({ provinces: 34, coveredProvinces: 2, provincePlans: 3, ministries: 3, coveredMinistries: 2, ministryPlans: 2, otherPlans: 2 });
    expect(json.ministries.map((m) => [m.id, m.covered, m.plans.map((p) => p.issuer.id)])).toEqual([
      ['bo-noi-vu', true, ['bo-lao-dong-thuong-binh-va-xa-hoi']],
      ['bo-tu-phap', true, ['bo-tu-phap']],
      ['van-phong-chinh-phu', false, []],
    ]);
    expect(json.provinces.find((p) => p.id === 'can-tho')!.plans[1]).toMatchObject({ documentNumber: '50/KH-UBND', issuingProvince: { id: 'hau-giang', name: 'Hậu Giang' }, issuedOn: '2021-01-15' });
    const csv = documentCoverageCsv(c);
    expect(csv.startsWith('\uFEFFgroup,id,name,covered,')).toBe(true);
    const lines = csv.trim().split('\n').slice(1);
    // 32 provinces without a plan, 3 province plans, 2 ministry plans, 1 ministry without a plan.
    expect(lines).toHaveLength(38);
    expect(lines.filter((l) => l.startsWith('province,') && l.includes(',false,'))).toHaveLength(32);
    expect(lines.filter((l) => l.startsWith('ministry,bo-tu-phap,Bộ Tư pháp,true,100/KH-BTP,'))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('ministry,bo-noi-vu,Bộ Nội vụ,true,60/KH-BLĐTBXH,2021-03-05,2021-03-05,Bộ Lao động - Thương binh và Xã hội,'))).toHaveLength(1);
    expect(lines).toContain('ministry,van-phong-chinh-phu,Văn phòng Chính phủ,false,,,,,,');
  });
});

describe('coverage by year', () => {
  const years = yearCoverage(catalog);

  it('has an entry for each year with plans, each with 34 provinces', () => {
    expect([...years.keys()]).toEqual([2019, 2020, 2021, 2022, 2023]);
    for (const y of years.values()) expect(y.provinces).toHaveLength(34);
  });

  it('tells annual plans from Ngày Pháp luật plans', () => {
    const y2021 = years.get(2021)!;
    expect(y2021).toMatchObject({ annualProvinces: 1, lawDayProvinces: 1 });
    const canTho = y2021.provinces.find((p) => p.province.id === 'can-tho')!;
    expect(numbers(canTho.annualPlans)).toEqual(['40/KH-STP', '30/KH-UBND', '12/KH-UBND', '50/KH-UBND']);
    expect(numbers(y2021.provinces.find((p) => p.province.id === 'lang-son')!.lawDayPlans)).toEqual(['200/KH-UBND']);
  });

  it('counts the seed\'s annual plans: Hải Phòng 2022, Sóc Trăng (now Cần Thơ) 2023; a multi-year plan is none', () => {
    expect(years.get(2022)).toMatchObject({ annualProvinces: 1, lawDayProvinces: 0 });
    expect(numbers(years.get(2023)!.provinces.find((p) => p.province.id === 'can-tho')!.annualPlans)).toEqual(['26/KH-UBND']);
    expect(years.get(2019)).toMatchObject({ annualProvinces: 0, lawDayProvinces: 0 });
  });

  it('publishes JSON and CSV', () => {
    const y2021 = years.get(2021)!;
    expect(yearCoverageRecord(y2021).counts).toEqual({ provinces: 34, annualPlanProvinces: 1, lawDayPlanProvinces: 1 });
    const lines = yearCoverageCsv(y2021).trim().split('\n').slice(1);
    // annual: 33 empty + 4 plans; lawDay: 33 empty + 1 plan.
    expect(lines).toHaveLength(71);
  });
});

describe('an agency\'s tasks', () => {
  it('groups by deadline against a day in Quý II/2021', () => {
    const tasks = agencyTasks(catalog, day('2021-05-10')).get('so-tu-phap-can-tho')!;
    const titles = (g: (typeof DEADLINE_GROUPS)[number], role: 'lead' | 'partner' = 'lead') => tasks[role][g].map((t) => t.task.title);
    expect(titles('this-quarter')).toEqual(['Hội nghị quán triệt', 'Báo cáo sơ kết']);
    expect(titles('later')).toEqual(['Tổng kết năm']);
    expect(titles('recurring')).toEqual(['Cập nhật tài liệu']);
    expect(titles('past')).toEqual([]);
    expect(titles('recurring', 'partner')).toEqual(['Hướng dẫn địa phương']);
    expect([taskCount(tasks.lead), taskCount(tasks.partner), tasks.all.length, tasks.plans.length]).toEqual([4, 1, 5, 2]);
  });

  it('moves everything to past once due, and a recurring task once its plan has ended', () => {
    const tasks = agencyTasks(catalog, day('2022-03-01')).get('so-tu-phap-can-tho')!;
    expect(tasks.lead.past.map((t) => t.task.title)).toEqual(['Tổng kết năm', 'Hội nghị quán triệt', 'Báo cáo sơ kết', 'Cập nhật tài liệu']);
    expect(tasks.partner.recurring).toHaveLength(1);
  });

  it('names a supporting agency once per task, even when it also leads', () => {
    const ubnd = agencyTasks(catalog, day('2021-05-10')).get('ubnd-can-tho')!;
    expect([taskCount(ubnd.lead), taskCount(ubnd.partner)]).toEqual([0, 1]);
  });

  it('shows the successor of a merged province\'s agency', () => {
    const all = agencyTasks(catalog, day('2021-05-10'));
    expect(all.get('so-tu-phap-soc-trang')!.successor).toMatchObject({ province: { id: 'can-tho' }, agency: { id: 'so-tu-phap-can-tho' } });
    expect(all.get('ubnd-soc-trang')!.successor!.agency!.id).toBe('ubnd-can-tho');
    const council = all.get('hdphpbgdpl-soc-trang')!.successor!;
    expect(council.province.id).toBe('can-tho');
    expect(council.agency).toBeUndefined();
    expect(all.get('so-tu-phap-can-tho')!.successor).toBeUndefined();
    expect(all.size).toBe(catalog.agencies.size);
  });

  it('has an Atom feed of the plans that give it tasks', () => {
    const xml = agencyFeedXml(agencyTasks(catalog, day('2021-05-10')).get('so-tu-phap-can-tho')!);
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('Chủ trì: Hội nghị quán triệt; Báo cáo sơ kết; Cập nhật tài liệu; Tổng kết năm.');
    expect(xml).toContain('Phối hợp: Hướng dẫn địa phương.');
  });
});

describe('an agency\'s calendar', () => {
  const entry = agencyTasks(catalog, day('2021-05-10')).get('so-tu-phap-can-tho')!;
  const ics = agencyCalendar(entry);
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('reads back as iCalendar with one all-day event per dated task', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((e) => [e.startDate.isDate, e.startDate.toString(), e.summary])).toEqual([
      [true, '2021-06-30', '[Chủ trì] Hội nghị quán triệt'],
      [true, '2021-06-30', '[Chủ trì] Báo cáo sơ kết'],
      [true, '2021-12-31', '[Chủ trì] Tổng kết năm'],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(3);
    expect(events[0]!.description).toContain('Kế hoạch 12/KH-UBND');
  });

  it('is the same from one build to the next', () => {
    expect(agencyCalendar(entry)).toBe(ics);
  });

  it('keeps recurring tasks out and past ones in', () => {
    const later = agencyTasks(catalog, day('2022-03-01')).get('so-tu-phap-can-tho')!;
    expect(calendarTasks(later).map((t) => t.task.title)).toEqual(['Tổng kết năm', 'Hội nghị quán triệt', 'Báo cáo sơ kết']);
  });
});

describe('due days and the tile map', () => {
  it('puts a quarter on its last day, a year on 31/12, a date on itself, and nothing on recurring deadlines', () => {
    const due = (text: string) => {
      const parsed = parseDeadline(text);
      if (!parsed.ok) throw new Error(parsed.error);
      const d = deadlineDueOn(parsed.value);
      return d && isoDate(d);
    };
    expect(['Quý I/2024', 'Quý II/2023', 'Quý III/2023', 'Quý IV/2020', '2021', '2023-02-28', 'hằng năm', 'thường xuyên'].map(due)).toEqual([
      '2024-03-31', '2023-06-30', '2023-09-30', '2020-12-31', '2021-12-31', '2023-02-28', undefined, undefined,
    ]);
    expect(isoDate(quarterEnd({ year: 2024, quarter: 1 }))).toBe('2024-03-31');
  });

  it('takes the day in Vietnam, seven hours ahead of UTC', () => {
    expect(isoDate(vietnamDay(new Date('2026-11-23T16:59:00Z')))).toBe('2026-11-23');
    expect(isoDate(vietnamDay(new Date('2026-11-23T17:00:00Z')))).toBe('2026-11-24');
  });

  it('has one tile for each of the 34 current provinces, no two on the same square', () => {
    expect(PROVINCE_TILES.map((t) => t.id).sort()).toEqual(catalog.currentProvinces.map((p) => p.id).sort());
    expect(new Set(PROVINCE_TILES.map((t) => `${t.col},${t.row}`)).size).toBe(34);
    expect(new Set(PROVINCE_TILES.map((t) => t.abbr)).size).toBe(34);
  });
});

describe('route data for coverage sections', () => {
  it('gives a legal document page its map and tables, and none to a document no plan cites', () => {
    const view = documentCoverageView(catalog, 'quyet-dinh-1521-qd-ttg')!;
    expect(view.intro).toBe('2/34 tỉnh, thành có kế hoạch trên cổng (3 kế hoạch); 2/3 bộ, cơ quan ngang bộ có kế hoạch (2 kế hoạch).');
    expect(view.map.tiles.filter((t) => t.covered).map((t) => t.title)).toEqual(['Lạng Sơn: Có kế hoạch', 'Cần Thơ: Có kế hoạch']);
    const canTho = view.provinces.find((r) => r.name === 'Cần Thơ')!;
    expect(canTho.cells[0]!.plans.map((p) => `${p.text} (${p.issuer})`)).toEqual(['12/KH-UBND ngày 01/02/2021 (UBND TP Cần Thơ)', '50/KH-UBND ngày 15/01/2021 (UBND tỉnh Hậu Giang)']);
    expect(view.ministries.map((r) => [r.name, r.href, r.cells[0]!.plans.map((p) => `${p.text} (${p.issuer})`)])).toEqual([
      ['Bộ Nội vụ', '/co-quan/bo-noi-vu/', ['60/KH-BLĐTBXH ngày 05/03/2021 (Bộ LĐTBXH)']],
      ['Bộ Tư pháp', '/co-quan/bo-tu-phap/', ['100/KH-BTP ngày 01/03/2021 (Bộ Tư pháp)']],
      ['Văn phòng Chính phủ', '/co-quan/van-phong-chinh-phu/', []],
    ]);
    expect(view.ministries[2]!.cells[0]!.total).toBe(0);
    expect(documentCoverageView(catalog, 'luat-15-2023-qh15')).toBeUndefined();
  });

  it('names a former ministry\'s successor on its page and in the index', () => {
    const page = agencyView(catalog, 'bo-lao-dong-thuong-binh-va-xa-hoi');
    expect(page.summary.slice(0, 3)).toEqual([
      { key: 'Cấp', value: 'Trung ương' },
      { key: 'Loại cơ quan', value: 'Bộ' },
      { key: 'Sau sáp nhập', value: [{ text: 'Bộ Nội vụ', href: '/co-quan/bo-noi-vu/', note: 'Cơ quan tương ứng hiện nay' }] },
    ]);
    const central = agencyIndex(catalog).groups.find((g) => g.id === 'trung-uong')!.rows;
    expect(central.find((r) => r.name === 'Bộ Lao động - Thương binh và Xã hội')!.note).toBe('nay thuộc Bộ Nội vụ');
    expect(central.find((r) => r.name === 'Bộ Nội vụ')!.note).toBeUndefined();
  });

  it('shows the year section on the first page of a year listing only, with long cells cut short', () => {
    const withCoverage = listingPages(catalog).filter((l) => l.yearCoverage).map((l) => l.page.path);
    expect(withCoverage).toContain('/ke-hoach/2021/');
    expect(withCoverage.every((p) => /^\/ke-hoach\/\d{4}\/$/.test(p))).toBe(true);
    const view = yearCoverageView(catalog, 2021)!;
    const annual = view.rows.find((r) => r.name === 'Cần Thơ')!.cells[0]!;
    expect([annual.total, annual.plans.length, annual.more?.text]).toEqual([4, CELL_PLAN_LIMIT, 'và 1 kế hoạch khác']);
  });
});
