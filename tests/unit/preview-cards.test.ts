/** Preview cards: what they show, which are drawn, how they are cached, and the PNG drawn. */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_DIR, PREVIEW_IMAGES, previewImageCacheDir } from '../../src/config/build-dirs';
import { planPreviewCard, PREVIEW_IMAGE, previewCardAlt, previewImages, topicPreviewCard } from '../../src/publish/preview-cards';
import { CARD_DESIGN, drawingCodeHash, previewImageJob } from '../../src/publish/preview-image';
import { drawPreviewImage } from '../../src/publish/preview-image-draw';
import { paths } from '../../src/lib/paths';
import { catalog, langSon } from './helpers/fixture-catalog';

/** A PNG's pixels as RGBA, four bytes each. */
function decode(png: Buffer): { data: Buffer; info: { width: number; height: number; channels: number } } {
  const image = PNG.sync.read(png);
  return { data: image.data, info: { width: image.width, height: image.height, channels: 4 } };
}

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

  it('are cached under a hash of the drawing code too: an edit to how cards are drawn draws them all again', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'pbgdpl-drawing-code-'));
    try {
      cpSync('src/publish', path.join(copy, 'src/publish'), { recursive: true });
      expect(drawingCodeHash(copy)).toBe(drawingCodeHash(path.resolve('.')));
      appendFileSync(path.join(copy, 'src/publish/preview-image-draw.ts'), '\n');
      expect(drawingCodeHash(copy)).not.toBe(drawingCodeHash(path.resolve('.')));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
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
    const { data, info } = decode(png);
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
    const { data, info } = decode(await drawPreviewImage(task));
    expect({ width: info.width, height: info.height }).toEqual({ width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height });
    const rightMargin = Array.from({ length: info.height - 110 }, (_, y) => data.readUInt8(((y + 110) * info.width + 1190) * info.channels));
    expect(rightMargin.every((red) => red === 0xff)).toBe(true);
  });
});
