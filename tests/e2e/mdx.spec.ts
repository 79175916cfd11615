/**
 * The sample MDX plan (Lai Châu 972/KH-UBND) shows every editors' component:
 * on a desktop, on a 360 px phone, and printed.
 */
import { expect, test, type Page } from '@playwright/test';
import { readHtml } from './site';

const SAMPLE = '/ke-hoach/2019/lai-chau-972-kh-ubnd/';
const body = (page: Page) => page.locator('section[aria-labelledby="noi-dung-ke-hoach"]');

test('every component renders from the ids in the body', async ({ page }) => {
  await page.goto(SAMPLE);
  const content = body(page);

  const note = content.locator('aside.mdx-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('báo cáo Ủy ban nhân dân tỉnh qua Sở Tư pháp');

  const law = content.locator('.mdx-legal-document');
  await expect(law).toContainText('Luật 14/2012/QH13 (Luật Phổ biến, giáo dục pháp luật)');
  await expect(law.getByRole('link')).toHaveAttribute('href', '/van-ban/luat-14-2012-qh13/');

  const plan = content.locator('.mdx-plan-link');
  await expect(plan).toContainText('Kế hoạch 26/KH-UBND của Ủy ban nhân dân tỉnh Sóc Trăng ngày 07/02/2023');
  await expect(plan.getByRole('link')).toHaveAttribute('href', '/ke-hoach/2023/soc-trang-26-kh-ubnd/');

  const attachment = content.locator('.mdx-attachment');
  await expect(attachment).toContainText(/\(PDF, \d+ KB\)/);
  const href = await attachment.getByRole('link').getAttribute('href');
  expect(href).toBe('/van-ban-goc/2019/lai-chau-972-kh-ubnd-tom-tat.pdf');
  const pdf = await page.request.get(href!);
  expect(pdf.ok()).toBe(true);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  const figure = content.locator('figure.mdx-figure');
  const image = figure.locator('img');
  await image.scrollIntoViewIfNeeded();
  await expect(image).toHaveAttribute('alt', /^Dòng thời gian 2017–2021/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await expect(figure.locator('figcaption')).toContainText('Hình do Cổng PBGDPL vẽ');

  const table = content.locator('table.mdx-table');
  await expect(table.locator('caption')).toHaveText('Các hoạt động trọng tâm của Kế hoạch 972/KH-UBND');
  await expect(table.locator('tbody tr')).toHaveCount(7);
  await expect(table.locator('thead th')).toHaveText(['#', 'Hoạt động trọng tâm', 'Nội dung chính']);
});

test('nothing in the MDX body reaches the page as code', () => {
  const html = readHtml(SAMPLE);
  const section = html.slice(html.indexOf('id="noi-dung-ke-hoach"'), html.indexOf('id="nguon"'));
  expect(section.length).toBeGreaterThan(1000);
  expect(section).not.toMatch(/<script|<style|<iframe|\son[a-z]+=|javascript:/i);
});

test('body headings, .mdx and .md alike, get ids without diacritics that no other element on the page has', () => {
  const cases = [
    [SAMPLE, ['cac-hoat-dong-trong-tam']],
    ['/ke-hoach/2020/lang-son-176-kh-ubnd/', ['muc-dich-yeu-cau', 'nhiem-vu-1']],
  ] as const;
  for (const [sitePath, headingIds] of cases) {
    const html = readHtml(sitePath);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), sitePath).toEqual([]);
    const inBody = [...html.matchAll(/<h[3-6] id="([^"]+)"/g)].map((m) => m[1]);
    expect(inBody, sitePath).toEqual(headingIds);
  }
});

test('on a 360 px phone the table stacks into labelled lines and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(SAMPLE);
  const table = body(page).locator('table.mdx-table');
  await table.scrollIntoViewIfNeeded();
  const cell = table.locator('tbody tr').first().locator('td').nth(2);
  expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
  expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Nội dung chính: "');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = await table.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
});

test('printed, the body keeps every component: note, figure, whole table rows with the header repeated', async ({ page }) => {
  await page.goto(SAMPLE);
  await page.emulateMedia({ media: 'print' });
  const content = body(page);
  await expect(content.locator('aside.mdx-note')).toBeVisible();
  await expect(content.locator('figure.mdx-figure img')).toBeVisible();
  await expect(content.locator('.mdx-attachment')).toBeVisible();
  const table = content.locator('table.mdx-table');
  await expect(table).toBeVisible();
  expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  expect(await table.locator('tbody tr').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  expect(await table.locator('td').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-cell');
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) expect(box).toEqual([595, 842]);
  // The figure is drawn into the PDF as an image.
  expect(pdf).toMatch(/\/Subtype\s*\/Image/);
});
