/**
 * Coverage and agencies on the built site: which provinces and ministries have
 * a plan under QĐ 1521/QĐ-TTg and KL 80-KL/TW, which provinces published each
 * year's plans, and what each agency owes. Counts on a page are checked
 * against the rows it shows and against the open data, whose plan files are an
 * independent record of tasks.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import { parse as parseHtml } from 'node-html-parser';
import { DIST, readHtml } from './site';

const json = (file: string) => JSON.parse(readFileSync(path.join(DIST, file), 'utf8'));

async function checkDirective(page: Page, id: string, number: string) {
  await page.goto(`/van-ban/${id}/`);
  const section = page.locator('[data-coverage=directive]');
  const data = json(`du-lieu/bao-phu/van-ban/${id}.json`);
  const rows = section.locator('table').first().locator('tbody tr');
  await expect(rows).toHaveCount(34);
  await expect(section.locator('tbody tr[data-covered=true]').first()).toBeVisible();
  const covered = await section.locator('table').first().locator('tbody tr[data-covered=true]').count();
  expect(covered).toBe(data.counts.coveredProvinces);
  await expect(section.locator('[data-coverage-counts]')).toContainText(`${covered}/34 tỉnh, thành có kế hoạch trên cổng (${data.counts.provincePlans} kế hoạch)`);
  await expect(section.locator('[data-coverage-counts]')).toContainText(`${data.counts.coveredMinistries}/${data.counts.ministries} bộ, cơ quan ngang bộ có kế hoạch (${data.counts.ministryPlans} kế hoạch)`);
  // The ministries: all 14 ministries and 3 ministerial-level agencies of Nghị quyết 176/2025/QH15, with a plan or not.
  const ministries = section.locator('[data-coverage=ministries] tbody tr');
  await expect(ministries).toHaveCount(17);
  expect(data.counts.ministries).toBe(17);
  expect(await section.locator('[data-coverage=ministries] tbody tr[data-covered=true]').count()).toBe(data.counts.coveredMinistries);
  const ministry = (name: string) => ministries.filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(ministry('Bộ Tư pháp').getByRole('link', { name: /2658\/QĐ-BTP ngày 31\/12\/2020/ })).toHaveAttribute('href', '/ke-hoach/2020/bo-tu-phap-2658-qd-btp/');
  await expect(ministry('Bộ Quốc phòng')).toContainText('Chưa có trên cổng');
  await expect(ministry('Văn phòng Chính phủ')).toContainText('Chưa có trên cổng');
  // The map: one tile per province, as many filled as rows with a plan.
  await expect(section.locator('svg[role=img] g')).toHaveCount(34);
  await expect(section.locator('svg[role=img] rect.tile-covered')).toHaveCount(covered);
  // Lạng Sơn's plan 176/KH-UBND implements both documents.
  const langSon = rows.filter({ has: page.getByRole('rowheader', { name: 'Lạng Sơn' }) });
  await expect(langSon.getByRole('link', { name: /176\/KH-UBND ngày 27\/10\/2020/ })).toHaveAttribute('href', '/ke-hoach/2020/lang-son-176-kh-ubnd/');
  await expect(rows.filter({ has: page.getByRole('rowheader', { name: 'An Giang' }) })).toContainText('Chưa có trên cổng');
  expect(data.document.number).toBe(number);
  // Against the plans' own open data: every covered province has a plan citing the document, issued there or in a province merged into it.
  const citing = new Set(
    globSync('du-lieu/ke-hoach/*/*.json', { cwd: DIST })
      .map((file) => json(file))
      .filter((plan) => plan.province && plan.legalBasis.some((d: { id: string }) => d.id === id))
      .map((plan) => plan.province.currentId as string),
  );
  const coveredIds = await section.locator('table').first().locator('tbody tr[data-covered=true] th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/')[2]!));
  expect(coveredIds.length).toBeGreaterThanOrEqual(1);
  for (const province of coveredIds) expect(citing, province).toContain(province);
  const csv = readFileSync(path.join(DIST, `du-lieu/bao-phu/van-ban/${id}.csv`), 'utf8');
  expect(csv.split('\n').filter((l) => l.startsWith('province,') && l.includes(',false,'))).toHaveLength(34 - covered);
  expect(csv.split('\n').filter((l) => l.startsWith('ministry,') && l.includes(',false,'))).toHaveLength(17 - data.counts.coveredMinistries);
}

