/** The share panel of a plan, topic or quarter page: permanent link, QR code, feeds and data. */
import { qrCodeSvg } from '../lib/qr';
import { absoluteUrl } from '../lib/urls';
import type { FeedLink } from '../publish/feeds';

export interface ShareData {
  url: string;
  qr: { svg: string; label: string };
  feeds: FeedLink[];
  dataPath?: string;
}

export async function shareData(path: string, qrLabel: string, feeds: FeedLink[], dataPath?: string): Promise<ShareData> {
  const url = absoluteUrl(path);
  return { url, qr: { svg: await qrCodeSvg(url), label: qrLabel }, feeds, ...(dataPath ? { dataPath } : {}) };
}
