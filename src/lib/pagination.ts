/**
 * Splits a listing into fixed-size pages so that no page grows with the corpus.
 *
 * Not Astro's paginate(): it expects a route file per listing with the page
 * number as that route's last parameter (/linh-vuc/x/2/), while one route here
 * serves every listing (src/pages/[...listing].astro, so the listing template
 * is written once) and page addresses carry "trang/" (/linh-vuc/x/trang/2/) as
 * they have since the portal opened; links already shared keep working.
 */
import { pagePath } from './urls';

export const PAGE_SIZE = 20;

/** How many items a page shows of a list that has its own full listing elsewhere. */
export const PREVIEW_SIZE = 10;

export interface Page<T> {
  items: T[];
  current: number;
  total: number;
  /** Paths without base, for the listing's own pages. */
  prev?: string;
  next?: string;
  path: string;
}

export function paginate<T>(items: readonly T[], listingPath: string, size: number = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => {
    const current = i + 1;
    return {
      items: items.slice(i * size, current * size),
      current,
      total,
      path: pagePath(listingPath, current),
      ...(current > 1 ? { prev: pagePath(listingPath, current - 1) } : {}),
      ...(current < total ? { next: pagePath(listingPath, current + 1) } : {}),
    };
  });
}
