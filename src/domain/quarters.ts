/**
 * Quarters against a day: the calendar readers browse, the quarter the home
 * page features, and the quarters that still need a topic. The day is always
 * passed in, so the build, the content checker and the tests each say which
 * day they mean.
 */
import { compareQuarters, nextQuarter, quarterKey, quarterOfDate, type Quarter } from '../lib/quarter';
import type { Catalog, QuarterOverview } from './catalog-model';

/** Where a quarter stands against today. */
export type QuarterTiming = 'past' | 'current' | 'coming' | 'later';

export interface CalendarQuarter {
  quarter: Quarter;
  timing: QuarterTiming;
  /** Its topics, tasks due and plans issued; absent when it has none of them, and then it has no page. */
  overview?: QuarterOverview;
}

export interface CalendarYear {
  year: number;
  /** Oldest first. */
  quarters: CalendarQuarter[];
}

/** The current quarter and the coming one: the two an editor must have topics ready for. */
export function upcomingQuarters(today: Date): [current: Quarter, coming: Quarter] {
  const current = quarterOfDate(today);
  return [current, nextQuarter(current)];
}

/**
 * Every quarter from the first year the catalog knows to the coming quarter, so
 * that a quarter without a topic shows as a gap rather than being left out; a
 * quarter beyond the coming one appears only when something falls in it (a task
 * due in 2030). Oldest year first.
 */
export function quarterCalendar(catalog: Catalog, today: Date): CalendarYear[] {
  const [current, coming] = upcomingQuarters(today);
  const timing = (q: Quarter): QuarterTiming => {
    const against = compareQuarters(q, current);
    if (against < 0) return 'past';
    if (against === 0) return 'current';
    return compareQuarters(q, coming) === 0 ? 'coming' : 'later';
  };
  const slots = new Map<string, CalendarQuarter>();
  const firstYear = Math.min(catalog.quarters[0]?.quarter.year ?? current.year, current.year);
  for (let q: Quarter = { year: firstYear, quarter: 1 }; compareQuarters(q, coming) <= 0; q = nextQuarter(q)) {
    slots.set(quarterKey(q), { quarter: q, timing: timing(q) });
  }
  for (const overview of catalog.quarters) slots.set(quarterKey(overview.quarter), { quarter: overview.quarter, timing: timing(overview.quarter), overview });

  const years = new Map<number, CalendarQuarter[]>();
  for (const slot of [...slots.values()].sort((a, b) => compareQuarters(a.quarter, b.quarter))) {
    const list = years.get(slot.quarter.year) ?? [];
    list.push(slot);
    years.set(slot.quarter.year, list);
  }
  return [...years].map(([year, quarters]) => ({ year, quarters }));
}

/** Of the current and the coming quarter, those that no topic is about yet. */
export function quartersWithoutTopic(topicQuarters: Iterable<Quarter>, today: Date): Quarter[] {
  const covered = new Set([...topicQuarters].map(quarterKey));
  return upcomingQuarters(today).filter((q) => !covered.has(quarterKey(q)));
}

/**
 * The quarter to feature: the one containing `today` if it has topics,
 * else the latest quarter before it that has topics.
 */
export function featuredQuarter(catalog: Catalog, today: Date): QuarterOverview | undefined {
  const now: Quarter = quarterOfDate(today);
  return catalog.quarters.filter((d) => d.topics.length > 0 && compareQuarters(d.quarter, now) <= 0).at(-1);
}
