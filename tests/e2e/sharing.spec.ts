/**
 * What a shared, printed or fed link shows: previews and structured data on
 * every page, feeds and open data that match the content, the printed A4
 * sheet with its QR code, the copy-link button, and no request to another host.
 */
import { readFileSync, existsSync, globSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { parse as parseYaml } from 'yaml';
import { DIST, htmlPaths, readHtml, redirects, SEED_PLANS } from './site';

// The address the test build was made for (astro.config.mjs's default); pages are served from the preview port.
const SITE = new URL(process.env.PBGDPL_SITE ?? 'http://localhost:4321').origin;
const LANG_SON = SEED_PLANS[1];

const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

test('every old address forwards to the page it moved to, which exists, and stays out of search engines', () => {
  const forwarded = redirects();
  // The legal documents renamed to the one naming rule (issue 24) list their old addresses.
  expect(forwarded.map((r) => r.from)).toContain('/van-ban/qd-1521-qd-ttg/');
  expect(forwarded.length).toBeGreaterThanOrEqual(6);
  // Its data files too, for hosts that read _redirects; a static host serves only the new ones.
  expect(forwarded).toContainEqual({ from: '/du-lieu/bao-phu/van-ban/qd-1521-qd-ttg.json', to: '/du-lieu/bao-phu/van-ban/quyet-dinh-1521-qd-ttg.json' });
  for (const { to } of forwarded.filter((r) => !r.from.endsWith('/'))) expect(existsSync(path.join(DIST, to)), to).toBe(true);
  for (const { from, to } of forwarded.filter((r) => r.from.endsWith('/'))) {
    const html = readHtml(from);
    expect(html, from).toContain(`<meta http-equiv="refresh" content="0;url=${to}">`);
    expect(html, from).toContain(`<link rel="canonical" href="${SITE}${to}">`);
    expect(html, from).toContain('<meta name="robots" content="noindex">');
    expect(existsSync(path.join(DIST, to, 'index.html')), to).toBe(true);
  }
});

/** The site path of an absolute URL of this site; fails for any other host. */
function sitePath(url: string): string {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return url.slice(SITE.length);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The web editor (/quan-tri/) is for officials, kept out of search engines and never shared.
const pages = htmlPaths().filter((p) => p !== '/404.html' && p !== '/quan-tri/');

test('every page has a canonical URL, Open Graph and Twitter previews with an image that exists, and JSON-LD that parses', () => {
  const problems: string[] = [];
  const images = new Set<string>();
  expect(pages.length).toBeGreaterThan(100);
  for (const page of pages) {
    const html = readHtml(page);
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    if (canonical !== `${SITE}${page}`) problems.push(`${page}: canonical ${canonical}`);
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:locale', 'og:site_name', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
      if (!meta(html, key)) problems.push(`${page}: no ${key}`);
    }
    if (meta(html, 'og:locale') !== 'vi_VN') problems.push(`${page}: og:locale`);
    const image = meta(html, 'og:image');
    if (image) images.add(sitePath(image));
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
      try {
        if (JSON.parse(json!)['@context'] !== 'https://schema.org') problems.push(`${page}: JSON-LD without schema.org context`);
      } catch (error) {
        problems.push(`${page}: JSON-LD does not parse: ${error}`);
      }
    }
  }
  expect(problems).toEqual([]);
  for (const image of images) expect(pngSize(path.join(DIST, image)), image).toEqual({ width: 1200, height: 630 });
  // The site's own card, plus one per plan, topic and quarter page.
  expect(images.size).toBeGreaterThan(SEED_PLANS.length + 19);
});

test('a plan page previews as an article with its own image and describes itself as Legislation', () => {
  const html = readHtml(LANG_SON.path);
  expect(meta(html, 'og:type')).toBe('article');
  expect(meta(html, 'og:title')).toBe('Kế hoạch 176/KH-UBND');
  expect(meta(html, 'og:description')).toMatch(/Lạng Sơn/);
  expect(meta(html, 'og:image')).toBe(`${SITE}${LANG_SON.path}anh-chia-se.png`);
  const ld = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
  expect(ld.find((d) => d['@type'] === 'Legislation')).toMatchObject({ legislationIdentifier: '176/KH-UBND', url: `${SITE}${LANG_SON.path}` });
  expect(ld.find((d) => d['@type'] === 'BreadcrumbList')?.itemListElement).toHaveLength(4);
});

test('every feed is well-formed Atom, linked from the pages it covers, with the expected entries', async ({ page }) => {
  const feeds = globSync('nguon-tin/**/*.xml', { cwd: DIST }).map((f) => `/${f.split(path.sep).join('/')}`);
  expect(feeds.length).toBeGreaterThan(34);
  const linked = new Set(pages.flatMap((p) => [...readHtml(p).matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)"/g)].map((m) => sitePath(m[1]!))));
  expect(feeds.filter((f) => !linked.has(f))).toEqual([]);

  await page.goto('/');
  for (const feed of feeds) {
    const xml = readFileSync(path.join(DIST, feed), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
        self: doc.querySelector('feed > link[rel=self]')?.getAttribute('href') ?? null,
        entries: [...doc.querySelectorAll('entry > id')].map((e) => e.textContent),
      };
    }, xml);
    expect(parsed.error, feed).toBeNull();
    expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(parsed.self).toBe(`${SITE}${feed}`);
    if (feed === '/nguon-tin/ke-hoach.xml') {
      const seeds = ['2023/soc-trang-26-kh-ubnd', '2022/hai-phong-31-kh-hdphpbgdpl', '2020/lang-son-176-kh-ubnd', '2019/lai-chau-972-kh-ubnd'].map((id) => `${SITE}/ke-hoach/${id}/`);
      expect(parsed.entries.length).toBeGreaterThanOrEqual(28);
      expect(parsed.entries.filter((e) => seeds.includes(e!))).toEqual(seeds);
    }
    if (feed === '/nguon-tin/tinh-thanh/lang-son.xml') expect(parsed.entries).toEqual([`${SITE}${LANG_SON.path}`]);
    // Every topic in content/, while they are fewer than the feed holds (FEED_SIZE, 50).
    if (feed === '/nguon-tin/chu-de.xml') expect(parsed.entries).toHaveLength(globSync('topics/**/*.{md,mdx}', { cwd: 'content' }).length);
  }
});

