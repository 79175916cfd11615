/**
 * The day the site is built for, in Vietnam: what "this quarter" means on the
 * agency pages and in the calendar of quarters. Route modules read it; domain
 * functions take the day as an argument, so tests pass their own.
 *
 * A build renders every page for one day, the day it started, or the day
 * PBGDPL_BUILD_DAY names (YYYY-MM-DD): a site rebuilt as of a given day is
 * the same file for file, which is how the incremental build is tested across
 * a change of day. The dev server asks again when a page renders, so a server
 * left running past midnight shows the new day on agency pages, the quarters'
 * pages and the home page; what is computed with the paths (an agency's full
 * task list, its feed and calendar, the set of years) keeps the day it was made
 * on until the content changes, as Astro's dev server keeps paths until then.
 */
import { vietnamDay } from '../lib/dates';

function dayFromEnvironment(): Date | undefined {
  const named = process.env.PBGDPL_BUILD_DAY;
  if (!named) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(named) ? new Date(`${named}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== named) {
    throw new Error(`PBGDPL_BUILD_DAY="${named}" không phải một ngày dạng YYYY-MM-DD, ví dụ 2026-12-04`);
  }
  return day;
}

let fixed: Date | undefined;

export function buildDay(): Date {
  if (import.meta.env?.DEV) return dayFromEnvironment() ?? vietnamDay(new Date());
  fixed ??= dayFromEnvironment() ?? vietnamDay(new Date());
  return fixed;
}
