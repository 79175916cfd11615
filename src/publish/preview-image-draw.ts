/**
 * Draws one preview card into a PNG. Run in the dev server's own process and,
 * for a build, in worker threads (src/integrations/preview-images.ts), which
 * load this file with Node itself: so it imports only npm packages and uses
 * only TypeScript that Node can strip.
 *
 * Our own drawer, because a card is flat colour and a few lines of text and the
 * general path cost most of a cold build (bench/README.md): satori laid the card
 * out, resvg drew every glyph of it anew and sharp encoded a full-colour PNG,
 * about 25–35 ms a card, 10,000 cards and more at national scale. Here fontkit
 * shapes the text (kerning, Vietnamese letters), each glyph is drawn once per
 * worker by resvg at a quarter-pixel offset and then only copied, and the card
 * is a palette PNG: each text colour over its background in 32 steps of
 * coverage, so every pixel is one byte and there is nothing to quantise.
 * Measured on one plan card, one thread (bench/README.md): zlib level 3 takes
 * 2.3 ms for 35 KB, level 6 6.3 ms for 29 KB, level 1 1.6 ms for 40 KB.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';

export type FontWeight = 'regular' | 'bold';

/** One kind of text on the card. */
export interface TextStyle {
  size: number;
  weight: FontWeight;
  color: string;
  /** As a multiple of the size; the font's own line height when absent, as CSS `normal`. */
  lineHeight?: number;
}

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

/** Steps of coverage between a text colour and its background: finer than the eye tells apart on a 1200 px card. */
const LEVELS = 32;
/** Horizontal glyph positions are kept to a quarter pixel. */
const PHASES = 4;
const ELLIPSIS = '…';
/** How the PNG is written: part of the cache key, since it decides the bytes. */
export const PNG_ENCODING = { colourType: 'palette', levels: LEVELS, phases: PHASES, deflateLevel: 3 } as const;

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** The colours a card may use: flat ones, and each text colour over its background in LEVELS steps. */
class Palette {
  readonly colours: Rgb[] = [];
  private readonly flat = new Map<string, number>();
  private readonly inks = new Map<string, number>();

  solid(hex: string): number {
    let index = this.flat.get(hex);
    if (index === undefined) {
      index = this.colours.push(rgb(hex)) - 1;
      this.flat.set(hex, index);
    }
    return index;
  }

  /** The index of coverage step 1 of `fg` over `bg`; step k is that index + k − 1, the last step is `fg` itself. */
  ink(fg: string, bg: string): number {
    const key = `${fg}/${bg}`;
    let first = this.inks.get(key);
    if (first === undefined) {
      const [f, b] = [rgb(fg), rgb(bg)];
      first = this.colours.length;
      for (let k = 1; k <= LEVELS; k++) this.colours.push(f.map((c, i) => Math.round(b[i]! + ((c - b[i]!) * k) / LEVELS)) as Rgb);
      if (this.colours.length > 256) throw new Error('Thẻ xem trước dùng quá 256 màu');
      this.inks.set(key, first);
    }
    return first;
  }
}

interface Glyph {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage step (0…LEVELS) of each pixel, row by row. */
  steps: Uint8Array;
}

interface LoadedFont {
  font: fontkit.Font;
  glyphs: Map<string, Glyph | null>;
  /** Widths of words shaped before, by size and word: syllables repeat from card to card. */
  widths: Map<string, number>;
}

/** Words whose width a worker remembers at most; past it, it starts again. */
const WIDTHS_KEPT = 100_000;

const fonts = new Map<string, Promise<LoadedFont>>();
function loadFont(file: string): Promise<LoadedFont> {
  let loaded = fonts.get(file);
  if (!loaded) {
    loaded = readFile(file).then((data) => ({ font: fontkit.create(data) as fontkit.Font, glyphs: new Map(), widths: new Map() }));
    fonts.set(file, loaded);
  }
  return loaded;
}

/** A glyph at `size` px, its pen `phase` quarter-pixels right of a whole pixel, drawn by resvg once and kept. */
function glyphBitmap({ font, glyphs }: LoadedFont, id: number, size: number, phase: number): Glyph | null {
  const key = `${id}:${size}:${phase}`;
  const kept = glyphs.get(key);
  if (kept !== undefined) return kept;
  const glyph = font.getGlyph(id);
  const scale = size / font.unitsPerEm;
  const box = glyph.path.bbox;
  const shift = phase / PHASES;
  let bitmap: Glyph | null = null;
  if (box.maxX > box.minX && box.maxY > box.minY) {
    const left = Math.floor(box.minX * scale + shift);
    const top = Math.floor(-box.maxY * scale);
    const width = Math.ceil(box.maxX * scale + shift) - left + 1;
    const height = Math.ceil(-box.minY * scale) - top + 1;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<path transform="translate(${shift - left} ${-top}) scale(${scale} ${-scale})" d="${glyph.path.toSVG()}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const steps = new Uint8Array(width * height);
    for (let i = 0; i < steps.length; i++) steps[i] = Math.round((pixels[i * 4 + 3]! * LEVELS) / 255);
    bitmap = { left, top, width, height, steps };
  }
  glyphs.set(key, bitmap);
  return bitmap;
}

