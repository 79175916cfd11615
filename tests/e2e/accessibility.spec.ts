import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// One page of each type; together they use every layout and component.
const PAGES = {
  'trang chủ': '/',
  'kế hoạch': '/ke-hoach/2020/lang-son-176-kh-ubnd/',
  'kế hoạch không rõ ngày ban hành': '/ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/',
  'kế hoạch viết MDX, đủ các component': '/ke-hoach/2019/lai-chau-972-kh-ubnd/',
  'danh sách kế hoạch': '/ke-hoach/',
  'kế hoạch theo năm': '/ke-hoach/2023/',
  'tỉnh, thành': '/tinh-thanh/',
  'kế hoạch của một tỉnh': '/tinh-thanh/can-tho/',
  'lĩnh vực': '/linh-vuc/',
  'kế hoạch theo lĩnh vực': '/linh-vuc/hoa-giai-o-co-so/',
  'các quý': '/chu-de/',
  'một năm': '/chu-de/2023/',
  'một quý': '/chu-de/2020/quy-4/',
  'chủ đề': '/chu-de/2023/quy-4/ngay-phap-luat-2023/',
  'văn bản': '/van-ban/',
  'một văn bản': '/van-ban/luat-14-2012-qh13/',
  'văn bản có bản đồ độ phủ': '/van-ban/quyet-dinh-1521-qd-ttg/',
  'cơ quan': '/co-quan/',
  'một cơ quan': '/co-quan/so-tu-phap-lang-son/',
  'cơ quan của tỉnh đã sáp nhập': '/co-quan/so-tu-phap-soc-trang/',
  'dữ liệu mở': '/du-lieu/',
  'tin tức': '/tin-tuc/',
  'một tin': '/tin-tuc/hoi-nghi-truc-tuyen-trien-khai-qd-1521/',
  'tìm kiếm có kết quả': '/tim-kiem/?q=hoa+giai',
  'trang 404': '/404.html',
};

// One browser page visits them all: a fresh page per check cost more than axe itself.
test(`axe finds no WCAG 2.2 AA violation on ${Object.keys(PAGES).length} pages, one of each kind`, async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  for (const [name, path] of Object.entries(PAGES)) {
    await page.goto(path);
    if (path.startsWith('/tim-kiem/')) await expect(page.locator('[data-search-results] li').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    for (const v of results.violations) violations.push(`${name} (${path}) ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  expect(violations).toEqual([]);
});
