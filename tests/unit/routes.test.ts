import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { parseContent } from '../../src/editor-tools/content-check';
import { provincesPage } from '../../src/routes/browse';
import { homePage } from '../../src/routes/home';
import { legalDocumentPage } from '../../src/routes/legal-document';
import { listingPages, listingPaths } from '../../src/routes/listings';
import { quarterPage, quarterPaths, quartersIndexPage } from '../../src/routes/quarter';
import { topicPage, topicPaths } from '../../src/routes/topic';
import { ui } from '../../src/ui/vi';
import { readContent } from './helpers/content';

const catalog = buildCatalog(parseContent(readContent()).raw);

describe('listings', () => {
  const pages = listingPages(catalog);
  it('give every listing page its own path, as the rest parameter of the one listing route', () => {
    const params = listingPaths(catalog).map((p) => p.params.listing);
    expect(new Set(params).size).toBe(params.length);
    expect(params).toEqual(expect.arrayContaining(['ke-hoach', 'ke-hoach/2020', 'tinh-thanh/can-tho', 'linh-vuc/hoa-giai-o-co-so', 'van-ban/ket-luan-80-kl-tw/ke-hoach', 'chu-de/2020/quy-4/nhiem-vu']));
  });
  it('cover all plans, each year, each current province, each theme, each cited document and each quarter twice', () => {
    const firstPages = pages.filter((p) => p.page.current === 1);
    expect(firstPages).toHaveLength(1 + catalog.plansByYear.size + 34 + catalog.themes.size + catalog.plansCiting.size + 2 * catalog.quarters.length);
  });
  it('carry what the page shows: a province includes its former provinces, a quarter lists tasks', () => {
    const canTho = pages.find((p) => p.page.path === '/tinh-thanh/can-tho/')!;
    expect(canTho.kind).toBe('plans');
    expect(canTho.intro).toBe('1 kế hoạch. Gồm cả kế hoạch của tỉnh Hậu Giang, tỉnh Sóc Trăng trước ngày 01/7/2025.');
    expect(canTho.head.breadcrumbs!.map((c) => c.label)).toEqual([ui.breadcrumbs.home, ui.nav.provinces, 'Cần Thơ']);
    const tasks = pages.find((p) => p.page.path === '/chu-de/2020/quy-4/nhiem-vu/')!;
    expect(tasks.kind).toBe('tasks');
    expect(tasks.page.items.length).toBeGreaterThan(0);
  });
  it('link the years from the plan listings only', () => {
    expect(pages.find((p) => p.page.path === '/ke-hoach/')!.nav!.links.map((l) => l.label)).toEqual(['2023', '2022', '2020', '2019']);
    expect(pages.find((p) => p.page.path === '/tinh-thanh/lang-son/')!.nav).toBeUndefined();
  });
});

describe('pages', () => {
  it('quarter: shortened lists link to the full listing only when they are cut', async () => {
    const [{ props }] = quarterPaths(catalog).filter((p) => p.params.year === '2020' && p.params.quarter === 'quy-4') as [ReturnType<typeof quarterPaths>[number]];
    const page = quarterPage(props.digest);
    expect(page.title).toBe('Định hướng tuyên truyền Quý IV/2020');
    expect(page.tasksDue.more).toBeUndefined();
    expect(page.share.qrLabel).toBe('Mã QR mở trang định hướng tuyên truyền Quý IV/2020');
  });
  it('topic: resolves the plans it cites into links', async () => {
    const withPlans = topicPaths(catalog).map((p) => p.props.topic).find((t) => t.plans.length > 0)!;
    const page = topicPage(withPlans);
    const row = page.rows.find((r) => r.key === ui.topic.row.plans)!;
    expect(row.value).toEqual(withPlans.plans.map((p) => ({ text: `${p.typeLabel} ${p.documentNumber}`, href: `/ke-hoach/${p.id}/` })));
    expect(page.head.breadcrumbs!.map((c) => c.href)).toContain(`/chu-de/${withPlans.quarter.year}/`);
  });
  it('legal document: counts the plans that cite it and names what replaced it', () => {
    const page = legalDocumentPage(catalog.legalDocuments.get('qd-25-2021-qd-ttg')!, catalog);
    expect(page.rows.find((r) => r.key === ui.legalDocument.row.replacedBy)!.value).toEqual({ text: 'Quyết định 27/2025/QĐ-TTg', href: '/van-ban/qd-27-2025-qd-ttg/' });
    expect(page.citingPlansHeading).toBe(`Kế hoạch dẫn văn bản này (${catalog.plansCiting.get('qd-25-2021-qd-ttg')?.length ?? 0})`);
  });
  it('home: features the latest quarter with topics, and the newest plans', () => {
    const page = homePage(catalog, new Date('2024-05-01'));
    expect(page.featured!.heading).toBe('Chủ đề tuyên truyền Quý II/2024');
    expect(page.newest.map((p) => p.documentNumber)).toEqual(['26/KH-UBND', '31/KH-HĐPHPBGDPL', '176/KH-UBND', '972/KH-UBND']);
  });
  it('provinces and quarters indexes: every current province, newest year first', () => {
    expect(provincesPage(catalog).items).toHaveLength(34);
    expect(provincesPage(catalog).items.find((p) => p.href === '/tinh-thanh/can-tho/')).toMatchObject({ label: 'TP Cần Thơ', note: 'Gồm cả: Sóc Trăng, Hậu Giang' });
    const years = quartersIndexPage(catalog).years.map((y) => y.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
