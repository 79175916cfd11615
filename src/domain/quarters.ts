/** Quarter pages grouped by year, and the quarter to feature on the home page. */
import { compareQuarters, quarterOfDate, type Quarter } from '../lib/quarter';
import type { Catalog, QuarterDigest } from './catalog';

export interface YearOfQuarters {
  year: number;
  digests: QuarterDigest[];
}

/** Oldest year first, each with its quarters oldest first. */
export function quartersByYear(catalog: Catalog): YearOfQuarters[] {
  const years = new Map<number, QuarterDigest[]>();
  for (const d of catalog.quarters) {
    const list = years.get(d.quarter.year) ?? [];
    list.push(d);
    years.set(d.quarter.year, list);
  }
  return [...years].map(([year, digests]) => ({ year, digests }));
}

/**
 * The quarter to feature: the one containing `today` if it has topics,
 * else the latest quarter before it that has topics.
 */
export function featuredQuarter(catalog: Catalog, today: Date): QuarterDigest | undefined {
  const now: Quarter = quarterOfDate(today);
  return catalog.quarters.filter((d) => d.topics.length > 0 && compareQuarters(d.quarter, now) <= 0).at(-1);
}
