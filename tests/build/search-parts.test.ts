/**
 * Search over an index laid out as a national site's is (src/search/index-layout.ts): the seed site's
 * plans in parts of one plan in both layers, and only words on a single plan listed in the directory, so that
 * both ways of answering a query run (rare words lead; parts newest first). Served as a static host
 * would, searched in Chromium: citizens' queries must find what they find in one index, and a page must
 * hold every word typed even when some parts do not know one of them.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAGMENT_PREFIX, hexHasBit, type DirectoryShard } from '../../src/search/directory';
import { paths, searchIndexFiles } from '../../src/lib/paths';
import type { IndexManifest } from '../../src/search/index-layout';
import { decodeIndexed, foldedWords } from '../../src/search/text';
import type { TitleEntry } from '../../src/search/title-lists';
import { SEARCH_CASES, searchAgain } from '../e2e/search-queries';
import { buildEnv, FIXTURE_CONTENT, launchChromium, serveStatic } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-parts-'));
const dist = path.join(work, 'dist');
let site: { origin: string; close: () => void };
let browser: Browser;

beforeAll(async () => {
  const content = path.join(work, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  await run('npm', ['run', '--silent', 'build:site'], {
    env: buildEnv({ PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: path.join(work, 'cache'), PBGDPL_SEARCH_PART_PAGES: '1', PBGDPL_SEARCH_POSTED_PLANS: '1' }),
    maxBuffer: 50 * 1024 * 1024,
  });
  site = await serveStatic(dist);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  site?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The paths of the results shown for `query` and the status line, which may say there are none. */
async function search(query: string): Promise<{ links: string[]; status: string }> {
  const page = await browser.newPage();
  try {
    await page.goto(`${site.origin}/tim-kiem/?${new URLSearchParams({ q: query })}`);
    const status = page.getByRole('status');
    await status.filter({ hasText: /kết quả/ }).waitFor();
    const links = await page.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    return { links, status: (await status.textContent()) ?? '' };
  } finally {
    await page.close();
  }
}

/** Pagefind's stored page for a plan: its fragment, as the search page reads it. */
function storedPage(part: string, fragment: string): { url: string; content: string; meta: Record<string, string> } {
  const data = gunzipSync(readFileSync(path.join(dist, 'pagefind', part, 'fragment', `${FRAGMENT_PREFIX}${fragment}.pf_fragment`)));
  return JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string; meta: Record<string, string> };
}

