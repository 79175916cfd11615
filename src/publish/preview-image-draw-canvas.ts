/** A card's pixels, one palette index each, and the palette: flat colours and each text colour's coverage steps. */
import { glyphBitmap, LEVELS, PHASES, type LoadedFont } from './preview-image-draw-glyphs.ts';
import type { Line } from './preview-image-draw-shaping.ts';

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/** The colours a card may use: flat ones, and each text colour over its background in LEVELS steps. */
export class Palette {
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

/** A card's pixels: one palette index each. */
export class Canvas {
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
