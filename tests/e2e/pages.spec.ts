import { expect, test } from '@playwright/test';
import { parse as parseHtml } from 'node-html-parser';
import { readHtml, sitemapPaths } from './site';

const paths = sitemapPaths();

test('the sitemap lists every kind of page', () => {
  for (const prefix of ['/', '/ke-hoach/', '/ke-hoach/2020/', '/tinh-thanh/can-tho/', '/linh-vuc/', '/chu-de/', '/chu-de/2023/', '/chu-de/2023/quy-4/', '/van-ban/', '/tin-tuc/', '/tim-kiem/']) {
    expect(paths).toContain(prefix);
  }
  expect(paths.length).toBeGreaterThan(100);
});

// What the HTML says is read from the built files; a browser is needed only to run the pages' scripts.
test('every page is in Vietnamese with one h1, a title, a description and a canonical link', () => {
  for (const path of paths) {
    const html = parseHtml(readHtml(path));
    expect(html.querySelector('html')?.getAttribute('lang'), path).toBe('vi');
    expect(html.querySelectorAll('h1'), path).toHaveLength(1);
    expect(html.querySelector('title')?.textContent.trim().length, path).toBeGreaterThan(5);
    expect(html.querySelector('meta[name="description"]')?.getAttribute('content'), path).toBeTruthy();
    expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(new RegExp(`${path}$`));
  }
});

test('every script runs without an error: one page for each set of scripts a page loads', async ({ page }) => {
  const bySet = new Map<string, string>();
  for (const path of paths) {
    const scripts = parseHtml(readHtml(path)).querySelectorAll('script[src]').map((s) => s.getAttribute('src')).sort().join(' ');
    if (!bySet.has(scripts)) bySet.set(scripts, path);
  }
  // Pages without a script, the search page, and the pages with the copy-link button at least.
  expect(bySet.size).toBeGreaterThanOrEqual(3);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  for (const path of bySet.values()) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});

test('an unknown address gets the Vietnamese 404 page', async ({ page }) => {
  const response = await page.goto('/ke-hoach/khong-co/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Không tìm thấy trang');
});

test('a plan page leads with the summary, then metadata, legal basis, tasks and source', async ({ page }) => {
  await page.goto('/ke-hoach/2020/lang-son-176-kh-ubnd/');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.slice(0, 5)).toEqual(['Tóm tắt', 'Thông tin văn bản', 'Căn cứ pháp lý', 'Nội dung chính', 'Nhiệm vụ và thời hạn']);
  await expect(page.locator('dl.summary-list')).toContainText('27/10/2020');
  await expect(page.locator('dl.summary-list')).toContainText('Nguyễn Long Hải');
  await page.getByRole('link', { name: 'Quý IV/2020' }).first().click();
  await expect(page).toHaveURL(/\/chu-de\/2020\/quy-4\/$/);
  await expect(page.locator('main')).toContainText('Quán triệt Kết luận 80-KL/TW');
});

test('a plan page says what it was written from, and offers no original it does not have', async ({ page }) => {
  await page.goto('/ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/');
  const notice = page.locator('[data-written-from]');
  await expect(notice).toContainText('tin, bài viết về kế hoạch 31/KH-HĐPHPBGDPL, không phải từ văn bản gốc');
  await expect(notice.getByRole('link')).toHaveCount(0);
  await expect(page.locator('dl.summary-list')).toContainText('Hải Phòng (trước khi sáp nhập với Hải Dương năm 2025)');
  await page.goto('/ke-hoach/2019/lai-chau-972-kh-ubnd/');
  await expect(page.locator('[data-written-from]').getByRole('link')).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="nhiem-vu"]').getByRole('link')).toHaveCount(0);
});

test('a plan of a merged province says where it belongs now and is listed there', async ({ page }) => {
  await page.goto('/ke-hoach/2023/soc-trang-26-kh-ubnd/');
  await expect(page.locator('dl.summary-list')).toContainText('Sóc Trăng (nay thuộc TP Cần Thơ)');
  await page.goto('/tinh-thanh/can-tho/');
  await expect(page.locator('main')).toContainText('Gồm cả kế hoạch của tỉnh Hậu Giang, tỉnh Sóc Trăng');
  await expect(page.getByRole('link', { name: /Sóc Trăng năm 2023/ })).toBeVisible();
});

test('browsing works with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Theo tỉnh, thành' }).click();
  await page.getByRole('link', { name: 'Tỉnh Lạng Sơn' }).click();
  await page.getByRole('link', { name: /Kết luận số 80-KL\/TW/ }).click();
  await expect(page.locator('h1')).toContainText('176/KH-UBND');
  await page.goto('/tim-kiem/?q=hoa+giai');
  await expect(page.getByRole('status')).toContainText('cần JavaScript');
  await context.close();
});

test('pages fit a 320 px screen without sideways scrolling', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
  for (const path of ['/', '/ke-hoach/2020/lang-son-176-kh-ubnd/', '/tim-kiem/', '/chu-de/2020/quy-4/', '/tinh-thanh/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the keyboard reaches the skip link first, and it lands on the main content', async ({ page }) => {
  await page.goto('/ke-hoach/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#noi-dung$/);
});
