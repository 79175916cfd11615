/** The card as an 8-bit palette PNG, written directly: every pixel is a palette index already, so there is nothing to quantise. */
import { crc32, deflateSync } from 'node:zlib';
import type { Canvas, Palette } from './preview-image-draw-canvas.ts';
import { LEVELS, PHASES } from './preview-image-draw-glyphs.ts';

/** How the PNG is written: part of the cache key, since it decides the bytes. */
export const PNG_ENCODING = { colourType: 'palette', levels: LEVELS, phases: PHASES, deflateLevel: 3 } as const;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit palette PNG of the canvas, each row unfiltered. */
export function encodePng(canvas: Canvas, palette: Palette): Buffer {
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
