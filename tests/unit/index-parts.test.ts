import { describe, expect, it } from 'vitest';
import { indexParts, partSize } from '../../src/search/index-parts';

/** `n` plan pages of `year`, and that year's listing page. */
const year = (y: number, n: number) => [`/ke-hoach/${y}/`, ...Array.from({ length: n }, (_, i) => `/ke-hoach/${y}/tinh-${i}-kh-ubnd/`)];
const OTHERS = ['/', '/van-ban/qd-1521-qd-ttg/', '/tinh-thanh/lang-son/', '/ke-hoach/', '/chu-de/2023/quy-4/'];

/** Each part as its name and its pages' paths. */
function partsOf(paths: string[], max: number) {
  return indexParts(paths, max).map((part) => ({ name: part.name, paths: part.pages.map((i) => paths[i]!) }));
}

describe('indexParts', () => {
  it('keeps a site that fits in one part as one index', () => {
    const paths = [...OTHERS, ...year(2020, 10)];
    expect(indexParts(paths, 100)).toEqual([{ name: '', pages: paths.map((_, i) => i) }]);
  });

  it('puts every page once, pages that are not plans in the primary part, and a year in one part', () => {
    const paths = [...OTHERS, ...year(2019, 30), ...year(2020, 30), ...year(2021, 30), ...year(2022, 30)];
    const parts = partsOf(paths, 70);
    expect(parts[0]).toEqual({ name: '', paths: OTHERS });
    expect(parts.flatMap((p) => p.paths).sort()).toEqual([...paths].sort());
    expect(parts.map((p) => p.name)).toEqual(['', 'nam-2019-2020', 'nam-2021-2022']);
    for (const part of parts.slice(1)) expect(part.paths.length).toBeLessThanOrEqual(70);
  });

  it('never makes an empty part of a split year', () => {
    const paths = [...OTHERS, ...year(2020, 3)];
    for (const part of indexParts(paths, 1).slice(1)) expect(part.pages.length).toBeGreaterThan(0);
  });

  it('splits a year larger than a part by plan, the same way every time', () => {
    const paths = [...OTHERS, ...year(2020, 250), ...year(2021, 10)];
    const parts = partsOf(paths, 100);
    expect(parts.map((p) => p.name)).toEqual(['', 'nam-2020-phan-1', 'nam-2020-phan-2', 'nam-2020-phan-3', 'nam-2021']);
    expect(partsOf(paths, 100)).toEqual(parts);
    // Adding a plan to another year leaves this year's parts as they were.
    const more = partsOf([...paths, '/ke-hoach/2021/moi-1-kh-ubnd/'], 100);
    expect(more.slice(1, 4)).toEqual(parts.slice(1, 4));
  });

  it('gives an edited plan the same part: parts follow paths, not page contents', () => {
    const paths = [...OTHERS, ...year(2019, 40), ...year(2020, 40), ...year(2021, 40)];
    const before = partsOf(paths, 50);
    expect(before.find((p) => p.paths.includes('/ke-hoach/2020/tinh-3-kh-ubnd/'))!.name).toBe('nam-2020');
    expect(partsOf([...paths].reverse(), 50).map((p) => [p.name, [...p.paths].sort()])).toEqual(before.map((p) => [p.name, [...p.paths].sort()]));
  });
});

describe('partSize', () => {
  it('keeps parts at their least size until the plans fill about as many parts as asked, then grows them in steps', () => {
    expect(partSize(10_500, 2500, 8)).toBe(2500);
    expect(partSize(52_000, 2500, 8)).toBe(7500);
    expect(partSize(0, 2500, 8)).toBe(2500);
    // A few more plans keep the size, so the parts keep their years.
    expect(partSize(52_080, 2500, 8)).toBe(partSize(52_000, 2500, 8));
  });
});
