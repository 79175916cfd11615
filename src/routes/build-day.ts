/**
 * The day the site is built for, in Vietnam: what "this quarter" means on the
 * agency pages and in the calendar of quarters. Route modules read it; domain
 * functions take the day as an argument, so tests pass their own.
 */
import { vietnamDay } from '../lib/dates';

export const buildDay = vietnamDay(new Date());
