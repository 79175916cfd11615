/** Text shaped by fontkit (kerning, Vietnamese marks placed) into glyphs at pen positions, and the line box it stands in. */
import type { LoadedFont } from './preview-image-draw-glyphs.ts';

interface PlacedGlyph {
  id: number;
  /** Pen position from the line's start, in px. */
  x: number;
  y: number;
}

export type FontWeight = 'regular' | 'bold';

/** One kind of text on the card. */
export interface TextStyle {
  size: number;
  weight: FontWeight;
  color: string;
  /** As a multiple of the size; the font's own line height when absent, as CSS `normal`. */
  lineHeight?: number;
}

export interface Line {
  glyphs: PlacedGlyph[];
  width: number;
}

export function shape({ font }: LoadedFont, text: string, size: number): Line {
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

/** A line box's height and where its baseline stands in it, as CSS sets them (half the leading above, half below). */
export function lineBox({ font }: LoadedFont, style: TextStyle): { height: number; baseline: number } {
  const scale = style.size / font.unitsPerEm;
  const ascent = font.ascent * scale;
  const content = (font.ascent - font.descent) * scale;
  const height = style.lineHeight === undefined ? content + font.lineGap * scale : style.size * style.lineHeight;
  return { height, baseline: (height - content) / 2 + ascent };
}