test('coverage of QĐ 1521/QĐ-TTg', async ({ page }) => {
  await checkDirective(page, 'quyet-dinh-1521-qd-ttg', '1521/QĐ-TTg');
  const ministries = page.locator('[data-coverage=ministries] tbody tr');
  const bca = ministries.filter({ has: page.getByRole('rowheader', { name: 'Bộ Công an', exact: true }) });
  await expect(bca.getByRole('link', { name: /8937\/QĐ-BCA-V03 ngày 03\/11\/2021/ })).toHaveAttribute('href', '/ke-hoach/2021/bo-cong-an-8937-qd-bca-v03/');
});

test('a document the plans reach only through another (KL 80-KL/TW, through QĐ 1521) has no coverage of its own', async ({ page }) => {
  // A plan's legal basis is what it cites itself under "Căn cứ" or "Thực hiện" (CONTRIBUTING.md): Lạng Sơn's plan cites QĐ 1521 only.
  await page.goto('/van-ban/ket-luan-80-kl-tw/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('80-KL/TW');
  await expect(page.locator('[data-coverage=directive]')).toHaveCount(0);
  expect(existsSync(path.join(DIST, 'du-lieu/bao-phu/van-ban/ket-luan-80-kl-tw.json'))).toBe(false);
  expect(json('du-lieu/ke-hoach/2020/lang-son-176-kh-ubnd.json').legalBasis.map((d: { id: string }) => d.id)).toEqual(['quyet-dinh-1521-qd-ttg']);
});

test('the coverage table is printed; the map legend and data links are not in the way', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/van-ban/quyet-dinh-1521-qd-ttg/');
  await expect(page.locator('[data-coverage=directive] table').first()).toBeVisible();
  await expect(page.locator('[data-coverage=directive] p.no-print').first()).toBeHidden();
});

test('every year page shows which provinces published their annual and Ngày Pháp luật plans', async ({ page }) => {
  const index = json('du-lieu/bao-phu.json');
  expect(index.years.length).toBeGreaterThanOrEqual(4);
  for (const { year } of index.years) {
    await page.goto(`/ke-hoach/${year}/`);
    const section = page.locator('[data-coverage=year]');
    const data = json(`du-lieu/bao-phu/nam/${year}.json`);
    const rows = section.locator('tbody tr');
    await expect(rows, String(year)).toHaveCount(34);
    const withPlans = (column: number) => rows.evaluateAll((trs, i) => trs.filter((tr) => Number(tr.querySelectorAll('td')[i]!.dataset.planCount) > 0).length, column);
    expect(await withPlans(0), String(year)).toBe(data.counts.annualPlanProvinces);
    expect(await withPlans(1), String(year)).toBe(data.counts.lawDayPlanProvinces);
    await expect(section.locator('[data-coverage-counts]')).toContainText(`${data.counts.annualPlanProvinces}/34 tỉnh, thành`);
  }
  // Sóc Trăng's 2023 plan counts for Cần Thơ, with Sóc Trăng's name kept.
  await page.goto('/ke-hoach/2023/');
  const canTho = page.locator('[data-coverage=year] tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Cần Thơ' }) });
  await expect(canTho).toContainText('26/KH-UBND ngày 07/02/2023 (UBND tỉnh Sóc Trăng)');
});

