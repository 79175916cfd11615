/**
 * An incremental build (Astro's, with the cacheKeys of src/routes/cache-key.ts)
 * must publish exactly what a cold build of the same content publishes: after
 * each edit, the site rebuilt with the previous build's cache is compared file
 * by file with a site built from nothing. The edits are the ones editors make:
 * a plan's summary (its own page and the listings that show it), a plan's
 * title (also shown on other plans, legal documents, quarters, an MDX body's
 * PlanLink), an agency's name (shown nearly everywhere), a body alone (a
 * `.md` plan, the `.mdx` plan, a topic), a topic's and a news item's title,
 * a legal document's, a theme's and a province's name, the day of the build
 * changing (PBGDPL_BUILD_DAY), and a plan removed
 * (the output folder is kept between builds: src/integrations/stale-output.ts,
 * which removes what a build did not publish, whatever the files' times).
 * The search index puts plans in parts of 2 in each of its layers
 * (src/search/index-layout.ts), as a national site's are in parts of
 * hundreds, so that parts kept from the previous build are compared too.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, FIXTURE_CONTENT } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-incremental-'));
const content = path.join(work, 'content');

async function build(name: string, cache: string, day?: string): Promise<{ dist: string; log: string }> {
  const dist = path.join(work, name);
  const { stdout, stderr } = await run('npm', ['run', '--silent', 'build:site'], {
    env: buildEnv({ PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: cache, PBGDPL_SEARCH_PART_PAGES: '2', ...(day ? { PBGDPL_BUILD_DAY: day } : {}) }),
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
  // Dot-files too, which a glob leaves out.
  const files = (dir: string) => new Set(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))));
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
const cached = (log: string, page: string) => log.split('\n').some((line) => line.includes(page) && /\((?:cached|restored)\)/.test(line));

const cache = path.join(work, 'cache');
let pages = 0;

beforeAll(async () => {
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  const first = await build('dist', cache);
  pages = globSync('**/*.html', { cwd: first.dist }).length;
  // A cold build publishes everything it writes: removing a file there would mean a writer stale-output.ts does not know.
  expect(first.log).not.toMatch(/Bỏ \d+ tệp/);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental build', () => {
  it('after plan edits, renders only what changed and publishes what a cold build does', async () => {
    edit('plans/2023/soc-trang-26-kh-ubnd.md', /^summary: /m, 'summary: Đã sửa tóm tắt. ');
    edit('plans/2020/lang-son-176-kh-ubnd.md', /^title: Kế hoạch thực hiện/m, 'title: Kế hoạch triển khai thực hiện');
    // A file no build published, dated after the build: only what the build did tells it is stale.
    const stray = path.join(work, 'dist', 'ke-hoach', 'khong-con-nua', 'index.html');
    mkdirSync(path.dirname(stray), { recursive: true });
    writeFileSync(stray, '<!doctype html>');
    const later = new Date(Date.now() + 24 * 3600 * 1000);
    utimesSync(stray, later, later);
    const incremental = await build('dist', cache);
    expect(existsSync(stray)).toBe(false);
    expect(pages).toBeGreaterThan(100);
    // Most pages came from the cache, the edited plans' pages did not.
    expect(cachedCount(incremental.log)).toBeGreaterThan(pages / 2);
    expect(rendered(incremental.log, '/ke-hoach/2023/soc-trang-26-kh-ubnd/index.html')).toBe(true);
    expect(rendered(incremental.log, '/ke-hoach/2020/lang-son-176-kh-ubnd/index.html')).toBe(true);
    // Pages with a body have keys too: the .mdx plan and a topic that show neither edited plan came from the cache.
    expect(cached(incremental.log, '/ke-hoach/2019/lai-chau-972-kh-ubnd/index.html')).toBe(true);
    expect(cached(incremental.log, '/chu-de/2024/quy-3/luat-dat-dai-co-hieu-luc/index.html')).toBe(true);
    // The parts of the search index holding the edited plans were indexed again, another was copied.
    const parts = indexParts(incremental.log);
    expect(parts.all).toBeGreaterThanOrEqual(3);
    expect(parts.indexed).toBeGreaterThanOrEqual(2);
    expect(parts.reused).toBeGreaterThanOrEqual(1);

    const cold = await build('cold-1', path.join(work, 'cold-cache-1'));
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

  // Every key holds these entries (src/routes/cache-key.ts): one edit of each renders every page again, so they share a build.
  it('after an agency, a legal document, a theme and a province are renamed, publishes what a cold build does', async () => {
    edit('agencies.yaml', /name: Sở Tư pháp tỉnh Lạng Sơn/, 'name: Sở Tư pháp Lạng Sơn');
    edit('legal-documents/quyet-dinh-619-qd-ttg.yaml', /^title: Quyết định ban hành Quy định/m, 'title: Quyết định ban hành bản Quy định');
    edit('themes.yaml', /name: Hòa giải ở cơ sở/, 'name: Hòa giải cơ sở');
    edit('provinces.yaml', /name: An Giang/, 'name: Tỉnh An Giang');
    const incremental = await build('dist', cache);
    const cold = await build('cold-shared', path.join(work, 'cold-cache-shared'));
    expect(differences(cold.dist, incremental.dist)).toEqual([]);
  }, 240_000);

  it('after edits to bodies alone (a .md plan, the .mdx plan, a topic), to a topic\'s and a news item\'s title, and a plan removed, publishes what a cold build does', async () => {
    edit('plans/2020/lang-son-176-kh-ubnd.md', /ban hành kế hoạch này ngày 27\/10\/2020/, 'ban hành kế hoạch này vào ngày 27/10/2020');
    edit('plans/2019/lai-chau-972-kh-ubnd.mdx', /hướng tới hai mục tiêu:/, 'nhằm hai mục tiêu:');
    edit('topics/2023/quy-1/ke-hoach-pbgdpl-nam-2023.md', /\n\n(\S)/, '\n\nĐoạn mở đầu đã sửa. $1');
    edit('topics/2023/quy-2/muoi-nam-luat-hoa-giai-o-co-so.md', /^title: "Mười năm/m, 'title: "Tròn mười năm');
    edit('news/hoi-nghi-truc-tuyen-trien-khai-qd-1521.md', /^title: Hội nghị trực tuyến/m, 'title: Hội nghị toàn quốc trực tuyến');
    rmSync(path.join(content, 'plans/2022/hai-phong-31-kh-hdphpbgdpl.md'));
    const incremental = await build('dist', cache);
    expect(rendered(incremental.log, '/ke-hoach/2020/lang-son-176-kh-ubnd/index.html')).toBe(true);
    expect(rendered(incremental.log, '/ke-hoach/2019/lai-chau-972-kh-ubnd/index.html')).toBe(true);
    // Nothing of the removed plan is left in the kept output folder.
    expect(existsSync(path.join(incremental.dist, 'ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/index.html'))).toBe(false);
    const cold = await build('cold-bodies', path.join(work, 'cold-cache-bodies'));
    expect(differences(cold.dist, incremental.dist)).toEqual([]);
  }, 240_000);

  it('after the day changes, publishes what a cold build of that day does: agency pages group tasks by the build day', async () => {
    // Years ahead of every deadline in the fixture: every dated task of every agency becomes overdue.
    const day = '2031-02-10';
    const incremental = await build('dist', cache, day);
    expect(readFileSync(path.join(incremental.dist, 'co-quan/so-tu-phap-lang-son/index.html'), 'utf8')).toContain('10/02/2031');
    const cold = await build('cold-day', path.join(work, 'cold-cache-day'), day);
    expect(differences(cold.dist, incremental.dist)).toEqual([]);
  }, 240_000);
});
