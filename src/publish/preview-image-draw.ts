/**
 * Draws one preview card: satori lays out the card and measures its lines,
 * resvg draws it, sharp encodes the PNG. Run in the dev server's own process
 * and, for a build, in worker threads (src/integrations/preview-images.ts),
 * which load this file with Node itself: so it imports only npm packages and
 * uses only TypeScript that Node can strip.
 *
 * Measured per 1200×630 card on this machine (bench/README.md): text as <text>
 * for resvg instead of satori's glyph outlines saves about 5 ms of 30, and an
 * RGB PNG without the alpha channel is both faster to encode and smaller than
 * RGBA (7.5 ms, 41 KB against 12.5 ms, 43 KB); a palette PNG is smaller still
 * (27 KB) but costs 15–20 ms more per card, and JPEG is larger (77 KB at
 * quality 80) because a card is flat colour and text.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** A satori element tree: plain data, so it crosses to a worker thread as is. */
export interface CardNode {
  type: string;
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

export interface DrawSize {
  width: number;
  height: number;
}

/** What a worker needs to draw one card into the cache. */
export interface DrawTask {
  tree: CardNode;
  size: DrawSize;
  /** Font files, regular and bold, as absolute paths. */
  fonts: { regular: string; bold: string };
  family: string;
  /** Where the PNG goes; written under a temporary name first, so a stopped build never leaves half a file. */
  file: string;
}

export const PNG_OPTIONS = { compressionLevel: 6 } as const;

const loaded = new Map<string, Promise<Buffer>>();
function fontData(file: string): Promise<Buffer> {
  let data = loaded.get(file);
  if (!data) {
    data = readFile(file);
    loaded.set(file, data);
  }
  return data;
}

export async function drawPreviewImage(task: Omit<DrawTask, 'file'>): Promise<Buffer> {
  const [regular, bold] = await Promise.all([fontData(task.fonts.regular), fontData(task.fonts.bold)]);
  const svg = await satori(task.tree as unknown as Parameters<typeof satori>[0], {
    width: task.size.width,
    height: task.size.height,
    fonts: [
      { name: task.family, data: regular, weight: 400 },
      { name: task.family, data: bold, weight: 700 },
    ],
    embedFont: false,
  });
  const image = new Resvg(svg, {
    font: { fontFiles: [task.fonts.regular, task.fonts.bold], loadSystemFonts: false, defaultFontFamily: task.family },
  }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).removeAlpha().png(PNG_OPTIONS).toBuffer();
}

/** Draws a card and stores it at task.file. */
export async function drawToFile(task: DrawTask): Promise<void> {
  const png = await drawPreviewImage(task);
  await mkdir(path.dirname(task.file), { recursive: true });
  const partial = `${task.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, task.file);
}

// A build runs one worker per core, each drawing one card at a time; sharp's own threads would only compete with them.
if (!isMainThread) sharp.concurrency(1);

export default drawToFile;
