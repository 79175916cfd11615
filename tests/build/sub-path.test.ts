/**
 * The site built for a sub-path (a ministry server at /pbgdpl/), with an entry
 * that moved: served by a plain static server and by nginx with the recipe in
 * deploy/nginx/, every link, asset, preview image, feed, data file and search
 * request stays under the base and answers, old paths still lead to the page,
 * and the security headers let search work.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, editorContentSecurityPolicy } from '../../src/config/security';
import { buildEnv, FIXTURE_CONTENT, launchChromium, searchResults, serveStatic } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-base-'));
// nginx's workers run as an unprivileged user, who must be able to read the build.
chmodSync(work, 0o755);
const dist = path.join(work, 'dist');
const BASE = '/pbgdpl/';
const SITE = 'https://example.gov.vn';
const OLD_PATH = '/ke-hoach/2020/lang-son-176/';
const PLAN_PATH = '/ke-hoach/2020/lang-son-176-kh-ubnd/';

beforeAll(async () => {
  // The seed content, with the Lạng Sơn plan recorded as moved from an older path.
  const content = path.join(work, 'content');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  const planFile = path.join(content, 'plans/2020/lang-son-176-kh-ubnd.md');
  writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^title:/m, `redirectFrom:\n  - ${OLD_PATH}\ntitle:`));
  await run('npm', ['run', '--silent', 'build:site'], {
    // BASE_URL and SITE variables in the environment (Vitest sets them; so do some CI hosts) must not override the base or site.
    env: buildEnv({ BASE_URL: '/', SITE: 'https://wrong.example', PBGDPL_BASE: BASE, PBGDPL_SITE: SITE, PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: path.join(work, 'cache') }),
    maxBuffer: 20 * 1024 * 1024,
  });
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every address the built files point at: links, assets, previews, feeds' and data's own links. */
function referencedPaths(): Set<string> {
  const found = new Set<string>();
  for (const file of globSync('**/*.{html,xml,json}', { cwd: dist })) {
    const text = readFileSync(path.join(dist, file), 'utf8');
    for (const m of text.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) found.add(m[1]!.split(/[?#]/)[0]!);
    for (const m of text.matchAll(new RegExp(`${SITE.replace(/\./g, '\\.')}(/[^"<\\s)]*)`, 'g'))) found.add(m[1]!.split(/[?#]/)[0]!);
  }
  return found;
}

describe('a build under a sub-path, on a plain static server', () => {
  it('answers every link, asset, preview image, feed and data file, all under the base', async () => {
    const site = await serveStatic(dist, BASE);
    try {
      const targets = [...referencedPaths()];
      expect(targets.length).toBeGreaterThan(150);
      expect(targets.filter((t) => !t.startsWith(BASE))).toEqual([]);
      const broken: string[] = [];
      for (const target of targets) {
        const response = await fetch(`${site.origin}${target}`);
        if (response.status !== 200) broken.push(`${target}: ${response.status}`);
      }
      expect(broken).toEqual([]);
      expect(targets.length).toBeGreaterThan(150);
      expect(targets).toContain(`${BASE}nguon-tin/tinh-thanh/lang-son.xml`);
      expect(targets).toContain(`${BASE}ke-hoach/2020/lang-son-176-kh-ubnd/anh-chia-se.png`);
      expect(targets).toContain(`${BASE}du-lieu/ke-hoach/2020/lang-son-176-kh-ubnd.json`);
    } finally {
      site.close();
    }
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    expect(readFileSync(path.join(dist, '_redirects'), 'utf8')).toBe(`${BASE}${OLD_PATH.slice(1)} ${BASE}${PLAN_PATH.slice(1)} 301\n`);
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers).toContain(`${BASE}*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    expect(headers).toContain(`${BASE}quan-tri/*\n  Content-Security-Policy: ${editorContentSecurityPolicy()}\n`);
  });

  it('finds plans in search and sends an old path to the page it moved to', async () => {
    const site = await serveStatic(dist, BASE);
    const browser = await launchChromium();
    try {
      expect(await searchResults(browser, `${site.origin}${BASE}tim-kiem/?q=176%2FKH-UBND`)).toContain(`${BASE}ke-hoach/2020/lang-son-176-kh-ubnd/`);
      const page = await browser.newPage();
      await page.goto(`${site.origin}${BASE}${OLD_PATH.slice(1)}`);
      await page.waitForURL(`${site.origin}${BASE}${PLAN_PATH.slice(1)}`);
      expect(await page.locator('h1').textContent()).toContain('176/KH-UBND');
    } finally {
      await browser.close();
      site.close();
    }
  }, 30_000);
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the nginx recipe in deploy/nginx/', () => {
  let nginx: ChildProcess | undefined;
  let origin = '';

  beforeAll(async () => {
    // The recipe as documented, with its two install paths pointed at this test's folders.
    const www = path.join(work, 'www');
    mkdirSync(www);
    symlinkSync(dist, path.join(www, BASE.slice(1, -1)));
    const recipe = readFileSync('deploy/nginx/pbgdpl.conf', 'utf8')
      .replaceAll('/var/www/pbgdpl', www)
      .replaceAll('/etc/nginx/pbgdpl/', `${path.resolve('deploy/nginx')}/`);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const conf = path.join(work, 'nginx.conf');
    writeFileSync(
      conf,
      `daemon off;\npid ${work}/nginx.pid;\nerror_log ${work}/nginx-error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${work}/nginx-body;\n  server {\n    listen 127.0.0.1:${port};\n${recipe}\n  }\n}\n`,
    );
    nginx = spawn(process.env.NGINX_PATH ?? 'nginx', ['-p', work, '-c', conf], { stdio: 'inherit' });
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${origin}${BASE}`).then(() => true, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`nginx did not start; see ${work}/nginx-error.log`);
  }, 30_000);
  afterAll(() => {
    nginx?.kill();
  });

  it('sends the security headers on pages and long caching on hashed assets', async () => {
    const home = await fetch(`${origin}${BASE}`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    const asset = globSync('_astro/*.css', { cwd: dist })[0]!;
    const cached = await fetch(`${origin}${BASE}${asset}`);
    expect(cached.headers.get('cache-control')).toContain('immutable');
    expect(cached.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await fetch(`${origin}${BASE}du-lieu/ke-hoach.json`)).headers.get('content-type')).toMatch(/^application\/json/);
    const editor = await fetch(`${origin}${BASE}quan-tri/`);
    expect(editor.status).toBe(200);
    expect(editor.headers.get('content-security-policy')).toBe(editorContentSecurityPolicy());
    expect((await fetch(`${origin}${BASE}pagefind/pagefind.js`)).status).toBe(200);
    const missing = await fetch(`${origin}${BASE}khong-co-trang-nay/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('lang="vi"');
  });

  it('lets search run under the Content-Security-Policy header, and old paths still lead to the page', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      page.on('pageerror', (e) => violations.push(e.message));
      await page.goto(`${origin}${BASE}tim-kiem/?q=hoa+giai`);
      await page.locator('[data-search-results] li').first().waitFor();
      expect(await page.locator('[data-search-results] li a').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      await page.goto(`${origin}${BASE}${OLD_PATH.slice(1)}`);
      await page.waitForURL(`${origin}${BASE}${PLAN_PATH.slice(1)}`);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
