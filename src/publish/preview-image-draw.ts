/**
 * Draws one preview card into a PNG. Run in the dev server's own process and,
 * for a build, in worker threads (src/integrations/preview-images.ts), which
 * load this file with Node itself: so it and its parts (preview-image-draw-*.ts:
 * glyph cache, shaping, wrapping, canvas, PNG encoder) import only npm packages
 * and one another, with the `.ts` extension Node resolves, and use only
 * TypeScript that Node can strip.
 *
 * Our own drawer, because a card is flat colour and a few lines of text, and
 * the general path (satori laying the card out, resvg drawing every glyph of it
 * anew, sharp encoding a full-colour PNG, for each of tens of thousands of
 * cards) cost most of a cold build. Here fontkit shapes the text (kerning,
 * Vietnamese letters), each glyph is drawn once per worker by resvg at a
 * quarter-pixel offset and then only copied, and the card is a palette PNG:
 * each text colour over its background in 32 steps of coverage, so every
 * pixel is one byte and there is nothing to quantise. The measurements behind
 * each choice, the compression level among them, are in bench/README.md
 * ("Ảnh xem trước").
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Canvas, Palette } from './preview-image-draw-canvas.ts';
import { loadFont } from './preview-image-draw-glyphs.ts';
import { encodePng } from './preview-image-draw-png.ts';
import { lineBox, shape, type FontWeight, type Line, type TextStyle } from './preview-image-draw-shaping.ts';
import { wrap } from './preview-image-draw-wrapping.ts';

export { PNG_ENCODING } from './preview-image-draw-png.ts';

/** The card's design: sizes in pixels, colours as #rrggbb. Plain data, so it crosses to a worker and into the cache key. */
export interface CardDesign {
  width: number;
  height: number;
  background: string;
  /** Left and right margin of every line. */
  paddingX: number;
  header: { background: string; paddingY: number; border: { width: number; color: string }; gap: number; name: TextStyle; longName: TextStyle };
  kicker: TextStyle & { marginTop: number };
  title: TextStyle & { marginTop: number; maxLines: number };
  facts: TextStyle & { marginBottom: number; separator: string };
}

/** What a card says. */
export interface CardText {
  siteName: string;
  siteLongName: string;
  kicker: string;
  title: string;
  facts: string[];
}

/** What a worker needs to draw one card into the cache. */
export interface DrawTask {
  design: CardDesign;
  text: CardText;
  /** Font files, regular and bold, as absolute paths. */
  fonts: Record<FontWeight, string>;
  /** Where the PNG goes; written under a temporary name first, so a stopped build never leaves half a file. */
  file: string;
}

/** Lays out the card, top to bottom: the header band and its rule, the kicker, the title, the facts at the foot. */
async function layOut(task: Omit<DrawTask, 'file'>): Promise<{ canvas: Canvas; palette: Palette }> {
  const { design, text } = task;
  const [regular, bold] = await Promise.all([loadFont(task.fonts.regular), loadFont(task.fonts.bold)]);
  const fontOf = (style: TextStyle) => (style.weight === 'bold' ? bold : regular);
  const palette = new Palette();
  const background = palette.solid(design.background);
  const canvas = new Canvas(design.width, design.height, background);
  const inner = design.width - 2 * design.paddingX;
  const draw = (style: TextStyle, lines: Line[], x: number, top: number, bg: string) => {
    const box = lineBox(fontOf(style), style);
    const ink = palette.ink(style.color, bg);
    lines.forEach((line, i) => canvas.text(fontOf(style), line, style.size, x, top + i * box.height + box.baseline, ink));
    return lines.length * box.height;
  };

  const { header } = design;
  const headerBottom = header.paddingY * 2 + lineBox(fontOf(header.name), header.name).height;
  canvas.rows(0, Math.round(headerBottom), palette.solid(header.background));
  canvas.rows(Math.round(headerBottom), Math.round(headerBottom) + header.border.width, palette.solid(header.border.color));
  const name = shape(fontOf(header.name), text.siteName, header.name.size);
  draw(header.name, [name], design.paddingX, header.paddingY, header.background);
  const longNameX = design.paddingX + name.width + header.gap;
  draw(header.longName, wrap(fontOf(header.longName), text.siteLongName, header.longName.size, inner - name.width - header.gap, 1), longNameX, header.paddingY, header.background);

  let y = Math.round(headerBottom) + header.border.width + design.kicker.marginTop;
  y += draw(design.kicker, wrap(fontOf(design.kicker), text.kicker, design.kicker.size, inner), design.paddingX, y, design.background);
  y += design.title.marginTop;
  draw(design.title, wrap(fontOf(design.title), text.title, design.title.size, inner, design.title.maxLines), design.paddingX, y, design.background);

  const facts = wrap(fontOf(design.facts), text.facts.join(design.facts.separator), design.facts.size, inner);
  const factsHeight = facts.length * lineBox(fontOf(design.facts), design.facts).height;
  draw(design.facts, facts, design.paddingX, design.height - design.facts.marginBottom - factsHeight, design.background);
  return { canvas, palette };
}

export async function drawPreviewImage(task: Omit<DrawTask, 'file'>): Promise<Buffer> {
  const { canvas, palette } = await layOut(task);
  return encodePng(canvas, palette);
}

/** Draws a card and stores it at task.file. */
export async function drawToFile(task: DrawTask): Promise<void> {
  const png = await drawPreviewImage(task);
  await mkdir(path.dirname(task.file), { recursive: true });
  const partial = `${task.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(partial, png);
  await rename(partial, task.file);
}

export default drawToFile;
