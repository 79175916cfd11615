/**
 * Each agency's deadlines as an iCalendar file (RFC 5545), so that an official
 * can subscribe in a calendar app. Deadlines are days, not instants: each task
 * is an all-day event on its due day — the date written in the plan, the last
 * day of a quarter (Quý IV/2020 → 31/12/2020), 31/12 of a year. Recurring
 * tasks ("hằng năm", "thường xuyên") have no day and stay out of the calendar.
 * Every field comes from the content (DTSTAMP is the plan's date), so an
 * unchanged calendar is byte-identical from one build to the next.
 */
import ical from 'ical-generator';
import type { AgencyTask, AgencyTasks } from '../domain/agency-tasks';
import { absoluteUrl, paths } from '../lib/urls';
import { ui } from '../ui/vi';

const t = ui.agency;

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/** Past deadlines kept in a calendar, most recent first: enough to look back a while without growing forever. */
export const CALENDAR_PAST_SIZE = 50;

/** The tasks a calendar holds: every dated task due this quarter or later, and the most recent past ones. */
export function calendarTasks(entry: AgencyTasks): AgencyTask[] {
  const dated = entry.all.filter((item) => item.dueOn !== undefined);
  const upcoming = dated.filter((item) => item.group !== 'past');
  // Already most recent first: AgencyTasks sorts its past group so.
  const past = dated.filter((item) => item.group === 'past');
  return [...upcoming, ...past.slice(0, CALENDAR_PAST_SIZE)];
}

export function agencyCalendar(entry: AgencyTasks): string {
  const host = new URL(absoluteUrl(paths.home())).hostname;
  const calendar = ical({
    name: t.calendarName(entry.agency.name),
    description: t.calendarDescription,
    prodId: { company: ui.siteName, product: 'thoi-han-nhiem-vu', language: 'VI' },
    url: absoluteUrl(paths.agency(entry.agency.id)),
  });
  for (const item of calendarTasks(entry)) {
    const planUrl = absoluteUrl(paths.plan(item.plan.id));
    const planLabel = `${item.plan.typeLabel} ${item.plan.documentNumber} (${item.plan.issuer.shortName})`;
    calendar.createEvent({
      id: `${entry.agency.id}.${item.plan.id.replace('/', '.')}.${item.index}@${host}`,
      stamp: item.plan.datedOn,
      start: item.dueOn!,
      allDay: true,
      summary: t.calendarEventTitle(item.role === 'lead' ? t.roleLead : t.rolePartner, item.task.title),
      description: `${t.calendarEventDescription(planLabel, item.task.deadlineLabel)}\n${planUrl}`,
      url: planUrl,
    });
  }
  return calendar.toString();
}