// Read from the built files, not through a browser: what is checked is the HTML and the files it links, and a
// browser visit to each of a hundred agency pages cost half a minute.
test('every agency page lists its tasks with counts that match the plans\' open data', () => {
  // Independent count: every plan's JSON names each task's lead and supporting agencies.
  const expected = new Map<string, { lead: number; partner: number }>();
  for (const file of globSync('du-lieu/ke-hoach/*/*.json', { cwd: DIST })) {
    for (const task of json(file).tasks as { lead: { id: string }[]; partners: { id: string }[] }[]) {
      const leads = new Set(task.lead.map((a) => a.id));
      for (const id of leads) expected.set(id, { lead: (expected.get(id)?.lead ?? 0) + 1, partner: expected.get(id)?.partner ?? 0 });
      for (const id of new Set(task.partners.map((a) => a.id))) {
        if (!leads.has(id)) expected.set(id, { lead: expected.get(id)?.lead ?? 0, partner: (expected.get(id)?.partner ?? 0) + 1 });
      }
    }
  }

  const agencies = parseHtml(readHtml('/co-quan/'))
    .querySelectorAll('main tbody tr')
    .map((tr) => {
      const link = tr.querySelector('a')!;
      const cells = tr.querySelectorAll('td, th');
      return { href: link.getAttribute('href')!, name: link.textContent, lead: Number(cells[1]!.textContent), partner: Number(cells[2]!.textContent) };
    });
  const inContent = Object.keys(parseYaml(readFileSync(path.resolve(process.env.PBGDPL_CONTENT_DIR ?? 'content', 'agencies.yaml'), 'utf8')));
  expect(agencies.length).toBeGreaterThanOrEqual(15);
  expect(agencies.map((a) => a.href.split('/')[2]).sort()).toEqual(inContent.sort());
  let withTasks = 0;
  for (const agency of agencies) {
    const id = agency.href.split('/')[2]!;
    expect({ lead: agency.lead, partner: agency.partner }, id).toEqual(expected.get(id) ?? { lead: 0, partner: 0 });
    const page = parseHtml(readHtml(agency.href));
    expect(page.querySelector('h1')?.textContent, id).toBe(agency.name);
    if (agency.lead + agency.partner === 0) {
      expect(page.querySelectorAll('[data-task-role]'), id).toHaveLength(0);
    } else {
      withTasks++;
      for (const [role, count] of [['nhiem-vu-chu-tri', agency.lead], ['nhiem-vu-phoi-hop', agency.partner]] as const) {
        const section = page.querySelector(`[data-task-role=${role}]`)!;
        expect(section.getAttribute('data-task-count'), `${id} ${role}`).toBe(String(count));
        const groups = section.querySelectorAll('[data-task-group]').map((el) => ({ count: Number(el.getAttribute('data-task-count')), rows: el.querySelectorAll('tbody tr').length }));
        expect(groups.reduce((n, g) => n + g.count, 0), `${id} ${role}`).toBe(count);
        for (const g of groups) expect(g.rows).toBe(Math.min(g.count, 20));
      }
    }
    const linked = (label: string) => page.querySelectorAll('a').find((a) => a.textContent.trim() === label)?.getAttribute('href');
    const ics = linked('Lịch thời hạn (.ics)');
    expect(ics, id).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path.join(DIST, ics!), 'utf8')));
    for (const event of calendar.getAllSubcomponents('vevent')) expect(new ICAL.Event(event).startDate.isDate).toBe(true);
    const feed = linked('Nguồn tin Atom');
    expect(feed && existsSync(path.join(DIST, feed)), id).toBe(true);
  }
  expect(withTasks).toBeGreaterThanOrEqual(10);
});

test('an agency of a merged province shows today\'s province', async ({ page }) => {
  await page.goto('/co-quan/so-tu-phap-soc-trang/');
  await expect(page.locator('dl.summary-list')).toContainText('Tỉnh đã sáp nhập, nay thuộc TP Cần Thơ');
  await expect(page.locator('[data-task-role=nhiem-vu-chu-tri]')).toContainText('vai trò cơ quan thường trực Hội đồng phối hợp');
  await page.getByRole('link', { name: 'Kế hoạch 26/KH-UBND (UBND tỉnh Sóc Trăng)' }).first().click();
  await expect(page).toHaveURL(/\/ke-hoach\/2023\/soc-trang-26-kh-ubnd\/$/);
});

test('the open-data page documents the coverage files, and each one is there', async ({ page, request }) => {
  await page.goto('/du-lieu/');
  const section = page.locator('section[aria-labelledby=bao-phu]');
  await expect(section.getByRole('heading', { name: 'Độ phủ kế hoạch' })).toBeVisible();
  const links = await section.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.filter((l) => l.endsWith('.csv')).length).toBeGreaterThanOrEqual(8);
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
});

test('the coverage and agency pages read on a 360 px phone without sideways scrolling', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const p of ['/van-ban/quyet-dinh-1521-qd-ttg/', '/ke-hoach/2023/', '/co-quan/', '/co-quan/so-tu-phap-lang-son/']) {
    await page.goto(p);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), p).toBeLessThanOrEqual(360);
  }
});
