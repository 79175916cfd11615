/**
 * How the search page carries out a query (src/scripts/search-engine.ts), against a small index and a fake
 * Pagefind that records what it is asked: which directory shards and stored pages are fetched, which parts
 * of the index each Pagefind instance merges, and which words it searches with which filters.
 */
import { describe, expect, it } from 'vitest';
import { bitsToHex, type DirectoryShard } from '../../src/search/directory';
import type { IndexManifest } from '../../src/search/index-layout';
import type { StoredPage } from '../../src/search/match';
import { parseQuery } from '../../src/search/query';
import { encodeName, encodeText } from '../../src/search/text';
import type { TitleEntry } from '../../src/search/title-lists';
import { SearchEngine, type IndexFiles, type PagefindModule } from '../../src/scripts/search-engine';
import { suggestions } from '../../src/scripts/search-suggestions';

const NEWER = 'phan/ho-so/2025-01_2026-12/';
const OLDER = 'phan/ho-so/2020-01_2024-12/';
const NEWER_FULL = 'phan/toan-van/2025-01_2026-12/';
const OLDER_FULL = 'phan/toan-van/2020-01_2024-12/';

const manifest: IndexManifest = {
  version: 'v1',
  record: [
    { path: NEWER, from: '2025-01-01', to: '2026-12-31', pages: 100 },
    { path: OLDER, from: '2020-01-01', to: '2024-12-31', pages: 100 },
  ],
  full: [
    { path: NEWER_FULL, from: '2025-01-01', to: '2026-12-31', pages: 100 },
    { path: OLDER_FULL, from: '2020-01-01', to: '2024-12-31', pages: 100 },
  ],
  plans: 200,
  entities: 50,
  // One shard: every word's entry is in shard 0.
  shards: 1,
  provinces: ['An Giang', 'Lạng Sơn'],
  formerProvinces: [],
  // Title lists from 2020 to 2021: Lạng Sơn's (province 1) of 2021 only.
  titles: { from: 2020, span: 2, bits: bitsToHex([1 * 2 + 1], 2 * 2) },
};

