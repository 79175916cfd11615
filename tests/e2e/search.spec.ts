import { expect, test, type Page } from '@playwright/test';
import { SEED_PLANS } from './site';

const results = (page: Page) => page.locator('[data-search-results] li');
const resultLinks = async (page: Page) => {
  await expect(page.getByRole('status')).toContainText(/kết quả/);
  return page.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
};

async function search(page: Page, query: string, filters: Record<string, string> = {}) {
  const params = new URLSearchParams({ q: query, ...filters });
  await page.goto(`/tim-kiem/?${params}`);
  return resultLinks(page);
}

for (const plan of SEED_PLANS) {
  test(`finds ${plan.number} by its number, first`, async ({ page }) => {
    expect((await search(page, plan.number))[0]).toBe(plan.path);
  });

  test(`finds ${plan.number} by its province, with and without diacritics`, async ({ page }) => {
    expect(await search(page, plan.province)).toContain(plan.path);
    expect(await search(page, plan.provinceAscii)).toContain(plan.path);
  });

  test(`finds ${plan.number} by today's province and by theme, as filters`, async ({ page }) => {
    expect(await search(page, '', { tinh: plan.currentProvince })).toContain(plan.path);
    // A theme holds many plans; the number narrows them to this one's page of results.
    expect(await search(page, plan.number, { 'linh-vuc': plan.theme })).toContain(plan.path);
  });
}

test('a number typed without diacritics or separators still finds the plan', async ({ page }) => {
  expect((await search(page, '31/KH-HDPHPBGDPL'))[0]).toBe('/ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/');
  expect((await search(page, '176khubnd'))[0]).toBe('/ke-hoach/2020/lang-son-176-kh-ubnd/');
});

const totalShown = async (page: Page) => Number(/^(\d+) kết quả/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);

test('a query without diacritics finds what the one with them finds', async ({ page }) => {
  const withMarks = await search(page, 'nhà trường');
  const withMarksTotal = await totalShown(page);
  const without = await search(page, 'nha truong');
  // Exact diacritics rank a little higher, so the order may differ; the pages found may not.
  expect(withMarksTotal).toBeLessThanOrEqual(10);
  expect(without.length).toBeGreaterThan(2);
  expect(await totalShown(page)).toBe(withMarksTotal);
  expect([...without].sort()).toEqual([...withMarks].sort());
});

test('results come ten at a time, and the button shows the next ten', async ({ page }) => {
  const first = await search(page, 'pháp luật');
  const total = await totalShown(page);
  expect(first).toHaveLength(10);
  expect(total).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
  await expect(results(page)).toHaveCount(Math.min(20, total));
});

test('filters stay folded until a filter is in use', async ({ page }) => {
  await page.goto('/tim-kiem/?q=hoa+giai');
  await expect(page.getByLabel('Tỉnh, thành')).toBeHidden();
  await page.getByText('Lọc theo tỉnh, năm, loại văn bản, lĩnh vực').click();
  await page.getByLabel('Tỉnh, thành').selectOption('Cần Thơ');
  await expect(page).toHaveURL(/tinh=C%E1%BA%A7n\+Th%C6%A1/);
  await page.goto('/tim-kiem/?tinh=L%E1%BA%A1ng+S%C6%A1n');
  await expect(page.getByLabel('Tỉnh, thành')).toBeVisible();
});

test('filters narrow the results', async ({ page }) => {
  await search(page, 'pháp luật');
  const allTotal = await totalShown(page);
  const plans = await search(page, 'pháp luật', { muc: 'Kế hoạch' });
  const plansTotal = await totalShown(page);
  const canTho2023 = await search(page, 'pháp luật', { tinh: 'Cần Thơ', nam: '2023' });
  expect(plansTotal).toBeLessThan(allTotal);
  expect(plans.every((p) => p.startsWith('/ke-hoach/'))).toBe(true);
  expect(canTho2023).toEqual(['/ke-hoach/2023/soc-trang-26-kh-ubnd/']);
});

test('a shared search URL restores the query and filters, and typing updates the URL', async ({ page }) => {
  await page.goto('/tim-kiem/?q=hoa+giai&tinh=L%E1%BA%A1ng+S%C6%A1n');
  await expect(page.getByLabel('Từ khóa hoặc số ký hiệu')).toHaveValue('hoa giai');
  await expect(page.getByLabel('Tỉnh, thành')).toHaveValue('Lạng Sơn');
  await expect(results(page)).toHaveCount(1);
  await page.getByLabel('Tỉnh, thành').selectOption('');
  await page.getByLabel('Từ khóa hoặc số ký hiệu').fill('ngay phap luat');
  await expect(page).toHaveURL(/\?q=ngay\+phap\+luat$/);
  await expect(results(page).first()).toBeVisible();
});

test('the header search form leads to the results', async ({ page }) => {
  await page.goto('/');
  await page.locator('#header-q').fill('176/KH-UBND');
  await page.locator('#header-q').press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=176%2FKH-UBND$/);
  expect((await resultLinks(page))[0]).toBe('/ke-hoach/2020/lang-son-176-kh-ubnd/');
});
