import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/pagination';
import { pagePath, paths, segments, withBase } from '../../src/lib/urls';

describe('urls', () => {
  it('builds readable paths from stable ids', () => {
    expect(paths.plan('2020/lang-son-176-kh-ubnd')).toBe('/ke-hoach/2020/lang-son-176-kh-ubnd/');
    expect(paths.quarter({ year: 2023, quarter: 1 })).toBe('/chu-de/2023/quy-1/');
    expect(paths.province('can-tho')).toBe('/tinh-thanh/can-tho/');
  });
  it('encodes each id as the route segments its page file names', () => {
    expect(segments.plan('2020/lang-son-176-kh-ubnd')).toEqual({ year: '2020', slug: 'lang-son-176-kh-ubnd' });
    expect(segments.topic('2023/quy-4/ngay-phap-luat-2023')).toEqual({ year: '2023', quarter: 'quy-4', topic: 'ngay-phap-luat-2023' });
    expect(segments.quarterOf({ year: 2025, quarter: 3 })).toEqual({ year: '2025', quarter: 'quy-3' });
  });
  it('prefixes a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/ke-hoach/', '/')).toBe('/ke-hoach/');
    expect(withBase('/ke-hoach/', '/pbgdpl/')).toBe('/pbgdpl/ke-hoach/');
    expect(withBase('/ke-hoach/', '/pbgdpl')).toBe('/pbgdpl/ke-hoach/');
  });
  it('numbers listing pages after the first', () => {
    expect(pagePath('/ke-hoach/', 1)).toBe('/ke-hoach/');
    expect(pagePath('/ke-hoach/', 3)).toBe('/ke-hoach/trang/3/');
    expect(segments.listing('/ke-hoach/2020/trang/2/')).toBe('ke-hoach/2020/trang/2');
  });
});

describe('paginate', () => {
  it('cuts a listing into fixed-size pages linked to each other', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i), '/ke-hoach/', 20);
    expect(pages.map((p) => [p.path, p.items.length, p.prev, p.next])).toEqual([
      ['/ke-hoach/', 20, undefined, '/ke-hoach/trang/2/'],
      ['/ke-hoach/trang/2/', 20, '/ke-hoach/', '/ke-hoach/trang/3/'],
      ['/ke-hoach/trang/3/', 5, '/ke-hoach/trang/2/', undefined],
    ]);
  });
  it('gives an empty listing one page', () => {
    expect(paginate([], '/tinh-thanh/son-la/')).toEqual([{ items: [], current: 1, total: 1, path: '/tinh-thanh/son-la/' }]);
  });
});
