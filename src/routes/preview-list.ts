/** The first few items of a list that has its own paginated listing, and the link to the rest when there is more. */
import { PREVIEW_SIZE } from '../lib/pagination';

export interface PreviewList<T> {
  items: T[];
  total: number;
  /** The link to the full listing; absent when the preview already shows every item. */
  more?: { href: string; label: string };
}

export function previewList<T>(items: readonly T[], href: string, label: string): PreviewList<T> {
  return {
    items: items.slice(0, PREVIEW_SIZE),
    total: items.length,
    ...(items.length > PREVIEW_SIZE ? { more: { href, label: `${label} (${items.length})` } } : {}),
  };
}
