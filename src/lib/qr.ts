/**
 * QR codes as inline SVG, made at build time: a printed page carries a code
 * that opens the same page online, with no script and no image request. The
 * share panel names the picture for screen readers.
 */
import QRCode from 'qrcode';

export async function qrCodeSvg(url: string): Promise<string> {
  // Level M survives a crease or a smudge on a notice board; a one-module margin plus the page's white is enough quiet zone.
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
