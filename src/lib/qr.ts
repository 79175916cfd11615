/**
 * QR codes as inline SVG, made at build time: a printed page carries a code
 * that opens the same page online, with no script and no image request.
 */
import QRCode from 'qrcode';
import { escapeXml } from './atom';

/** An SVG QR code of `url`, described for screen readers by `label`. */
export async function qrCodeSvg(url: string, label: string): Promise<string> {
  // Level M survives a crease or a smudge on a notice board; a one-module margin plus the page's white is enough quiet zone.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeXml(label)}" `);
}
