/**
 * The same site built for a sub-path (a ministry server at /pbgdpl/): every
 * link, asset and search request stays under it, and search works there.
 */
import { execFile } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { launchChromium, searchResults, serveStatic } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-base-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const BASE = '/pbgdpl/';
// A BASE_URL variable in the environment (Vitest sets one; so do some CI hosts) must not override the base.

describe('a build under a sub-path', () => {
  it('keeps every link, asset and search request under it', async () => {
    const dist = path.join(work, 'dist');
    await run('npm', ['run', '--silent', 'build:site'], {
      env: { ...process.env, BASE_URL: '/', PBGDPL_BASE: BASE, PBGDPL_SITE: 'https://example.gov.vn', PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: path.join(work, 'cache') },
      maxBuffer: 20 * 1024 * 1024,
    });

    const broken: string[] = [];
    let checked = 0;
    for (const file of globSync('**/*.html', { cwd: dist })) {
      for (const match of readFileSync(path.join(dist, file), 'utf8').matchAll(/\s(?:href|src|action)="([^"]+)"/g)) {
        const target = match[1]!;
        if (/^(https?:|mailto:|#|data:)/.test(target)) continue;
        checked++;
        const local = target.split(/[?#]/)[0]!.slice(BASE.length - 1);
        const onDisk = path.join(dist, local, local.endsWith('/') ? 'index.html' : '');
        if (!target.startsWith(BASE) || !existsSync(onDisk)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.gov.vn/pbgdpl/sitemap-index.xml');

    const site = await serveStatic(dist, BASE);
    const browser = await launchChromium();
    try {
      expect(await searchResults(browser, `${site.origin}${BASE}tim-kiem/?q=176%2FKH-UBND`)).toContain(`${BASE}ke-hoach/2020/lang-son-176-kh-ubnd/`);
    } finally {
      await browser.close();
      site.close();
    }
  }, 180_000);
});
