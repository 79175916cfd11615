import { describe, expect, it } from 'vitest';
import { compareQuarters, formatQuarter, nextQuarter, parseQuarter, quarterOfDate } from '../../src/lib/quarter';

describe('parseQuarter', () => {
  it('reads the form printed in plans', () => {
    expect(parseQuarter('Quý IV/2020')).toEqual({ ok: true, value: { year: 2020, quarter: 4 } });
    expect(parseQuarter('Quý I / 2023')).toEqual({ ok: true, value: { year: 2023, quarter: 1 } });
  });
  it('accepts decomposed Unicode, as pasted from a PDF', () => {
    expect(parseQuarter('Quý II/2024'.normalize('NFD'))).toEqual({ ok: true, value: { year: 2024, quarter: 2 } });
  });
  it('asks for Roman numerals when given "Quý 4/2020"', () => {
    const result = parseQuarter('Quý 4/2020');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('"Quý IV/2020"');
  });
  it('rejects a fifth quarter with a plain reason', () => {
    const result = parseQuarter('Quý 5/2023');
    expect(!result.ok && result.error).toContain('không có quý 5');
  });
  it('rejects text that is not a quarter and shows the expected form', () => {
    const result = parseQuarter('cuối năm 2020');
    expect(!result.ok && result.error).toContain('Quý IV/2020');
  });
});

describe('quarter arithmetic', () => {
  it('formats as "Quý I/2023"', () => {
    expect(formatQuarter({ year: 2023, quarter: 1 })).toBe('Quý I/2023');
    expect(formatQuarter({ year: 2020, quarter: 4 })).toBe('Quý IV/2020');
  });
  it('finds the quarter of a date, in UTC days', () => {
    expect(quarterOfDate(new Date(Date.UTC(2020, 9, 27)))).toEqual({ year: 2020, quarter: 4 });
    expect(quarterOfDate(new Date(Date.UTC(2023, 2, 31)))).toEqual({ year: 2023, quarter: 1 });
    expect(quarterOfDate(new Date(Date.UTC(2023, 3, 1)))).toEqual({ year: 2023, quarter: 2 });
  });
  it('orders quarters', () => {
    expect(compareQuarters({ year: 2020, quarter: 4 }, { year: 2021, quarter: 1 })).toBeLessThan(0);
  });
  it('steps to the next quarter, across the turn of the year', () => {
    expect(nextQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 4 });
    expect(nextQuarter({ year: 2026, quarter: 4 })).toEqual({ year: 2027, quarter: 1 });
  });
});
