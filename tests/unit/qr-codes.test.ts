/** QR codes of a page's link, read back from the SVG. */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../src/lib/qr';

describe('QR codes', () => {
  it('are an SVG that encodes the URL', async () => {
    const url = 'https://pbgdpl.example.gov.vn/ke-hoach/2020/lang-son-176-kh-ubnd/';
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
