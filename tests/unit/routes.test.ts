import { assert, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { parseContent } from '../../src/editor-tools/content-check';
import { provincesPage } from '../../src/routes/browse';
import { homePage } from '../../src/routes/home';
import { legalDocumentPage } from '../../src/routes/legal-document';
import { listingPages, listingPaths } from '../../src/routes/listings';
import { quarterPage, quarterPaths, quartersIndexPage, quarterYearPaths, type QuarterSummary } from '../../src/routes/quarter';
import { topicPage } from '../../src/routes/topic';
import { ui } from '../../src/ui/vi';
import { readContent } from './helpers/content';

const catalog = buildCatalog(parseContent(readContent()).raw);
const DEC_4_2026 = new Date(Date.UTC(2026, 11, 4));

describe('listings', () => {
  const pages = listingPages(catalog);
  it('give every listing page its own path, as the rest parameter of the one listing route', () => {
    const params = listingPaths(catalog).map((p) => p.params.listing);
    expect(new Set(params).size).toBe(params.length);
    expect(params).toEqual(expect.arrayContaining(['ke-hoach', 'ke-hoach/2020', 'tinh-thanh/can-tho', 'linh-vuc/hoa-giai-o-co-so', 'van-ban/ket-luan-80-kl-tw/ke-hoach', 'chu-de/2020/quy-4/nhiem-vu']));
  });
  it('cover all plans, each year, each current province, each theme, each cited document and each quarter twice', () => {
    const firstPages = pages.filter((p) => p.page.current === 1).map((p) => p.page.path);
    const under = (prefix: string) => firstPages.filter((path) => path.startsWith(prefix)).sort();
    expect(under('/ke-hoach/')).toEqual(['/ke-hoach/', '/ke-hoach/2019/', '/ke-hoach/2020/', '/ke-hoach/2022/', '/ke-hoach/2023/']);
    // Every province of today, Hà Nội with no plan as much as Cần Thơ with Sóc Trăng's.
    expect(under('/tinh-thanh/')).toHaveLength(34);
    expect(under('/tinh-thanh/')).toEqual(expect.arrayContaining(['/tinh-thanh/ha-noi/', '/tinh-thanh/can-tho/']));
    // Every theme of themes.yaml, "luat-moi" and "ngay-phap-luat" with no plan.
    expect(under('/linh-vuc/')).toEqual([
      '/linh-vuc/chuan-tiep-can-phap-luat/',
      '/linh-vuc/chuyen-doi-so/',
      '/linh-vuc/doi-tuong-dac-thu/',
      '/linh-vuc/hoa-giai-o-co-so/',
      '/linh-vuc/luat-moi/',
      '/linh-vuc/ngay-phap-luat/',
      '/linh-vuc/pbgdpl/',
    ]);
    // The documents in the plans' legalBasis; those only topics or news cite have no such listing.
    expect(under('/van-ban/')).toEqual([
      '/van-ban/chi-thi-32-ct-tw/ke-hoach/',
      '/van-ban/ket-luan-80-kl-tw/ke-hoach/',
      '/van-ban/luat-14-2012-qh13/ke-hoach/',
      '/van-ban/luat-35-2013-qh13/ke-hoach/',
      '/van-ban/quyet-dinh-1521-qd-ttg/ke-hoach/',
      '/van-ban/quyet-dinh-25-2021-qd-ttg/ke-hoach/',
      '/van-ban/quyet-dinh-619-qd-ttg/ke-hoach/',
    ]);
    // A quarter a plan is issued in (2019 Q2, 2020 Q4, 2022 Q1, 2023 Q1), a task falls due in (2020 Q4) or a topic is filed under.
    const quarters = ['2019/quy-2', '2020/quy-4', '2022/quy-1', '2023/quy-1', '2023/quy-2', '2023/quy-3', '2023/quy-4', '2024/quy-1', '2024/quy-2', '2024/quy-3', '2024/quy-4', '2025/quy-1', '2025/quy-3', '2025/quy-4', '2026/quy-4'];
    expect(under('/chu-de/')).toEqual(quarters.flatMap((q) => [`/chu-de/${q}/ke-hoach/`, `/chu-de/${q}/nhiem-vu/`]).sort());
    // 1 + 4 years + 34 provinces + 7 themes + 7 documents + 2 × 15 quarters: no listing beyond these.
    expect(firstPages).toHaveLength(83);
  });
  it('carry what the page shows: a province includes its former provinces, a quarter lists tasks', () => {
    const canTho = pages.find((p) => p.page.path === '/tinh-thanh/can-tho/')!;
    expect(canTho.kind).toBe('plans');
    expect(canTho.intro).toBe('1 kế hoạch. Gồm cả kế hoạch của tỉnh Hậu Giang, tỉnh Sóc Trăng trước ngày 01/7/2025.');
    expect(canTho.head.breadcrumbs!.map((c) => c.label)).toEqual([ui.breadcrumbs.home, ui.nav.provinces, 'Cần Thơ']);
    const tasks = pages.find((p) => p.page.path === '/chu-de/2020/quy-4/nhiem-vu/')!;
    assert(tasks.kind === 'tasks');
    expect(tasks.page.items.map(({ plan, task }) => [plan.documentNumber, task.title])).toEqual([['176/KH-UBND', 'Quán triệt Kết luận 80-KL/TW và nâng cao trách nhiệm của hệ thống chính trị']]);
  });
  it('link the years from the plan listings only', () => {
    expect(pages.find((p) => p.page.path === '/ke-hoach/')!.nav!.links.map((l) => l.label)).toEqual(['2023', '2022', '2020', '2019']);
    expect(pages.find((p) => p.page.path === '/tinh-thanh/lang-son/')!.nav).toBeUndefined();
  });
});

describe('pages', () => {
  it('quarter: shortened lists link to the full listing only when they are cut', async () => {
    const [{ props }] = quarterPaths(catalog).filter((p) => p.params.year === '2020' && p.params.quarter === 'quy-4') as [ReturnType<typeof quarterPaths>[number]];
    const page = quarterPage(props.overview);
    expect(page.title).toBe('Định hướng tuyên truyền Quý IV/2020');
    expect(page.tasksDue.more).toBeUndefined();
    expect(page.share.qrLabel).toBe('Mã QR mở trang định hướng tuyên truyền Quý IV/2020');
  });
  it('topic: resolves the plans it cites into links', () => {
    const page = topicPage(catalog.topics.get('2023/quy-2/muoi-nam-luat-hoa-giai-o-co-so')!, catalog);
    const row = page.rows.find((r) => r.key === ui.topic.row.plans)!;
    expect(row.value).toEqual([{ text: 'Kế hoạch 26/KH-UBND', href: '/ke-hoach/2023/soc-trang-26-kh-ubnd/' }]);
    expect(page.head.breadcrumbs!.map((c) => c.href)).toContain('/chu-de/2023/');
  });
  it('topic: carries its quarter in the title that previews and printouts show', () => {
    const page = topicPage(catalog.topics.get('2023/quy-4/ngay-phap-luat-2023')!, catalog);
    expect(page.head.title).toBe('Ngày Pháp luật Việt Nam 09/11/2023 (Quý IV/2023)');
    expect(page.kicker).toBe('Chủ đề tuyên truyền Quý IV/2023');
    expect(page.head.image!.alt).toMatch(/^Chủ đề tuyên truyền Quý IV\/2023 · /);
  });
  it('topic: lists its legal documents with their pages and dates, and the channels the plans of its quarter name', () => {
    const page = topicPage(catalog.topics.get('2023/quy-1/ke-hoach-pbgdpl-nam-2023')!, catalog);
    expect(page.documents).toEqual([
      { link: { text: 'Quyết định 25/2021/QĐ-TTg', href: '/van-ban/quyet-dinh-25-2021-qd-ttg/' }, title: 'Quyết định quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật', note: 'Ban hành ngày 22/07/2021' },
      { link: { text: 'Luật 35/2013/QH13', href: '/van-ban/luat-35-2013-qh13/' }, title: 'Luật Hòa giải ở cơ sở', note: 'Có hiệu lực từ 01/01/2014' },
      { link: { text: 'Luật 14/2012/QH13', href: '/van-ban/luat-14-2012-qh13/' }, title: 'Luật Phổ biến, giáo dục pháp luật', note: 'Có hiệu lực từ 01/01/2013' },
    ]);
    // Lạng Sơn's plan runs "từ 2020" and its tasks name four channels; Sóc Trăng's plan of 2023 names none.
    const langSon = { text: 'Kế hoạch 176/KH-UBND của UBND tỉnh Lạng Sơn', href: '/ke-hoach/2020/lang-son-176-kh-ubnd/' };
    expect(page.channels.items).toEqual([
      { label: 'Báo chí, phát thanh, truyền hình', plans: [langSon] },
      { label: 'Cổng, trang thông tin điện tử', plans: [langSon] },
      { label: 'Nhà trường, hoạt động ngoại khóa', plans: [langSon] },
      { label: 'Tư vấn pháp luật, trợ giúp pháp lý', plans: [langSon] },
    ]);
    expect(page.tasks.list.total).toBe(0);
    expect(page.tasks.empty).toBe('Không có nhiệm vụ nào có thời hạn trong quý này.');
  });
  it('topic: shows the tasks that plans on the portal set for its quarter', () => {
    const topic = catalog.topics.get('2023/quy-1/ke-hoach-pbgdpl-nam-2023')!;
    const page = topicPage({ ...topic, quarter: { year: 2020, quarter: 4 } }, catalog);
    expect(page.tasks.heading).toBe('Nhiệm vụ đến hạn trong Quý IV/2020');
    expect(page.tasks.list.items.map(({ plan, task }) => [plan.documentNumber, task.deadlineLabel])).toEqual([['176/KH-UBND', 'Quý IV/2020']]);
  });
  it('legal document: counts the plans that cite it and names what replaced it', () => {
    const page = legalDocumentPage(catalog.legalDocuments.get('quyet-dinh-25-2021-qd-ttg')!, catalog);
    expect(page.rows.find((r) => r.key === ui.legalDocument.row.replacedBy)!.value).toEqual({ text: 'Quyết định 27/2025/QĐ-TTg', href: '/van-ban/quyet-dinh-27-2025-qd-ttg/' });
    // Only Sóc Trăng's plan of 2023 names it in its legal basis.
    expect(page.citingPlansHeading).toBe('Kế hoạch dẫn văn bản này (1)');
  });
  it('home: features the latest quarter with topics, and the newest plans', () => {
    const page = homePage(catalog, new Date('2024-05-01'));
    expect(page.featured!.heading).toBe('Chủ đề tuyên truyền Quý II/2024');
    expect(page.newest.map((p) => p.documentNumber)).toEqual(['26/KH-UBND', '31/KH-HĐPHPBGDPL', '176/KH-UBND', '972/KH-UBND']);
  });
  it('provinces and quarters indexes: every current province, newest year first', () => {
    expect(provincesPage(catalog).items).toHaveLength(34);
    expect(provincesPage(catalog).items.find((p) => p.href === '/tinh-thanh/can-tho/')).toMatchObject({ label: 'TP Cần Thơ', note: 'Gồm cả: Sóc Trăng, Hậu Giang' });
    const years = quartersIndexPage(catalog, DEC_4_2026).years.map((y) => y.year);
    expect(years).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
  });
  it('quarters index and year pages: every quarter up to the coming one, each with its topics or "chưa có chủ đề"', () => {
    const [y2027, y2026] = quartersIndexPage(catalog, DEC_4_2026).years;
    const shown = (q: QuarterSummary) => [q.label, q.href ?? null, q.badge ?? null, q.summary];
    expect(y2027!.quarters.map(shown)).toEqual([['Quý I/2027', null, 'Quý tới', 'Chưa có chủ đề; không có nhiệm vụ đến hạn hay kế hoạch ban hành.']]);
    expect(y2026!.quarters.map(shown)).toEqual([
      ['Quý I/2026', null, null, 'Chưa có chủ đề; không có nhiệm vụ đến hạn hay kế hoạch ban hành.'],
      ['Quý II/2026', null, null, 'Chưa có chủ đề; không có nhiệm vụ đến hạn hay kế hoạch ban hành.'],
      ['Quý III/2026', null, null, 'Chưa có chủ đề; không có nhiệm vụ đến hạn hay kế hoạch ban hành.'],
      ['Quý IV/2026', '/chu-de/2026/quy-4/', 'Quý hiện tại', '1 chủ đề · 0 nhiệm vụ đến hạn · 0 kế hoạch ban hành'],
    ]);
    const year2020 = quarterYearPaths(catalog, DEC_4_2026).find((p) => p.params.year === '2020')!.props.page;
    expect(year2020.quarters.map((q) => [q.id, q.topics.length, q.summary])).toEqual([
      ['quy-1', 0, 'Chưa có chủ đề; không có nhiệm vụ đến hạn hay kế hoạch ban hành.'],
      ['quy-2', 0, 'Chưa có chủ đề; không có nhiệm vụ đến hạn hay kế hoạch ban hành.'],
      ['quy-3', 0, 'Chưa có chủ đề; không có nhiệm vụ đến hạn hay kế hoạch ban hành.'],
      ['quy-4', 0, 'Chưa có chủ đề; có 1 nhiệm vụ đến hạn và 1 kế hoạch ban hành.'],
    ]);
    expect(quarterYearPaths(catalog, DEC_4_2026).map((p) => p.params.year)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027']);
  });
});
