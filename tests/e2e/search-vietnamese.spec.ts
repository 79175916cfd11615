import { expect, test, type Page } from '@playwright/test';
import { decodeIndexed, foldedWords } from '../../src/search/text';
import { foldVietnamese as fold } from '../../src/lib/vietnamese';
import { parseQuery } from '../../src/search/query';
import { SEARCH_CASES, searchAgain, type SearchCase } from './search-queries';
import { storedPages } from './site';

interface Shown {
  links: string[];
  cards: string[];
}

async function search(page: Page, query: string): Promise<Shown> {
  await page.goto(`/tim-kiem/?${new URLSearchParams({ q: query })}`);
  await expect(page.getByRole('status')).toContainText(/kết quả/);
  const items = page.locator('[data-search-results] li');
  return {
    links: await items.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    cards: await items.allInnerTexts(),
  };
}

const stored = storedPages();

/**
 * The folded words of what the index holds for a page: its text and its
 * metadata, the other forms of its number or quarter included, as one line.
 */
function indexedWords(path: string): string {
  const page = stored.get(path);
  if (!page) return '';
  return ` ${[page.content, ...Object.values(page.meta)].flatMap((text) => foldedWords(decodeIndexed(text))).join(' ')} `;
}

const phraseCases = new Set(SEARCH_CASES.filter((c) => c.kind !== 'số' && foldedWords(c.query).length >= 2));

// One page for every query: the ranking is the engine's, whichever query came before (tests/build/search-parts.test.ts
// holds the same set to that on an index in parts); the first search of a freshly opened page is tested in search.spec.ts.
test(`at least 95% of ${SEARCH_CASES.length} Vietnamese queries find the expected pages in the first three, and words typed together are found together`, async ({ page }) => {
  test.setTimeout(180_000);
  expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(60);
  expect(phraseCases.size).toBeGreaterThanOrEqual(30);
  await page.goto('/tim-kiem/');
  const failed: string[] = [];
  const apart: string[] = [];
  const apartOnly: string[] = [];
  for (const c of SEARCH_CASES) {
    const { links, status } = await searchAgain(page, c.query);
    const missing = c.top3.filter((p) => !links.slice(0, 3).includes(p));
    if (missing.length > 0) failed.push(`${c.kind} "${c.query}": thiếu ${missing.join(', ')}; ba kết quả đầu: ${links.slice(0, 3).join(', ')}`);
    if (!phraseCases.has(c)) continue;
    expect(links.length, c.query).toBeGreaterThan(0);
    // When no page holds them together, pages holding them apart are shown, and the status says so.
    if (/không liền nhau/.test(status)) {
      apartOnly.push(c.query);
      continue;
    }
    // Words between commas must stand together; "phổ biến, giáo dục pháp luật" is two such groups.
    const groups = parseQuery(c.query).phrases.map((group) => ` ${group.map(fold).join(' ')} `);
    for (const link of links) {
      const words = indexedWords(link);
      if (!groups.every((group) => words.includes(group))) apart.push(`"${c.query}" → ${link}`);
    }
  }
  expect((SEARCH_CASES.length - failed.length) / SEARCH_CASES.length, failed.join('\n')).toBeGreaterThanOrEqual(0.95);
  expect(apart).toEqual([]);
  expect(apartOnly.length, apartOnly.join(', ')).toBeLessThanOrEqual(phraseCases.size * 0.05);
});

test('no result shows hidden index text: terminators, separators, run-together numbers', async ({ page }) => {
  test.setTimeout(120_000);
  const queries: SearchCase['query'][] = ['176khubnd', '352013qh13', 'hoa giai', 'dat dai', 'Đà Nẵng', 'quý 4 2024', 'phap luat', 'QĐ 1521'];
  await page.goto('/tim-kiem/');
  for (const query of queries) {
    const { cards } = await searchAgain(page, query);
    expect(cards.length, query).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card, query).not.toMatch(/\^|\u0335|\p{L}[zZ](?![\p{L}\p{N}])|176khubnd|352013qh13/u);
    }
  }
});

test('a whole-word query marks whole words only: "hoa" never marks "hoạch"', async ({ page }) => {
  await search(page, 'hoa');
  const marks = await page.locator('[data-search-results] mark').allInnerTexts();
  expect(marks.length).toBeGreaterThan(3);
  expect(marks.map((m) => foldedWords(m).join(' '))).not.toContain('hoach');
  expect(marks.every((m) => foldedWords(m).join(' ') === 'hoa')).toBe(true);
});

test('syllables are whole: "Đà Nẵng" does not find pages only about "Đảng" or "nâng"', async ({ page }) => {
  const { links } = await search(page, 'Đà Nẵng');
  expect(links).not.toContain('/van-ban/chi-thi-32-ct-tw/');
  expect(links).not.toContain('/ke-hoach/2020/lang-son-176-kh-ubnd/');
});

test('a quoted query finds that phrase only; an unquoted one offers pages with the words apart after it', async ({ page }) => {
  const quoted = await search(page, '"luật giao thông đường bộ"');
  await expect(page.locator('[data-search-apart]')).toBeHidden();
  const open = await search(page, 'luật giao thông đường bộ');
  expect(open.links).toEqual(quoted.links);
  const apart = page.locator('[data-search-apart]');
  await expect(apart).toBeVisible();
  const apartCount = Number(/\d+/.exec((await apart.textContent()) ?? '')?.[0]);
  expect(apartCount).toBeGreaterThan(0);
  await apart.click();
  await expect(page.locator('[data-search-results] li')).toHaveCount(quoted.links.length + apartCount);
});

test('no result offers a shorter query and links to browse', async ({ page }) => {
  await page.goto(`/tim-kiem/?${new URLSearchParams({ q: 'hòa giải khủng long' })}`);
  await expect(page.getByRole('status')).toHaveText('Không có kết quả.');
  await expect(page.locator('[data-search-help] a').first()).toContainText('hòa giải');
  await expect(page.locator('[data-search-browse]')).toBeVisible();
  await expect(page.locator('[data-search-browse] a')).toHaveCount(4);
});

test('with JavaScript off, the search page explains itself and lists the listings as links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tim-kiem/?q=hoa+giai');
  await expect(page.getByRole('status')).toHaveText('Tìm kiếm cần JavaScript. Bạn vẫn duyệt được mọi nội dung: theo tỉnh, thành · theo năm · theo lĩnh vực · theo quý.');
  for (const name of ['theo tỉnh, thành', 'theo năm', 'theo lĩnh vực', 'theo quý']) {
    await expect(page.getByRole('status').getByRole('link', { name, exact: true })).toBeVisible();
  }
  await context.close();
});

test('a word no page holds is not dropped from the query: no result, and a shorter query offered', async ({ page }) => {
  await page.goto(`/tim-kiem/?${new URLSearchParams({ q: 'xyzw khong co' })}`);
  await expect(page.getByRole('status')).toHaveText('Không có kết quả.');
  await expect(page.locator('[data-search-help] a').first()).toContainText('khong co');
});
