/**
 * Search over an index built in parts (src/search/index-parts.ts), as a
 * national site's is: the seed site is split into parts of 2 pages (one per
 * year: its plan and its listing), served
 * as a static host would, and searched in Chromium. Citizens' queries must
 * find what they find in one index, and a page must hold every word typed
 * even when some parts do not know one of them.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexManifest } from '../../src/search/index-parts';
import { SEARCH_CASES } from '../e2e/search-queries';
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
    env: buildEnv({ PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: path.join(work, 'cache'), PBGDPL_SEARCH_PART_PAGES: '2' }),
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

/**
 * Runs in a page: each word searched on its own in the merged index, and the parts (primary, or a part's
 * folder) where no page holds it. Source text, because Vitest would rewrite a function's `import()`.
 */
const LACKING_PARTS = `async (words) => {
  const api = await import('/pagefind/pagefind.js');
  const { parts } = await (await fetch('/pagefind/phan.json')).json();
  await api.options({ baseUrl: '/' });
  for (const part of parts) await api.mergeIndex('/pagefind/' + part, { baseUrl: '/' });
  const lacking = [];
  for (const word of words) {
    const { results } = await api.search(word + 'z');
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url));
    const years = urls.map((url) => Number(/^\\/ke-hoach\\/(\\d{4})\\//.exec(url)?.[1] ?? 0));
    if (!years.includes(0)) lacking.push(word + ' (primary)');
    for (const part of parts) {
      const [, from, to] = /nam-(\\d{4})(?:-(\\d{4}))?/.exec(part);
      if (!years.some((y) => y >= Number(from) && y <= Number(to ?? from))) lacking.push(word + ' (' + part + ')');
    }
  }
  return lacking;
}`;

describe('a search index in parts', () => {
  it('lists its parts beside the primary index, each with its own index and no code of its own', () => {
    const { parts } = JSON.parse(readFileSync(path.join(dist, 'pagefind/phan.json'), 'utf8')) as { parts: string[] };
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) {
      const dir = path.join(dist, 'pagefind', part);
      expect(existsSync(path.join(dir, 'pagefind-entry.json')), part).toBe(true);
      expect(globSync('*.pf_meta', { cwd: dir }).length, part).toBe(1);
      expect(globSync('*.{js,pagefind}', { cwd: dir }), part).toEqual([]);
    }
  });

  it(`finds the expected top results for at least 95% of ${SEARCH_CASES.length} citizens' queries, as one index does`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(60);
    const failed: string[] = [];
    for (const c of SEARCH_CASES) {
      const { links } = await search(c.query);
      const missing = c.top3.filter((p) => !links.slice(0, 3).includes(p));
      if (missing.length > 0) failed.push(`"${c.query}": thiếu ${missing.join(', ')}; ba kết quả đầu: ${links.slice(0, 3).join(', ')}`);
    }
    expect((SEARCH_CASES.length - failed.length) / SEARCH_CASES.length, failed.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 240_000);

  it('merges results from several parts', async () => {
    const { links } = await search('hòa giải ở cơ sở');
    const years = new Set(links.map((link) => /^\/ke-hoach\/(\d{4})\//.exec(link)?.[1]).filter(Boolean));
    expect(years.size).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('lists as common only words that every part indexes', async () => {
    const { common } = JSON.parse(readFileSync(path.join(dist, 'pagefind/phan.json'), 'utf8')) as IndexManifest;
    expect(common).toEqual(expect.arrayContaining(['ke', 'hoach']));
    expect(common).not.toContain('khung');
    const page = await browser.newPage();
    try {
      await page.goto(`${site.origin}/`);
      // Each common word, searched on its own, must be found in the primary part and in every year's part.
      const lacking = async (words: string[]) => (await page.evaluate(`(${LACKING_PARTS})(${JSON.stringify(words)})`)) as string[];
      expect(common.length).toBeGreaterThanOrEqual(10);
      expect(await lacking(common)).toEqual([]);
      // and a word most parts lack is caught.
      expect((await lacking(['khung'])).length).toBeGreaterThanOrEqual(2);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('shows no page that lacks a word typed, though most parts do not know that word', async () => {
    // "Long" is in the Vĩnh Long plan and on province pages, "khủng" in the Lai Châu plan and one law: no page holds both.
    const { links, status } = await search('hòa giải khủng long');
    expect(links).toEqual([]);
    expect(status).toContain('Không có kết quả');
  }, 60_000);
});
