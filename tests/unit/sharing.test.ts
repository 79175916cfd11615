/** What officials share: feeds, structured data, open data, redirects, security headers, preview cards, QR codes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { headersFile, CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../src/config/security';
import { buildCatalog } from '../../src/domain/catalog';
import { checkContent, parseContent } from '../../src/editor-tools/content-check';
import { FEED_SIZE, plansFeedXml, provinceFeedsXml, topicsFeedXml } from '../../src/publish/feeds';
import { planRecord, plansIndex } from '../../src/publish/open-data';
import { planPreviewCard, PREVIEW_IMAGE, previewCardAlt, previewImages, topicPreviewCard } from '../../src/publish/preview-cards';
import { CARD_DESIGN, previewImageJob } from '../../src/publish/preview-image';
import { DEFAULT_CACHE_DIR, PREVIEW_IMAGES, previewImageCacheDir } from '../../src/config/build-dirs';
import { drawPreviewImage } from '../../src/publish/preview-image-draw';
import sharp from 'sharp';
import { contentRedirects, redirectProblems } from '../../src/publish/redirects';
import { breadcrumbStructuredData, jsonLdText, planStructuredData, siteStructuredData } from '../../src/publish/structured-data';
import { atomFeed } from '../../src/lib/atom';
import { paths, prefixBase } from '../../src/lib/paths';
import { qrCodeSvg } from '../../src/lib/qr';
import { quarterStart } from '../../src/lib/quarter';
import { absoluteUrl } from '../../src/lib/urls';
import { fileText, readContent, withFile } from './helpers/content';

const SITE = 'https://pbgdpl.example.gov.vn';
const files = readContent();
const catalog = buildCatalog(parseContent(files).raw);
const langSon = catalog.plans.get('2020/lang-son-176-kh-ubnd')!;
const LANG_SON_FILE = 'plans/2020/lang-son-176-kh-ubnd.md';

const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);

describe('absolute URLs', () => {
  it('put the base between the site and the path, at a root or under a sub-path', () => {
    expect(prefixBase('/ke-hoach/', '/')).toBe('/ke-hoach/');
    expect(prefixBase('/ke-hoach/', '/pbgdpl/')).toBe('/pbgdpl/ke-hoach/');
    expect(absoluteUrl('/ke-hoach/', 'https://bo.gov.vn', '/pbgdpl/')).toBe('https://bo.gov.vn/pbgdpl/ke-hoach/');
    expect(absoluteUrl(paths.planImage('2020/a'), 'https://bo.gov.vn', '/')).toBe('https://bo.gov.vn/ke-hoach/2020/a/anh-chia-se.png');
  });

  it('of a plan come from its id alone, so editing the title keeps every link', () => {
    const retitled = withFile(files, LANG_SON_FILE, fileText(files, LANG_SON_FILE).replace(/^title: .*$/m, 'title: Một trích yếu hoàn toàn khác'));
    const plan = buildCatalog(parseContent(retitled).raw).plans.get(langSon.id)!;
    expect(plan.title).toBe('Một trích yếu hoàn toàn khác');
    expect(planRecord(plan).url).toBe(planRecord(langSon).url);
    expect(planStructuredData(plan).url).toBe(`${SITE}/ke-hoach/2020/lang-son-176-kh-ubnd/`);
  });
});

describe('Atom feeds', () => {
  it('escape text and carry the newest entry date, not the build time', () => {
    const xml = atomFeed({
      title: 'A & B <c>',
      selfUrl: `${SITE}/f.xml`,
      pageUrl: `${SITE}/`,
      author: 'X',
      entries: [
        { url: `${SITE}/a/`, title: '"Hòa giải"', summary: 's', updated: new Date('2020-10-27') },
        { url: `${SITE}/b/`, title: 'b', summary: 's', updated: new Date('2023-02-07') },
      ],
    });
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect([...xml.matchAll(/<entry>\s*<title type="html"><!\[CDATA\[([^\]]*)\]\]><\/title>/g)].map((m) => m[1])).toEqual(['"Hòa giải"', 'b']);
    expect([...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)/g)].map((m) => m[1])).toEqual(['2020-10-27T00:00:00.000Z', '2023-02-07T00:00:00.000Z']);
    expect(xml.match(/<feed[\s\S]*?<updated>([^<]+)/)![1]).toBe('2023-02-07T00:00:00.000Z');
  });

  it('list every plan newest first, and each province its own plans, merged provinces included', () => {
    expect(entries(plansFeedXml(catalog))).toEqual(catalog.plansNewestFirst.slice(0, FEED_SIZE).map((p) => absoluteUrl(paths.plan(p.id))));
    const canTho = provinceFeedsXml(catalog).find((f) => f.id === 'can-tho')!;
    expect(entries(canTho.xml)).toEqual([`${SITE}/ke-hoach/2023/soc-trang-26-kh-ubnd/`]);
    expect(provinceFeedsXml(catalog)).toHaveLength(34);
  });

  it('list the quarterly topics, newest quarter first, at most FEED_SIZE', () => {
    const ids = entries(topicsFeedXml(catalog));
    expect(ids).toHaveLength(Math.min(FEED_SIZE, catalog.topics.size));
    const quarters = [...catalog.topics.values()].map((t) => t.quarter);
    const newest = quarters.reduce((a, b) => (quarterStart(b) > quarterStart(a) ? b : a));
    expect(topicsFeedXml(catalog)).toContain(`<updated>${quarterStart(newest).toISOString()}</updated>`);
  });
});

describe('structured data', () => {
  it('describes a plan as Legislation with its number, issuer, jurisdiction and legal basis', () => {
    const data = planStructuredData(langSon);
    expect(data).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '176/KH-UBND',
      legislationType: 'Kế hoạch',
      legislationJurisdiction: { name: 'tỉnh Lạng Sơn' },
      image: `${SITE}/ke-hoach/2020/lang-son-176-kh-ubnd/anh-chia-se.png`,
    });
    expect((data.citation as { legislationIdentifier: string }[]).map((c) => c.legislationIdentifier)).toEqual(langSon.legalBasis.map((d) => d.number));
  });

  it('cannot be closed early by text inside it', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('tells search engines how to search the site, and where a page sits', () => {
    expect(JSON.stringify(siteStructuredData())).toContain(`${SITE}/tim-kiem/?q={search_term_string}`);
    const crumbs = breadcrumbStructuredData([{ label: 'Trang chủ', href: '/' }, { label: 'Hiện tại' }], `${SITE}/x/`);
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Hiện tại', item: `${SITE}/x/` },
    ]);
  });
});

describe('open data', () => {
  it('gives a plan its facts with ISO dates, machine deadlines and absolute links', () => {
    const record = planRecord(langSon);
    expect(record).toMatchObject({ id: '2020/lang-son-176-kh-ubnd', documentNumber: '176/KH-UBND', issuedOn: '2020-10-27', province: { id: 'lang-son' } });
    expect(record.tasks).toHaveLength(langSon.tasks.length);
    expect(record.tasks.find((t) => t.deadline.kind === 'quarter')?.deadline).toMatchObject({ quarter: expect.stringMatching(/^\d{4}-q[1-4]$/) });
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });

  it('indexes every plan, newest first', () => {
    const index = plansIndex(catalog);
    expect(index.count).toBe(catalog.plans.size);
    expect(index.plans.map((p) => p.id)).toEqual(catalog.plansNewestFirst.map((p) => p.id));
  });
});

describe('redirects recorded in content', () => {
  const withRedirect = (from: string, file = LANG_SON_FILE) =>
    withFile(files, file, fileText(files, file).replace(/^title:/m, `redirectFrom:\n  - ${from}\ntitle:`));

  it('send an old path to the entry that lists it', () => {
    const raw = parseContent(withRedirect('/ke-hoach/2020/lang-son-176/')).raw;
    expect(contentRedirects(raw)).toEqual([{ from: '/ke-hoach/2020/lang-son-176/', to: '/ke-hoach/2020/lang-son-176-kh-ubnd/', filePath: LANG_SON_FILE }]);
    expect(redirectProblems(raw)).toEqual([]);
  });

  it('refuse an old path that is a live page, or that two entries claim', () => {
    const live = checkContent(withRedirect('/ke-hoach/2023/soc-trang-26-kh-ubnd/'));
    expect(live.map((p) => p.message)).toEqual([expect.stringContaining('"/ke-hoach/2023/soc-trang-26-kh-ubnd/" đang là địa chỉ của plans/2023/soc-trang-26-kh-ubnd.md')]);
    const twice = withFile(
      withRedirect('/ke-hoach/cu/'),
      'plans/2023/soc-trang-26-kh-ubnd.md',
      fileText(files, 'plans/2023/soc-trang-26-kh-ubnd.md').replace(/^title:/m, 'redirectFrom:\n  - /ke-hoach/cu/\ntitle:'),
    );
    expect(checkContent(twice).map((p) => p.message)).toEqual([expect.stringContaining('"/ke-hoach/cu/" đã được')]);
  });

  it('refuse a path that is not a site path, saying what one looks like', () => {
    const problems = checkContent(withRedirect('https://sotuphap.langson.gov.vn/ke-hoach-176'));
    expect(problems).toEqual([expect.objectContaining({ file: LANG_SON_FILE, field: 'redirectFrom.0', message: expect.stringContaining('ví dụ "/ke-hoach/2020/lang-son-176-kh-ubnd/"') })]);
  });
});

describe('security headers', () => {
  it('allow WebAssembly for search and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('cover the whole site under its base', () => {
    expect(headersFile('/pbgdpl/')).toMatch(/^\/pbgdpl\/\*\n {2}Content-Security-Policy: default-src 'self';/m);
    expect(headersFile('/pbgdpl/')).toContain('/pbgdpl/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('preview cards', () => {
  it('name the document, its province and quarter', () => {
    expect(planPreviewCard(langSon)).toEqual({ kicker: 'Kế hoạch số 176/KH-UBND', title: langSon.title, facts: ['Lạng Sơn', 'Ban hành Quý IV/2020'] });
    const topic = [...catalog.topics.values()][0]!;
    expect(topicPreviewCard(topic).kicker).toMatch(/^Chủ đề tuyên truyền Quý [IV]+\/\d{4}$/);
    expect(previewCardAlt(planPreviewCard(langSon))).toBe(`Kế hoạch số 176/KH-UBND · ${langSon.title} · Lạng Sơn · Ban hành Quý IV/2020`);
  });

  it('are listed for the build once each: the site, every plan, topic and quarter, at the paths pages link to', () => {
    const images = previewImages(catalog);
    expect(images).toHaveLength(1 + catalog.plans.size + catalog.topics.size + catalog.quarters.length);
    expect(new Set(images.map((i) => i.path)).size).toBe(images.length);
    expect(images).toContainEqual({ path: paths.planImage(langSon.id), card: planPreviewCard(langSon) });
    expect(images[0]!.path).toBe(paths.siteImage());
  });

  it('are cached under a hash of what they show: the same card keeps its name, an edit gets a new one', async () => {
    const card = planPreviewCard(langSon);
    const [first, again, edited] = await Promise.all([previewImageJob(card), previewImageJob({ ...card }), previewImageJob({ ...card, title: `${card.title}.` })]);
    expect(again.key).toBe(first.key);
    expect(edited.key).not.toBe(first.key);
    expect(first.task.file.endsWith(`${first.key}.png`)).toBe(true);
  });

  it('are kept between builds by every deploy recipe, with the cache folder they live in', () => {
    expect(previewImageCacheDir).toBe(path.resolve(DEFAULT_CACHE_DIR, PREVIEW_IMAGES));
    expect(readFileSync('.github/workflows/pages.yml', 'utf8')).toContain(`path: ${DEFAULT_CACHE_DIR}\n`);
    expect(readFileSync('netlify.toml', 'utf8')).toContain('package = "/deploy/netlify/astro-cache"');
    expect(readFileSync('deploy/netlify/astro-cache/index.js', 'utf8')).toContain(`'${DEFAULT_CACHE_DIR}'`);
  });

  it('draw as a 1200 × 630 palette PNG without transparency: the band, the brand rule and the text in their colours', async () => {
    const { task } = await previewImageJob(planPreviewCard(langSon));
    const png = await drawPreviewImage(task);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] }).toEqual({ width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height, colourType: 3 });
    expect(png.includes('tRNS')).toBe(false);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => `#${[...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    expect(at(5, 5)).toBe(CARD_DESIGN.header.background);
    expect(at(600, 99)).toBe(CARD_DESIGN.header.border.color);
    expect(at(5, 300)).toBe(CARD_DESIGN.background);
    // The title's rows hold fully inked pixels; nothing is drawn in the right margin.
    const titleRows = Array.from({ length: 200 }, (_, i) => 220 + i);
    expect(titleRows.some((y) => Array.from({ length: 1072 }, (_, i) => at(64 + i, y)).includes(CARD_DESIGN.title.color))).toBe(true);
    expect(titleRows.every((y) => Array.from({ length: 30 }, (_, i) => at(1170 + i, y)).every((c) => c === CARD_DESIGN.background))).toBe(true);
  });

  it('draw a title longer than four lines and a word longer than a line within the card', async () => {
    const card = planPreviewCard(langSon);
    const long = { ...card, title: `${card.title} `.repeat(6), facts: ['Ủy ban nhân dân tỉnh Lạng Sơn'.repeat(4)] };
    const { task } = await previewImageJob(long);
    const { data, info } = await sharp(await drawPreviewImage(task)).raw().toBuffer({ resolveWithObject: true });
    expect({ width: info.width, height: info.height }).toEqual({ width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height });
    const rightMargin = Array.from({ length: info.height - 110 }, (_, y) => data.readUInt8(((y + 110) * info.width + 1190) * info.channels));
    expect(rightMargin.every((red) => red === 0xff)).toBe(true);
  });
});

describe('QR codes', () => {
  it('are an SVG that encodes the URL', async () => {
    const url = `${SITE}/ke-hoach/2020/lang-son-176-kh-ubnd/`;
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // Rasterise the modules (one pixel each, scaled ×4) and read the code back.
    const size = Number(svg.match(/viewBox="0 0 (\d+) \1"/)![1]);
    const dark = new Set<string>();
    const path = svg.match(/<path stroke="#000000" d="([^"]+)"/)![1]!;
    let x = 0;
    let y = 0;
    for (const [, op, a, b] of path.matchAll(/([Mmhv])(-?\d+(?:\.\d+)?)(?:[ ,](-?\d+(?:\.\d+)?))?/g)) {
      const n = Number(a);
      if (op === 'M') [x, y] = [n, Number(b) - 0.5];
      else if (op === 'm') [x, y] = [x + n, y + Number(b)];
      else if (op === 'h') {
        for (let i = 0; i < n; i++) dark.add(`${x + i},${y}`);
        x += n;
      }
    }
    const scale = 4;
    const side = size * scale;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let py = 0; py < side; py++) {
      for (let px = 0; px < side; px++) {
        if (dark.has(`${Math.floor(px / scale)},${Math.floor(py / scale)}`)) pixels.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(url);
  });
});
