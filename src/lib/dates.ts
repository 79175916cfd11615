/**
 * Calendar dates. Content dates are days, not instants: they are held as UTC
 * midnight and always read back with UTC getters so no time zone shifts them.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DATE_EXAMPLE = '2020-10-27';

export type DateParseResult = { ok: true; value: Date } | { ok: false; error: string };

/** Parses "YYYY-MM-DD" and rejects days that do not exist (2023-02-30). */
export function parseIsoDate(input: string): DateParseResult {
  const match = ISO_DATE.exec(input.trim());
  if (!match) {
    const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(input.trim());
    const hint = vn ? `; "${input}" viết lại là "${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}"` : '';
    return { ok: false, error: `ngày phải có dạng năm-tháng-ngày, ví dụ "${DATE_EXAMPLE}"${hint}` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, error: `ngày ${input} không có trên lịch` };
  }
  return { ok: true, value: date };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "27/10/2020", the form used across the UI. */
export function formatDate(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** "2020-10-27", for <time datetime> and machine-readable output. */
export function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Vietnam's calendar day (UTC+7, no daylight saving) at an instant, as a content date (UTC midnight). */
export function vietnamDay(instant: Date): Date {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}