describe('a search index in parts', () => {
  const manifest = () => JSON.parse(readFileSync(path.join(dist, 'pagefind/phan.json'), 'utf8')) as IndexManifest;

  it('lists its parts of both layers beside the primary index, each with its own index and no code of its own', () => {
    const { record, full, plans } = manifest();
    expect(record.length).toBeGreaterThanOrEqual(2);
    expect(full.length).toBeGreaterThanOrEqual(2);
    for (const layer of [record, full]) {
      expect(layer.reduce((n, p) => n + p.pages, 0)).toBe(plans);
      // Newest first, and no two parts share a month.
      for (let i = 1; i < layer.length; i++) expect(layer[i]!.to < layer[i - 1]!.from).toBe(true);
      for (const { path: part } of layer) {
        const dir = path.join(dist, 'pagefind', part);
        expect(existsSync(path.join(dir, 'pagefind-entry.json')), part).toBe(true);
        expect(globSync('*.pf_meta', { cwd: dir }).length, part).toBe(1);
        expect(globSync('*.{js,pagefind}', { cwd: dir }), part).toEqual([]);
      }
    }
  });

  it("lists each rare word's plans in the directory, and every plan it lists holds the word in the layer it names", () => {
    const { shards, record, full } = manifest();
    let postings = 0;
    for (let i = 0; i < shards; i++) {
      const shard = JSON.parse(readFileSync(path.join(dist, paths.searchIndex(), searchIndexFiles.directoryShard(i)), 'utf8')) as DirectoryShard;
      for (const [word, entry] of Object.entries(shard)) {
        for (const [strength, , , recordPart, recordFragment, fullPart, fullFragment] of entry.p ?? []) {
          postings++;
          const inFull = storedPage(full[fullPart]!.path, fullFragment);
          const inRecord = storedPage(record[recordPart]!.path, recordFragment);
          expect(inRecord.url).toBe(inFull.url);
          const words = (page: typeof inFull) => new Set([...foldedWords(decodeIndexed(page.content)), ...Object.values(page.meta).flatMap((v) => foldedWords(decodeIndexed(v)))]);
          // A number's single-word form is a keyword; every other word stands in the layer the posting says.
          if (/\d/.test(word) && /[a-z]/.test(word)) expect(inFull.meta.keywords, word).toContain(`${word}z`);
          else expect(words(strength > 0 ? inRecord : inFull).has(word), `${word} ${inFull.url}`).toBe(true);
        }
      }
    }
    expect(postings).toBeGreaterThan(100);
  });

  it('writes a title list for each province and year the manifest names, each plan in the list of its year, and nothing else', () => {
    const { titles, record, provinces } = manifest();
    const folder = path.join(dist, paths.searchIndex(), searchIndexFiles.titleLists);
    const written = new Set(globSync('*', { cwd: folder }));
    let lists = 0;
    let plans = 0;
    for (let province = 0; province < provinces.length; province++) {
      for (let at = 0; at < titles.span; at++) {
        if (!hexHasBit(titles.bits, province * titles.span + at)) continue;
        const name = `${province}-${titles.from + at}`;
        const file = path.basename(searchIndexFiles.titleList(name));
        expect(written.has(file), name).toBe(true);
        written.delete(file);
        lists++;
        for (const entry of JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as TitleEntry[]) {
          plans++;
          expect(entry.y).toBe(titles.from + at);
          const page = storedPage(record[entry.r]!.path, entry.f);
          expect(page.url.startsWith(`/ke-hoach/${entry.y}/`), page.url).toBe(true);
          expect(decodeIndexed(page.meta.title!)).toBe(entry.t);
        }
      }
    }
    expect(written, 'files no list names').toEqual(new Set());
    // Each plan of the fixture is a province's, and no two share a province and a year.
    const fixturePlans = globSync('plans/**/*.{md,mdx}', { cwd: FIXTURE_CONTENT }).length;
    expect(fixturePlans).toBeGreaterThanOrEqual(4);
    expect(plans).toBe(fixturePlans);
    expect(lists).toBe(fixturePlans);
  });

  it(`finds the expected top results for at least 95% of ${SEARCH_CASES.length} citizens' queries, as one index does`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(60);
    const failed: string[] = [];
    // One page for every query, as a reader searches again: results must not depend on the parts an earlier query loaded.
    const page = await browser.newPage();
    try {
      await page.goto(`${site.origin}/tim-kiem/`);
      for (const c of SEARCH_CASES) {
        const { links } = await searchAgain(page, c.query);
        const missing = c.top3.filter((p) => !links.slice(0, 3).includes(p));
        if (missing.length > 0) failed.push(`"${c.query}": thiếu ${missing.join(', ')}; ba kết quả đầu: ${links.slice(0, 3).join(', ')}`);
      }
    } finally {
      await page.close();
    }
    expect((SEARCH_CASES.length - failed.length) / SEARCH_CASES.length, failed.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 240_000);

  it('finds a plan by its number from the directory alone: no part of the index is loaded, one plan is fetched', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await page.goto(`${site.origin}/tim-kiem/?${new URLSearchParams({ q: '176/KH-UBND' })}`);
      await page.getByRole('status').filter({ hasText: /kết quả/ }).waitFor();
      const links = await page.locator('[data-search-results] li a').evaluateAll((l) => l.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links[0]).toBe('/ke-hoach/2020/lang-son-176-kh-ubnd/');
      const ofParts = fetched.filter((p) => p.startsWith('/pagefind/phan/'));
      expect(ofParts.filter((p) => p.endsWith('.pf_meta') || p.endsWith('.pf_index'))).toEqual([]);
      expect(ofParts.filter((p) => p.endsWith('.pf_fragment'))).toHaveLength(1);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('searches the newest parts first and offers the older years, whose plans it adds when asked', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.origin}/tim-kiem/?${new URLSearchParams({ q: 'phổ biến giáo dục pháp luật' })}`);
      const status = page.getByRole('status');
      await status.filter({ hasText: /kết quả/ }).waitFor();
      const older = page.locator('[data-search-older]');
      await expect.poll(() => older.isVisible()).toBe(true);
      expect(await older.textContent()).toMatch(/^Xem kết quả các năm trước \(\d{4}–\d{4}, khoảng \d+ kế hoạch\)$/);
      const years = async () => new Set(await page.locator('[data-search-results] li a').evaluateAll((l) => l.map((a) => /\/ke-hoach\/(\d{4})\//.exec((a as HTMLAnchorElement).href)?.[1]).filter(Boolean)));
      const before = await years();
      while (await page.locator('[data-search-more]').isVisible()) await page.locator('[data-search-more]').click();
      await older.click();
      await expect.poll(async () => (await years()).size).toBeGreaterThan(before.size);
    } finally {
      await page.close();
    }
  }, 60_000);

  it("finds what only a plan's body says through the full-text layer, at once when the records find nothing", async () => {
    const { links, status } = await search('nhà tài trợ cùng tham gia');
    expect(links).toEqual(['/ke-hoach/2023/soc-trang-26-kh-ubnd/']);
    expect(status).toMatch(/^1 kết quả/);
  }, 60_000);

  it('merges results from several parts', async () => {
    const { links } = await search('hòa giải ở cơ sở');
    const years = new Set(links.map((link) => /^\/ke-hoach\/(\d{4})\//.exec(link)?.[1]).filter(Boolean));
    expect(years.size).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('shows no page that lacks a word typed, though most parts do not know that word', async () => {
    // "Long" is in the Vĩnh Long plan and on province pages, "khủng" in the Lai Châu plan and one law: no page holds both.
    const { links, status } = await search('hòa giải khủng long');
    expect(links).toEqual([]);
    expect(status).toContain('Không có kết quả');
  }, 60_000);
});
