/**
 * Quarters ("Quý IV/2020"): parsed once here, formatted once here.
 * Editors write the Roman numeral form printed in Vietnamese plans.
 */

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface Quarter {
  year: number;
  quarter: QuarterNumber;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const QUARTER_PATTERN = /^Quý\s+(I|II|III|IV)\s*\/\s*(\d{4})$/u;

export const QUARTER_EXAMPLE = 'Quý IV/2020';

export type QuarterParseResult = { ok: true; value: Quarter } | { ok: false; error: string };

/** Parses "Quý IV/2020"; the error says what was wrong and what to write instead. */
export function parseQuarter(input: string): QuarterParseResult {
  const text = input.normalize('NFC').trim();
  const match = QUARTER_PATTERN.exec(text);
  if (match) {
    const quarter = (ROMAN.indexOf(match[1] as (typeof ROMAN)[number]) + 1) as QuarterNumber;
    return { ok: true, value: { year: Number(match[2]), quarter } };
  }
  const arabic = /^Quý\s+(\d+)\s*\/\s*(\d{4})$/u.exec(text);
  if (arabic) {
    const n = Number(arabic[1]);
    if (n >= 1 && n <= 4) {
      return {
        ok: false,
        error: `quý viết bằng số La Mã: "${formatQuarter({ year: Number(arabic[2]), quarter: n as QuarterNumber })}"`,
      };
    }
    return { ok: false, error: `một năm chỉ có Quý I đến Quý IV, không có quý ${n}` };
  }
  return { ok: false, error: `quý phải có dạng "${QUARTER_EXAMPLE}" (Quý I, II, III hoặc IV, dấu /, năm 4 chữ số)` };
}

export function formatQuarter(q: Quarter): string {
  return `Quý ${ROMAN[q.quarter - 1]}/${q.year}`;
}

export function quarterOfDate(date: Date): Quarter {
  return { year: date.getUTCFullYear(), quarter: (Math.floor(date.getUTCMonth() / 3) + 1) as QuarterNumber };
}

export function quarterKey(q: Quarter): string {
  return `${q.year}-q${q.quarter}`;
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year - b.year || a.quarter - b.quarter;
}

/** The quarter after `q`: Quý I of the next year follows Quý IV. */
export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: (q.quarter + 1) as QuarterNumber };
}

/** The first day of a quarter, UTC: 1/1, 1/4, 1/7 or 1/10. */
export function quarterStart(q: Quarter): Date {
  return new Date(Date.UTC(q.year, (q.quarter - 1) * 3, 1));
}

/** The last day of a quarter, UTC: 31/3, 30/6, 30/9 or 31/12. */
export function quarterEnd(q: Quarter): Date {
  return new Date(Date.UTC(q.year, q.quarter * 3, 0));
}

/** Other ways a citizen writes a quarter: "Quý 4/2024", "Q4/2024". */
export function quarterSearchForms(q: Quarter): string[] {
  return [`Quý ${q.quarter}/${q.year}`, `Q${q.quarter}/${q.year}`];
}
