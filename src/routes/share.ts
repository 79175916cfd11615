/**
 * The share panel of a plan, topic or quarter page: permanent link, QR code, feeds and data.
 * The panel draws the QR code of `url` itself: it depends on nothing else, and drawing it here for
 * every plan, only to compute the pages' cache keys, was a large share of a rebuild (bench/README.md).
 */
import { absoluteUrl } from '../lib/urls';
import type { FeedLink } from '../publish/feeds';

export interface ShareData {
  url: string;
  /** What the QR code of `url` is, for screen readers. */
  qrLabel: string;
  feeds: FeedLink[];
  dataPath?: string;
}

export function shareData(path: string, qrLabel: string, feeds: FeedLink[], dataPath?: string): ShareData {
  return { url: absoluteUrl(path), qrLabel, feeds, ...(dataPath ? { dataPath } : {}) };
}
