/**
 * Task deadlines as plans write them: a quarter ("Quý IV/2020"), a year (2021),
 * every year ("hằng năm"), continuously ("thường xuyên") or a date; or none,
 * when the text an entry was written from gives the task but not its deadline.
 */
import { formatDate, parseIsoDate } from './dates';
import { formatQuarter, parseQuarter, quarterEnd, quarterOfDate, type Quarter } from './quarter';

export type Deadline =
  | { kind: 'quarter'; quarter: Quarter }
  | { kind: 'year'; year: number }
  | { kind: 'date'; date: Date }
  | { kind: 'annual' }
  | { kind: 'ongoing' }
  | { kind: 'unstated' };

/** A task left without a deadline in its entry, because its source gives none. */
export const UNSTATED_DEADLINE: Deadline = { kind: 'unstated' };

export const DEADLINE_CHOICES = '"Quý IV/2020", một năm như 2021, một ngày như 2020-12-31, "hằng năm" hoặc "thường xuyên"';

export type DeadlineParseResult = { ok: true; value: Deadline } | { ok: false; error: string };

// "Hàng năm" is the common spelling in plans, "hằng năm" the standard one: both mean every year.
const ANNUAL = new Set(['hằng năm', 'hàng năm']);
const ONGOING = new Set(['thường xuyên']);

export function parseDeadline(input: string | number | Date): DeadlineParseResult {
  if (input instanceof Date) return { ok: true, value: { kind: 'date', date: input } };
  const text = String(input).normalize('NFC').trim();
  const lower = text.toLowerCase();
  if (ANNUAL.has(lower)) return { ok: true, value: { kind: 'annual' } };
  if (ONGOING.has(lower)) return { ok: true, value: { kind: 'ongoing' } };
  if (/^\d{4}$/.test(text)) return { ok: true, value: { kind: 'year', year: Number(text) } };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = parseIsoDate(text);
    return date.ok ? { ok: true, value: { kind: 'date', date: date.value } } : date;
  }
  if (/^quý/iu.test(text)) {
    const quarter = parseQuarter(text);
    return quarter.ok ? { ok: true, value: { kind: 'quarter', quarter: quarter.value } } : quarter;
  }
  return { ok: false, error: `thời hạn "${text}" không đọc được; hãy viết ${DEADLINE_CHOICES}` };
}

export function formatDeadline(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'quarter':
      return formatQuarter(deadline.quarter);
    case 'year':
      return `Năm ${deadline.year}`;
    case 'date':
      return formatDate(deadline.date);
    case 'annual':
      return 'Hằng năm';
    case 'ongoing':
      return 'Thường xuyên';
    case 'unstated':
      return 'Nguồn không ghi';
  }
}

/** The quarter a deadline falls in, when it names one (a quarter or a date). */
export function deadlineQuarter(deadline: Deadline): Quarter | undefined {
  if (deadline.kind === 'quarter') return deadline.quarter;
  if (deadline.kind === 'date') return quarterOfDate(deadline.date);
  return undefined;
}

/**
 * The day a deadline falls due: the date itself, a quarter's last day, a
 * year's 31/12. Recurring deadlines ("hằng năm", "thường xuyên") have none.
 */
export function deadlineDueOn(deadline: Deadline): Date | undefined {
  switch (deadline.kind) {
    case 'date':
      return deadline.date;
    case 'quarter':
      return quarterEnd(deadline.quarter);
    case 'year':
      return new Date(Date.UTC(deadline.year, 11, 31));
    default:
      return undefined;
  }
}
