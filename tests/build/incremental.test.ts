/**
 * An incremental build (Astro's, with the cacheKeys of src/routes/cache-key.ts)
 * must publish exactly what a cold build of the same content publishes: after
 * each edit, the site rebuilt with the previous build's cache is compared file
 * by file with a site built from nothing. The edits are the ones editors make:
 * a plan's summary (its own page and the listings that show it), a plan's
 * title (also shown on other plans, legal documents, quarters, an MDX body's
 * PlanLink), an agency's name (shown nearly everywhere), and a plan removed
 * (the output folder is kept between builds: src/integrations/stale-output.ts).
 * The search index puts plans in parts of 2 in each of its layers
 * (src/search/index-layout.ts), as a national site's are in parts of
 * hundreds, so that parts kept from the previous build are compared too.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, FIXTURE_CONTENT } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-incremental-'));
const content = path.join(work, 'content');

async function build(name: string, cache: string): Promise<{ dist: string; log: string }> {
  const dist = path.join(work, name);
  const { stdout, stderr } = await run('npm', ['run', '--silent', 'build:site'], {
    env: buildEnv({ PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: cache, PBGDPL_SEARCH_PART_PAGES: '2' }),
    maxBuffer: 50 * 1024 * 1024,
  });
  return { dist, log: stdout + stderr };
}

function edit(file: string, from: RegExp, to: string): void {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(full, text.replace(from, to));
}

/** Files that differ, are missing or are extra in `actual` against `expected`. */
function differences(expected: string, actual: string): string[] {
  const files = (dir: string) => new Set(globSync('**/*', { cwd: dir, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))));
  const want = files(expected);
  const got = files(actual);
  const out: string[] = [];
  for (const f of want) if (!got.has(f)) out.push(`thiếu ${f}`);
  for (const f of got) if (!want.has(f)) out.push(`thừa ${f}`);
  for (const f of want) if (got.has(f) && !readFileSync(path.join(expected, f)).equals(readFileSync(path.join(actual, f)))) out.push(`khác ${f}`);
  return out;
}

/** How many pages a build took from its cache, and whether it rendered `page` anew. */
const cachedCount = (log: string) => (log.match(/\((?:cached|restored)\)/g) ?? []).length;
/** The search indexer's parts: in all, indexed anew, copied from the cache. */
function indexParts(log: string): { all: number; indexed: number; reused: number } {
  const [, all, indexed, reused] = /trong (\d+) phần \((\d+) phần lập mới, (\d+) phần lấy từ bộ đệm\)/.exec(log) ?? [];
  return { all: Number(all), indexed: Number(indexed), reused: Number(reused) };
}
const rendered = (log: string, page: string) => log.split('\n').some((line) => line.includes(page) && !/\((?:cached|restored)\)/.test(line));

const cache = path.join(work, 'cache');
let pages = 0;

beforeAll(async () => {
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  const first = await build('dist', cache);
  pages = globSync('**/*.html', { cwd: first.dist }).length;
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental build', () => {
  it('after plan edits, renders only what changed and publishes what a cold build does', async () => {
    edit('plans/2023/soc-trang-26-kh-ubnd.md', /^summary: /m, 'summary: Đã sửa tóm tắt. ');
    edit('plans/2020/lang-son-176-kh-ubnd.md', /^title: Kế hoạch thực hiện/m, 'title: Kế hoạch triển khai thực hiện');
    const incremental = await build('dist', cache);
    expect(pages).toBeGreaterThan(100);
    // Most pages came from the cache, the edited plans' pages did not.
    expect(cachedCount(incremental.log)).toBeGreaterThan(pages / 2);
    expect(rendered(incremental.log, '/ke-hoach/2023/soc-trang-26-kh-ubnd/index.html')).toBe(true);
    expect(rendered(incremental.log, '/ke-hoach/2020/lang-son-176-kh-ubnd/index.html')).toBe(true);
    // The parts of the search index holding the edited plans were indexed again, another was copied.
    const parts = indexParts(incremental.log);
    expect(parts.all).toBeGreaterThanOrEqual(3);
    expect(parts.indexed).toBeGreaterThanOrEqual(2);
    expect(parts.reused).toBeGreaterThanOrEqual(1);

    const cold = await build('cold-1', path.join(work, 'cold-cache-1'));
    expect(differences(cold.dist, incremental.dist)).toEqual([]);
  }, 240_000);

  it('after an agency is renamed, publishes what a cold build does', async () => {
    edit('agencies.yaml', /name: Sở Tư pháp tỉnh Lạng Sơn/, 'name: Sở Tư pháp Lạng Sơn');
    const incremental = await build('dist', cache);
    const cold = await build('cold-2', path.join(work, 'cold-cache-2'));
    expect(differences(cold.dist, incremental.dist)).toEqual([]);
  }, 240_000);

  it('after a plan summary is edited, indexes again only the parts that hold the plan: one of each layer', async () => {
    // The summary also changes the home page and the year's listings, which search does not hold: their parts stay.
    edit('plans/2023/soc-trang-26-kh-ubnd.md', /^summary: Đã sửa tóm tắt\. /m, 'summary: Đã sửa tóm tắt lần hai. ');
    const incremental = await build('dist', cache);
    expect(rendered(incremental.log, '/ke-hoach/2023/soc-trang-26-kh-ubnd/index.html')).toBe(true);
    const parts = indexParts(incremental.log);
    expect(parts.indexed).toBe(2);
    expect(parts.reused).toBe(parts.all - 2);
  }, 240_000);

  it('after a plan is removed, publishes what a cold build does: nothing of the plan is left in the kept output folder', async () => {
    rmSync(path.join(content, 'plans/2022/hai-phong-31-kh-hdphpbgdpl.md'));
    const incremental = await build('dist', cache);
    expect(existsSync(path.join(incremental.dist, 'ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/index.html'))).toBe(false);
    const cold = await build('cold-3', path.join(work, 'cold-cache-3'));
    expect(differences(cold.dist, incremental.dist)).toEqual([]);
  }, 240_000);
});
