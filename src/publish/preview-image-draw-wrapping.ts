/** Text broken into lines as a browser breaks it, shortened with an ellipsis past the lines it may take. */
import type { LoadedFont } from './preview-image-draw-glyphs.ts';
import { shape, type Line } from './preview-image-draw-shaping.ts';

const ELLIPSIS = '…';
/** Words whose width a worker remembers at most; past it, it starts again. */
const WIDTHS_KEPT = 100_000;

/**
 * Lines of `text` within `width`, broken at spaces as a browser breaks them (a word longer than a line
 * is broken between letters); past `maxLines`, the last line ends with an ellipsis.
 */
export function wrap(font: LoadedFont, text: string, size: number, width: number, maxLines = Infinity): Line[] {
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