interface PlacedGlyph {
  id: number;
  /** Pen position from the line's start, in px. */
  x: number;
  y: number;
}

interface Line {
  glyphs: PlacedGlyph[];
  width: number;
}

function shape({ font }: LoadedFont, text: string, size: number): Line {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    glyphs.push({ id: glyph.id, x: (pen + position.xOffset) * scale, y: -position.yOffset * scale });
    pen += position.xAdvance;
  });
  return { glyphs, width: pen * scale };
}

/**
 * Lines of `text` within `width`, broken at spaces as a browser breaks them (a word longer than a line
 * is broken between letters); past `maxLines`, the last line ends with an ellipsis.
 */
function wrap(font: LoadedFont, text: string, size: number, width: number, maxLines = Infinity): Line[] {
  const words = text.split(/\s+/).filter(Boolean);
  const fits = (candidate: string) => shape(font, candidate, size).width <= width;
  // Each word is shaped once; a line's width is its words' and spaces' (a kerning pair across a space is rare and small).
  const widthOf = (word: string) => {
    const key = `${size}:${word}`;
    let known = font.widths.get(key);
    if (known === undefined) {
      if (font.widths.size >= WIDTHS_KEPT) font.widths.clear();
      known = shape(font, word, size).width;
      font.widths.set(key, known);
    }
    return known;
  };
  const space = widthOf(' ');
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const word of words) {
    const wordWidth = widthOf(word);
    if (current && currentWidth + space + wordWidth <= width) {
      current = `${current} ${word}`;
      currentWidth += space + wordWidth;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    currentWidth = wordWidth;
    while (currentWidth > width && [...current].length > 1) {
      const letters = [...current];
      let cut = letters.length - 1;
      while (cut > 1 && !fits(letters.slice(0, cut).join(''))) cut--;
      lines.push(letters.slice(0, cut).join(''));
      current = letters.slice(cut).join('');
      currentWidth = shape(font, current, size).width;
    }
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    let last = lines.at(-1)!;
    while (last && !fits(`${last}${ELLIPSIS}`)) last = last.includes(' ') ? last.slice(0, last.lastIndexOf(' ')) : [...last].slice(0, -1).join('');
    lines[maxLines - 1] = `${last.replace(/[\s,.;:]+$/u, '')}${ELLIPSIS}`;
  }
  return lines.map((line) => shape(font, line, size));
}

/** A line box's height and where its baseline stands in it, as CSS sets them (half the leading above, half below). */
function lineBox({ font }: LoadedFont, style: TextStyle): { height: number; baseline: number } {
  const scale = style.size / font.unitsPerEm;
  const ascent = font.ascent * scale;
  const content = (font.ascent - font.descent) * scale;
  const height = style.lineHeight === undefined ? content + font.lineGap * scale : style.size * style.lineHeight;
  return { height, baseline: (height - content) / 2 + ascent };
}

/** A card's pixels: one palette index each. */
class Canvas {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
  constructor(width: number, height: number, fill: number) {
    this.width = width;
    this.height = height;
    this.pixels = new Uint8Array(width * height).fill(fill);
  }

  rows(from: number, to: number, index: number): void {
    this.pixels.fill(index, Math.max(0, from) * this.width, Math.min(this.height, to) * this.width);
  }

  /** Draws a line with its pen at (x, baseline): coverage steps become the ink's palette entries (ink: step 1). */
  text(font: LoadedFont, line: Line, size: number, x: number, baseline: number, ink: number): void {
    for (const placed of line.glyphs) {
      const penX = x + placed.x;
      const whole = Math.floor(penX);
      const phase = Math.min(PHASES - 1, Math.round((penX - whole) * PHASES));
      const glyph = glyphBitmap(font, placed.id, size, phase);
      if (!glyph) continue;
      const left = whole + glyph.left;
      const top = Math.round(baseline + placed.y) + glyph.top;
      for (let row = 0; row < glyph.height; row++) {
        const y = top + row;
        if (y < 0 || y >= this.height) continue;
        for (let col = 0; col < glyph.width; col++) {
          const step = glyph.steps[row * glyph.width + col]!;
          const px = left + col;
          if (step === 0 || px < 0 || px >= this.width) continue;
          const at = y * this.width + px;
          const had = this.pixels[at]!;
          // Where two glyphs of a line overlap, the pixel keeps the larger coverage.
          const hadStep = had >= ink && had < ink + LEVELS ? had - ink + 1 : 0;
          if (step > hadStep) this.pixels[at] = ink + step - 1;
        }
      }
    }
  }
}

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

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit palette PNG of the canvas, each row unfiltered. */
function encodePng(canvas: Canvas, palette: Palette): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(canvas.width, 0);
  header.writeUInt32BE(canvas.height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const raw = Buffer.alloc((canvas.width + 1) * canvas.height);
  for (let row = 0; row < canvas.height; row++) raw.set(canvas.pixels.subarray(row * canvas.width, (row + 1) * canvas.width), row * (canvas.width + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.colours.flat())),
    chunk('IDAT', deflateSync(raw, { level: PNG_ENCODING.deflateLevel })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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
