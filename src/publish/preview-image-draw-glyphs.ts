/**
 * Fonts and glyphs as a worker keeps them: each font file read once, each glyph
 * drawn by resvg once for a size and a quarter-pixel phase, then only copied.
 */
import { readFile } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';

/** Steps of coverage between a text colour and its background: finer than the eye tells apart on a 1200 px card. */
export const LEVELS = 32;
/** Horizontal glyph positions are kept to a quarter pixel. */
export const PHASES = 4;

interface Glyph {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Coverage step (0…LEVELS) of each pixel, row by row. */
  steps: Uint8Array;
}

export interface LoadedFont {
  font: fontkit.Font;
  glyphs: Map<string, Glyph | null>;
  /** Widths of words shaped before, by size and word: syllables repeat from card to card. */
  widths: Map<string, number>;
}

const fonts = new Map<string, Promise<LoadedFont>>();
export function loadFont(file: string): Promise<LoadedFont> {
  let loaded = fonts.get(file);
  if (!loaded) {
    loaded = readFile(file).then((data) => ({ font: fontkit.create(data) as fontkit.Font, glyphs: new Map(), widths: new Map() }));
    fonts.set(file, loaded);
  }
  return loaded;
}

/** A glyph at `size` px, its pen `phase` quarter-pixels right of a whole pixel, drawn by resvg once and kept. */
export function glyphBitmap({ font, glyphs }: LoadedFont, id: number, size: number, phase: number): Glyph | null {
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