test('the open data matches the content, plan by plan', async ({ request }) => {
  const index = await (await request.get('/du-lieu/ke-hoach.json')).json();
  const planFiles = globSync('plans/**/*.{md,mdx}', { cwd: 'content' });
  expect(planFiles.length).toBeGreaterThanOrEqual(SEED_PLANS.length);
  expect(index.count).toBe(planFiles.length);
  expect(index.plans).toHaveLength(planFiles.length);
  for (const file of planFiles) {
    const id = file.split(path.sep).join('/').replace(/^plans\//, '').replace(/\.mdx?$/, '');
    const frontmatter = parseYaml(readFileSync(path.join('content', file), 'utf8').split(/^---$/m)[1]!);
    const listed = index.plans.find((p: { id: string }) => p.id === id);
    expect(listed, id).toBeDefined();
    const response = await request.get(sitePath(listed.dataUrl));
    expect(response.headers()['content-type']).toContain('application/json');
    const record = await response.json();
    expect(record).toMatchObject({
      id,
      title: frontmatter.title,
      documentNumber: frontmatter.documentNumber,
      summary: frontmatter.summary,
      status: frontmatter.status,
      issuer: { id: frontmatter.issuer },
      url: `${SITE}/ke-hoach/${id}/`,
    });
    expect(record.legalBasis.map((d: { id: string }) => d.id)).toEqual(frontmatter.legalBasis ?? []);
    expect(record.tasks.map((t: { title: string }) => t.title)).toEqual((frontmatter.tasks ?? []).map((t: { title: string }) => t.title));
    expect(record.tasks.map((t: { lead: { id: string }[] }) => t.lead.map((a) => a.id))).toEqual((frontmatter.tasks ?? []).map((t: { lead: string[] }) => t.lead));
    if (frontmatter.issuedOn) expect(record.issuedOn).toBe(new Date(frontmatter.issuedOn).toISOString().slice(0, 10));
  }
});

test('a printed plan is A4, without navigation, with a QR code that opens the same page', async ({ page }) => {
  await page.goto(LANG_SON.path);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
  await expect(page.locator('nav[aria-label="Đường dẫn"]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toBeHidden();
  const qr = page.locator('.share-qr svg');
  await expect(qr).toBeVisible();
  const shot = await qr.screenshot({ scale: 'css' });
  const decoded = await page.evaluate(async (png) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width + 40, bitmap.height + 40);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 20, 20);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { data: [...data], width, height };
  }, [...shot]);
  expect(jsQR(new Uint8ClampedArray(decoded.data), decoded.width, decoded.height)?.data).toBe(`${SITE}${LANG_SON.path}`);

  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
  expect(boxes.length).toBeGreaterThan(0);
  // A4 is 595 × 842 points.
  for (const box of boxes) expect(box).toEqual([595, 842]);
});

test('a shared or printed topic carries its quarter', async ({ page }) => {
  const topic = '/chu-de/2023/quy-4/ngay-phap-luat-2023/';
  const html = readHtml(topic);
  expect(meta(html, 'og:title')).toBe('Ngày Pháp luật Việt Nam 09/11/2023 (Quý IV/2023)');
  expect(meta(html, 'og:image:alt')).toMatch(/^Chủ đề tuyên truyền Quý IV\/2023 · /);
  await page.goto(topic);
  await page.emulateMedia({ media: 'print' });
  await expect(page).toHaveTitle(/\(Quý IV\/2023\)/);
  await expect(page.getByText('Chủ đề tuyên truyền Quý IV/2023', { exact: true })).toBeVisible();
});

test('"Sao chép liên kết" copies the canonical link, and the link stays readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(LANG_SON.path);
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã sao chép' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${LANG_SON.path}`);
  await context.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(LANG_SON.path);
  await expect(plain.getByRole('button', { name: 'Sao chép liên kết' })).toBeHidden();
  await expect(plain.getByRole('link', { name: `${SITE}${LANG_SON.path}` })).toBeVisible();
  await noScript.close();
});

test('no page asks another host for anything, and search works under the Content-Security-Policy', async ({ page }) => {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(e.message));
  for (const p of ['/', LANG_SON.path, '/chu-de/', '/du-lieu/']) await page.goto(p);
  await page.goto('/tim-kiem/?q=hoa+giai');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  expect(violations).toEqual([]);
  expect(readHtml('/tim-kiem/')).toContain(`http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval';`);
});

test('the build writes _headers with the policy for Netlify-style hosts', () => {
  expect(existsSync(path.join(DIST, '_headers'))).toBe(true);
  const headers = readFileSync(path.join(DIST, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: .*'wasm-unsafe-eval'/m);
  expect(headers).toMatch(/^\/quan-tri\/\*\n {2}Content-Security-Policy: .*'unsafe-eval'/m);
});