/** Lạng Sơn's plans of 2021 by title: one names mediation, one holds both words apart, one neither. */
const titleLists: Record<string, TitleEntry[]> = {
  '1-2021': [
    { t: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2021', o: ['Kế hoạch số 3/KH-UBND', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn'], y: 2021, r: 1, f: 'r4' },
    { t: 'Kế hoạch hòa nhập cộng đồng, giải quyết việc làm năm 2021', o: ['Kế hoạch số 5/KH-UBND', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn'], y: 2021, r: 1, f: 'r3' },
    { t: 'Kế hoạch công tác hòa giải ở cơ sở trên địa bàn tỉnh Lạng Sơn năm 2021', o: ['Kế hoạch số 12/KH-UBND', 'Ủy ban nhân dân tỉnh Lạng Sơn', 'Lạng Sơn'], y: 2021, r: 1, f: 'r1' },
  ],
};

const directory: DirectoryShard = {
  // On every plan of the newer part (ff) and 88 of the older part's 100 (e0), and on pages that are not plans.
  hoa: { n: [180, 190, 10], c: 'ffe0' },
  giai: { n: [180, 190, 10], c: 'ffe0' },
  lang: { n: [40, 60, 5], c: '6666' },
  // A year no plan of the newer part names.
  '2021': { n: [60, 80, 0], c: '0099' },
  son: { n: [40, 60, 5], c: '6666' },
  // A signer's name on two plans: one of An Giang in the newer part, one of Lạng Sơn in the older part.
  nguyen: {
    n: [2, 2, 0],
    p: [
      [2, 2025, 0, 0, 'r2', 0, 'f2'],
      [2, 2021, 1, 1, 'r1', 1, 'f1'],
    ],
  },
  // Plan 176/KH-UBND, by the single word its number is indexed as.
  '176khubnd': { n: [1, 1, 0], p: [[2, 2020, 1, 1, 'ls176', 1, 'ls176f']] },
};

/** Stored pages of the plans the directory names, by part and fragment. */
const fragments: Record<string, StoredPage> = {
  [`${OLDER}r1`]: { url: '/ke-hoach/2021/r1/', content: encodeText('Kế hoạch 12/KH-UBND của Ủy ban nhân dân tỉnh Lạng Sơn. Người ký: Nguyễn Văn An.'), meta: {} },
  [`${NEWER}r2`]: { url: '/ke-hoach/2025/r2/', content: encodeText('Kế hoạch 30/KH-UBND của Ủy ban nhân dân tỉnh An Giang. Người ký: Nguyễn Văn Bình.'), meta: {} },
  [`${OLDER_FULL}f1`]: { url: '/ke-hoach/2021/r1/', content: encodeText('Kế hoạch 12/KH-UBND của Ủy ban nhân dân tỉnh Lạng Sơn. Người ký: Nguyễn Văn An.'), meta: {} },
  [`${NEWER_FULL}f2`]: {
    url: '/ke-hoach/2025/r2/',
    content: encodeText('Kế hoạch 30/KH-UBND của Ủy ban nhân dân tỉnh An Giang. Người ký: Nguyễn Văn Bình. Phối hợp với tỉnh Lạng Sơn tổ chức hội nghị.'),
    meta: {},
  },
  [`${OLDER}ls176`]: { url: '/ke-hoach/2020/lang-son-176-kh-ubnd/', content: encodeText('Kế hoạch 176/KH-UBND'), meta: {} },
};

/** What the fake Pagefind holds: pages by the index they are in ('' for the primary one), each with the searches it answers. */
interface FakePage {
  id: string;
  score: number;
  kind: 'ke-hoach' | 'khac';
  answers: string[];
  page: StoredPage;
}
const pagefindPages: Record<string, FakePage[]> = {
  // The theme named "Hòa giải": its name is exactly what was typed.
  '': [{ id: 'theme', score: 3, kind: 'khac', answers: ['hoaz giaiz', '"hoaz giaiz"'], page: { url: '/linh-vuc/hoa-giai/', content: encodeText('Hòa giải'), meta: { name: encodeName('Hòa giải') } } }],
  [NEWER]: [
    // Holds both words, but not together.
    { id: 'apart', score: 5, kind: 'ke-hoach', answers: ['hoaz giaiz'], page: { url: '/ke-hoach/2025/a/', content: encodeText('Hòa nhập; giải quyết'), meta: {} } },
    { id: 'together', score: 4, kind: 'ke-hoach', answers: ['hoaz giaiz', '"hoaz giaiz"'], page: { url: '/ke-hoach/2025/b/', content: encodeText('Hòa giải ở cơ sở'), meta: {} } },
  ],
  [OLDER]: [
    { id: 'older', score: 6, kind: 'ke-hoach', answers: ['hoaz giaiz', '"hoaz giaiz"'], page: { url: '/ke-hoach/2021/c/', content: encodeText('Hòa giải viên'), meta: {} } },
    // Lạng Sơn's plan of 2021 whose title holds "hòa" and "giải" apart: its summary holds the words together, and a whole phrase.
    {
      id: 'vi_r3',
      score: 2,
      kind: 'ke-hoach',
      answers: ['hoaz giaiz langz sonz 2021z', '"hoaz giaiz"', '"langz sonz"', '"hoaz giaiz langz sonz 2021z"'],
      page: { url: '/ke-hoach/2021/r3/', content: encodeText('Hòa giải Lạng Sơn 2021'), meta: {} },
    },
  ],
};

const ROOT = '/pagefind/';

/** The index's files and a Pagefind over `pagefindPages`, recording every request and every search. */
function fakeIndex() {
  const requests: string[] = [];
  const instances: { merged: string[]; searches: string[] }[] = [];
  const pagefind: PagefindModule = {
    createInstance() {
      const instance = { merged: [] as string[], searches: [] as string[] };
      instances.push(instance);
      return {
        options: async () => undefined,
        init: async () => undefined,
        destroy: async () => undefined,
        mergeIndex: async (indexPath: string) => {
          instance.merged.push(indexPath.slice(ROOT.length));
        },
        search: async (terms: string | null, { filters }: { filters: Record<string, string> }) => {
          instance.searches.push(`${terms} ${JSON.stringify(filters)}`);
          const held = ['', ...instance.merged].flatMap((index) => pagefindPages[index] ?? []);
          const results = held
            .filter((p) => terms !== null && p.answers.includes(terms) && (!filters.trang || filters.trang === p.kind) && !filters.tinh)
            .sort((a, b) => b.score - a.score);
          return { results: results.map((p) => ({ id: p.id, score: p.score, data: async () => p.page })) };
        },
      };
    },
  };
  const files: IndexFiles = {
    manifest: async () => {
      requests.push('phan.json');
      return manifest;
    },
    shard: async (n, version) => {
      requests.push(`tu/${n}.json?v=${version}`);
      return directory;
    },
    titleList: async (name, version) => {
      requests.push(`tieu-de/${name}.json?v=${version}`);
      return titleLists[name]!;
    },
    fragment: async (part, fragment) => {
      requests.push(`${part}${fragment}`);
      return fragments[`${part}${fragment}`]!;
    },
    pagefind: async () => {
      requests.push('pagefind.js');
      return pagefind;
    },
  };
  const engine = new SearchEngine(
    { base: '/', filterKeys: { year: 'nam', province: 'tinh', section: 'muc' }, planSection: 'Kế hoạch', pageKind: { filter: 'trang', plan: 'ke-hoach', other: 'khac' } },
    files,
  );
  return { engine, requests, instances, files };
}

describe('carrying out a query on the search page', () => {
  it('searches words found on most plans in the newest part with the other pages, the older part left for the reader', async () => {
    const { engine, requests, instances } = fakeIndex();
    const answer = await engine.find(parseQuery('hoa giai '), {});
    // One shard holds both words; Pagefind starts while the directory is read.
    expect(requests).toEqual(['pagefind.js', 'phan.json', 'tu/0.json?v=v1']);
    expect(instances).toEqual([{ merged: [NEWER], searches: ['hoaz giaiz {}', '"hoaz giaiz" {}'] }]);
    // The theme named as typed first, then the plan with the words together; the plan with them apart waits.
    expect(answer.main.map((h) => h.key)).toEqual(['theme', 'together']);
    expect(answer.apart.map((h) => h.key)).toEqual(['apart']);
    expect(answer).toMatchObject({ together: 'together', fullText: true, unchecked: 0, older: { plans: 88, from: '2020-01-01', to: '2024-12-31', earlier: true } });

    const older = await answer.older!.search();
    expect(instances[1]).toEqual({ merged: [OLDER], searches: ['hoaz giaiz {"trang":"ke-hoach"}', '"hoaz giaiz" {"trang":"ke-hoach"}'] });
    expect(older.main.map((h) => h.key)).toEqual(['older']);
    // Three results in the records: their full text is not searched.
    expect(instances.flatMap((i) => i.merged)).not.toContain(NEWER_FULL);
  });

  it('matches a query naming a province and a year on that province\'s titles of the year, whatever part holds them', async () => {
    const { engine, requests, instances } = fakeIndex();
    const answer = await engine.find(parseQuery('hoa giai, lang son, 2021 '), {});
    // Only the older part can hold "2021"; the list of Lạng Sơn's plans of 2021 is read beside it (no list for 2020).
    expect(instances[0]!.merged).toEqual([OLDER]);
    expect(requests.filter((r) => r.startsWith('tieu-de/'))).toEqual(['tieu-de/1-2021.json?v=v1']);
    // The title with "hòa giải" together first; the plan whose title holds the words apart stays among the first, where its
    // record put it (Pagefind found the words together there); the third title lacks them.
    expect(answer.main.map((h) => h.key)).toEqual(['vi_r1', 'vi_r3']);
    expect(answer.apart).toEqual([]);
    expect(answer.together).toBe('together');
    expect((await answer.main[0]!.load()).url).toBe('/ke-hoach/2021/r1/');

    // In quotes: only the phrase, which no title holds; the plan Pagefind found with it is kept.
    const quoted = await fakeIndex().engine.find(parseQuery('"hoa giai lang son 2021"'), {});
    expect(quoted.main.map((h) => h.key)).toEqual(['vi_r3']);
    expect(quoted.apart).toEqual([]);
  });

  it('searches without a title list it cannot read', async () => {
    const { engine, files } = fakeIndex();
    files.titleList = async () => {
      throw new Error('tieu-de/1-2021.json: HTTP 404');
    };
    const answer = await engine.find(parseQuery('hoa giai, lang son, 2021 '), {});
    expect(answer.main.map((h) => h.key)).toEqual(['vi_r3']);
  });

  it('lets a rare word lead: the plans it names are read one by one, a province typed first, and their full text follows when they answer too little', async () => {
    const { engine, requests, instances } = fakeIndex();
    const answer = await engine.find(parseQuery('nguyen, lang son '), {});
    expect(requests).toEqual(['pagefind.js', 'phan.json', 'tu/0.json?v=v1', `${OLDER}r1`, `${NEWER}r2`, `${OLDER_FULL}f1`, `${NEWER_FULL}f2`]);
    // No part is loaded and Pagefind searches nothing: no page but a plan holds the name.
    expect(instances.flatMap((i) => [...i.merged, ...i.searches])).toEqual([]);
    // The Lạng Sơn plan from its record, then from its full text, where the An Giang plan names Lạng Sơn too.
    expect(answer.main.map((h) => h.key)).toEqual(['1/r1', '1/r1', '0/r2']);
    expect(answer).toMatchObject({ together: 'together', fullText: false, unchecked: 0 });
    expect((await answer.main[2]!.load()).url).toBe('/ke-hoach/2025/r2/');
  });

  it('leaves the full text alone once the reader has typed on', async () => {
    const { engine, requests } = fakeIndex();
    const answer = await engine.find(parseQuery('nguyen, lang son '), {}, () => true);
    expect(requests).toEqual(['pagefind.js', 'phan.json', 'tu/0.json?v=v1', `${OLDER}r1`, `${NEWER}r2`]);
    expect(answer.main.map((h) => h.key)).toEqual(['1/r1']);
    expect(answer.fullText).toBe(true);
  });

  it('finds a document number from the directory alone, without starting Pagefind or reading a page before it is shown', async () => {
    const { engine, requests, instances } = fakeIndex();
    const answer = await engine.find(parseQuery('176/KH-UBND'), {});
    expect(requests).toEqual(['phan.json', 'tu/0.json?v=v1']);
    expect(instances).toEqual([]);
    expect(answer.main.map((h) => h.key)).toEqual(['1/ls176']);
    expect(answer.fullText).toBe(false);
    expect((await answer.main[0]!.load()).url).toBe('/ke-hoach/2020/lang-son-176-kh-ubnd/');
    expect(requests.at(-1)).toBe(`${OLDER}ls176`);
  });

  it('suggests, when a filter hides every result, the search without it, with how many it finds', async () => {
    const { engine } = fakeIndex();
    const query = parseQuery('hoa giai');
    const filters = { tinh: 'Lạng Sơn' };
    expect((await engine.find(query, filters)).main).toEqual([]);
    const labels = { dropFilters: 'Bỏ bộ lọc', dropQuotes: 'Bỏ dấu ngoặc kép', dropWord: 'Bớt một từ' };
    // Each word alone, with the filter, finds nothing either.
    expect(await suggestions(engine, 'hoa giai', query, filters, labels)).toEqual([{ label: 'Bỏ bộ lọc', text: 'hoa giai', filters: {}, results: 2 }]);
  });
});
