/**
 * A plan's implementation period: one year ("2023"), a range ("2019-2021"),
 * a quarter ("Quý IV/2020"), or open-ended ("từ 2020").
 */
import { compareQuarters, formatQuarter, parseQuarter, type Quarter } from './quarter';

export interface Period {
  start: Quarter;
  /** Absent when the plan runs on with no end ("từ 2020"). */
  end?: Quarter;
}

export const PERIOD_CHOICES = 'một năm "2023", một khoảng năm "2019-2021", một quý "Quý IV/2020" hoặc "từ 2020"';

export type PeriodParseResult = { ok: true; value: Period } | { ok: false; error: string };

const firstQuarter = (year: number): Quarter => ({ year, quarter: 1 });
const lastQuarter = (year: number): Quarter => ({ year, quarter: 4 });

export function parsePeriod(input: string | number): PeriodParseResult {
  const text = String(input).normalize('NFC').trim();
  let match = /^(\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    return { ok: true, value: { start: firstQuarter(year), end: lastQuarter(year) } };
  }
  match = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text);
  if (match) {
    const [from, to] = [Number(match[1]), Number(match[2])];
    if (to < from) return { ok: false, error: `năm kết thúc ${to} đứng trước năm bắt đầu ${from}` };
    return { ok: true, value: { start: firstQuarter(from), end: lastQuarter(to) } };
  }
  match = /^từ\s+(?:năm\s+)?(\d{4})$/iu.exec(text);
  if (match) return { ok: true, value: { start: firstQuarter(Number(match[1])) } };
  if (/^quý/iu.test(text)) {
    const quarter = parseQuarter(text);
    return quarter.ok ? { ok: true, value: { start: quarter.value, end: quarter.value } } : quarter;
  }
  return { ok: false, error: `thời gian thực hiện "${text}" không đọc được; hãy viết ${PERIOD_CHOICES}` };
}

function isWholeYears(period: Period): boolean {
  return period.start.quarter === 1 && (!period.end || period.end.quarter === 4);
}

/** "Năm 2023", "2019–2021", "Quý IV/2020", "Từ năm 2020". */
export function formatPeriod(period: Period): string {
  const { start, end } = period;
  if (!end) return isWholeYears(period) ? `Từ năm ${start.year}` : `Từ ${formatQuarter(start)}`;
  if (isWholeYears(period)) {
    return start.year === end.year ? `Năm ${start.year}` : `${start.year}–${end.year}`;
  }
  const [a, b] = [formatQuarter(start), formatQuarter(end)];
  return a === b ? a : `${a} – ${b}`;
}

/** Whether a plan running over `period` is being carried out during quarter `q`. */
export function periodIncludes(period: Period, q: Quarter): boolean {
  return compareQuarters(period.start, q) <= 0 && (!period.end || compareQuarters(q, period.end) <= 0);
}
