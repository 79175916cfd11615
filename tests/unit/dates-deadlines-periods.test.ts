import { describe, expect, it } from 'vitest';
import { formatDate, isoDate, parseIsoDate } from '../../src/lib/dates';
import { deadlineQuarter, formatDeadline, parseDeadline } from '../../src/lib/deadline';
import { formatPeriod, parsePeriod, periodIncludes } from '../../src/lib/period';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('dates', () => {
  it('parses real days and refuses impossible ones', () => {
    expect(parseIsoDate('2020-10-27')).toEqual({ ok: true, value: day(2020, 10, 27) });
    const impossible = parseIsoDate('2023-02-30');
    expect(!impossible.ok && impossible.error).toContain('không có trên lịch');
  });
  it('shows how to rewrite a dd/mm/yyyy date', () => {
    const result = parseIsoDate('27/10/2020');
    expect(!result.ok && result.error).toContain('"2020-10-27"');
  });
  it('formats dates the Vietnamese way', () => {
    expect(formatDate(day(2020, 10, 7))).toBe('07/10/2020');
    expect(isoDate(day(2020, 10, 7))).toBe('2020-10-07');
  });
});

describe('deadlines', () => {
  it('reads every form plans use', () => {
    expect(parseDeadline('Quý IV/2020')).toEqual({ ok: true, value: { kind: 'quarter', quarter: { year: 2020, quarter: 4 } } });
    expect(parseDeadline('Hàng năm')).toEqual({ ok: true, value: { kind: 'annual' } });
    expect(parseDeadline('hằng năm')).toEqual({ ok: true, value: { kind: 'annual' } });
    expect(parseDeadline('thường xuyên')).toEqual({ ok: true, value: { kind: 'ongoing' } });
    expect(parseDeadline(2023)).toEqual({ ok: true, value: { kind: 'year', year: 2023 } });
    expect(parseDeadline('2020-12-31')).toEqual({ ok: true, value: { kind: 'date', date: day(2020, 12, 31) } });
  });
  it('passes a malformed quarter error through', () => {
    const result = parseDeadline('Quý 5/2023');
    expect(!result.ok && result.error).toContain('quý 5');
  });
  it('lists the allowed forms for anything else', () => {
    const result = parseDeadline('sớm');
    expect(!result.ok && result.error).toContain('hằng năm');
  });
  it('formats, and links a deadline to its quarter when it names one', () => {
    const q = parseDeadline('Quý IV/2020');
    const d = parseDeadline('2021-02-01');
    const y = parseDeadline('2021');
    if (!q.ok || !d.ok || !y.ok) throw new Error('fixture');
    expect(formatDeadline(q.value)).toBe('Quý IV/2020');
    expect(formatDeadline(y.value)).toBe('Năm 2021');
    expect(deadlineQuarter(d.value)).toEqual({ year: 2021, quarter: 1 });
    expect(deadlineQuarter(y.value)).toBeUndefined();
  });
});

describe('periods', () => {
  it('reads a year, a range, a quarter and an open start', () => {
    const cases: [string | number, string][] = [
      [2023, 'Năm 2023'],
      ['2019-2021', '2019–2021'],
      ['2019–2021', '2019–2021'],
      ['Quý IV/2020', 'Quý IV/2020'],
      ['từ 2020', 'Từ năm 2020'],
    ];
    for (const [input, label] of cases) {
      const result = parsePeriod(input);
      expect(result.ok && formatPeriod(result.value)).toBe(label);
    }
  });
  it('refuses a range that ends before it starts', () => {
    const result = parsePeriod('2021-2019');
    expect(!result.ok && result.error).toContain('đứng trước');
  });
  it('knows the quarters a plan is carried out in, with no end for "từ 2020"', () => {
    const range = parsePeriod('2019-2021');
    const open = parsePeriod('từ 2020');
    if (!range.ok || !open.ok) throw new Error('periods should parse');
    expect(periodIncludes(range.value, { year: 2019, quarter: 1 })).toBe(true);
    expect(periodIncludes(range.value, { year: 2021, quarter: 4 })).toBe(true);
    expect(periodIncludes(range.value, { year: 2022, quarter: 1 })).toBe(false);
    expect(periodIncludes(open.value, { year: 2019, quarter: 4 })).toBe(false);
    expect(periodIncludes(open.value, { year: 2027, quarter: 1 })).toBe(true);
  });
});
