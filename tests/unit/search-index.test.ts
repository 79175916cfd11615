/**
 * The search index at national scale, piece by piece: how plans are laid out in parts, what the word
 * directory lists, how a query is planned from it, how a stored page is checked against a query, and
 * what each page gives search, read from the fixture's content.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { parseContent } from '../../src/editor-tools/content-check';
import { bodyBlocks } from '../../src/search/body-text';
import { bitsToHex, buildDirectory, hexHasBit, plansInPart, shardKey, type DirectoryEntry, type DirectoryPlan } from '../../src/search/directory';
import { layerParts, type IndexManifest } from '../../src/search/index-layout';
import { matchPage, passesFilters } from '../../src/search/match';
import { pagefindRecord, recordWords } from '../../src/search/pagefind-record';
import { parseQuery } from '../../src/search/query';
import { namedInQuery, numberForms, planSearch, type Lookup, type PlanOptions } from '../../src/search/query-plan';
import { searchRecords } from '../../src/search/records';
import { decodeIndexed, encodeBlocks, encodeName, encodeText } from '../../src/search/text';
import { readContent } from './helpers/content';

describe('parts of a layer', () => {
  const plan = (date: string, i: number) => ({ date, url: `/ke-hoach/${date.slice(0, 4)}/p-${i}/` });

  it('groups consecutive months from the oldest, lists the newest part first, and never splits a month it can keep whole', () => {
    const plans = [plan('2024-01-05', 1), plan('2024-01-20', 2), plan('2024-02-03', 3), plan('2024-03-09', 4), plan('2025-06-01', 5)];
    expect(layerParts(plans, 3)).toEqual([
      { name: '2024-03_2025-06', from: '2024-03-01', to: '2025-06-30', records: [3, 4] },
      { name: '2024-01_2024-02', from: '2024-01-01', to: '2024-02-29', records: [0, 1, 2] },
    ]);
  });

  it('spreads a month larger than a part over several, by a hash of the path', () => {
    const plans = Array.from({ length: 40 }, (_, i) => plan('2026-03-10', i));
    const parts = layerParts(plans, 10);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.every((p) => /^2026-03_2026-03-[1-4]$/.test(p.name))).toBe(true);
    expect(parts.flatMap((p) => p.records).sort((a, b) => a - b)).toEqual(plans.map((_, i) => i));
    // The same plans always go to the same part.
    expect(layerParts(plans, 10)).toEqual(parts);
  });

  it('keeps the older parts as they were when a newer plan comes', () => {
    const plans = [plan('2023-05-01', 1), plan('2023-06-01', 2), plan('2024-02-01', 3)];
    const before = layerParts(plans, 2);
    const after = layerParts([...plans, plan('2024-03-01', 4)], 2);
    expect(after.at(-1)).toEqual(before.at(-1));
  });
});

describe('the word directory', () => {
  const plan = (words: string[], extra: Partial<DirectoryPlan> = {}): DirectoryPlan => ({
    record: new Set(words),
    full: new Set([...words, 'body']),
    strong: new Set(words.slice(0, 1)),
    year: 2024,
    province: 0,
    recordPart: 0,
    recordFragment: 'r',
    fullPart: 0,
    fullFragment: 'f',
    ...extra,
  });
  const plans = [
    plan(['176khubnd', 'phap', 'luat'], { recordFragment: 'a1', fullFragment: 'b1' }),
    plan(['phap', 'luat', 'hoa'], { recordPart: 1, fullPart: 1, recordFragment: 'a2', fullFragment: 'b2', year: 2023, province: 3 }),
    plan(['phap', 'giai'], { recordPart: 1, fullPart: 2, recordFragment: 'a3', fullFragment: 'b3' }),
  ];
  const directory = buildDirectory({ plans, entities: [new Set(['phap', 'tinh'])], recordPartPages: [2, 2], fullParts: 3, posted: 1, postedNumbers: 1, shardBytes: 1e9 });
  const entries = Object.assign({}, ...directory.shards) as Record<string, DirectoryEntry>;

  it('lists the plans of a rare word, the strongest first, with where each is and how strongly it holds the word', () => {
    // "hoa" is in the plan's record, not its title (the first of its words here).
    expect(entries.hoa).toEqual({ n: [1, 1, 0], p: [[1, 2023, 3, 1, 'a2', 1, 'b2']] });
    expect(entries['176khubnd']!.p).toEqual([[2, 2024, 0, 0, 'a1', 0, 'b1']]);
  });

  it('gives the share of each record part holding a frequent word, and names the full-text parts only when some lack it', () => {
    // Half of part 0 (1 plan of 2) and all of part 1, a byte each.
    expect(entries.phap).toEqual({ n: [3, 3, 1], c: '80ff' });
    expect(plansInPart(entries.phap!, 0, 2)).toBe(1);
    expect(plansInPart(entries.phap!, 1, 2)).toBe(2);
    expect(entries.luat).toEqual({ n: [2, 2, 0], c: '8080', f: bitsToHex([0, 1], 3) });
    expect(hexHasBit(entries.luat!.f!, 1)).toBe(true);
    expect(hexHasBit(entries.luat!.f!, 2)).toBe(false);
    // A word only in the other pages is known, with no plan.
    expect(entries.tinh).toEqual({ n: [0, 0, 1] });
  });

  it('files a number form with its number, so a number typed brings every form of it', () => {
    expect(shardKey('176khubnd')).toBe('176');
    expect(shardKey('kehoach176')).toBe('176');
    expect(shardKey('352013qh13')).toBe('352013');
    expect(shardKey('hoa')).toBe('hoa');
  });
});

describe('planning a query', () => {
  const manifest: IndexManifest = {
    version: 'v',
    record: [
      { path: 'phan/ho-so/b/', from: '2025-01-01', to: '2026-12-31', pages: 1500 },
      { path: 'phan/ho-so/a/', from: '2020-01-01', to: '2024-12-31', pages: 1500 },
      { path: 'phan/ho-so/0/', from: '2015-01-01', to: '2019-12-31', pages: 1500 },
    ],
    full: [{ path: 'phan/toan-van/b/', from: '2025-01-01', to: '2026-12-31', pages: 4500 }],
    plans: 4500,
    entities: 200,
    shards: 8,
    provinces: ['An Giang', 'Lạng Sơn'],
    formerProvinces: [['Đồng Tháp', 0]],
    // Title lists of 2019 and 2020: An Giang's (province 0) of both years, Lạng Sơn's of 2020.
    titles: { from: 2019, span: 2, bits: bitsToHex([0, 1, 3], 4) },
  };
  const options = { layer: 'record' as const, filters: {}, filterKeys: { year: 'nam', province: 'tinh', section: 'muc' }, planSection: 'Kế hoạch' };
  // 1,482, 1,471 and 1,453 plans of the three parts of 1,500.
  const common: DirectoryEntry = { n: [4400, 4500, 150], c: 'fcfaf7' };
  const lookup = (entries: (DirectoryEntry | undefined)[], numbers: Lookup['numbers'] = []): Lookup => ({ entries, numbers });

  it('answers words found on nearly every plan from the newest part, older ones left for later with how many plans they may hold', () => {
    const plan = planSearch(parseQuery('phap luat '), lookup([common, common]), manifest, options);
    expect(plan.entities).toBe('words');
    expect(plan.plans).toEqual({ kind: 'parts', layer: 'record', parts: [0], older: [1, 2], olderPlans: 2924, query: 'words' });
  });

  it('searches only the parts where every word stands', () => {
    const older: DirectoryEntry = { n: [300, 300, 0], c: '000033' };
    const plan = planSearch(parseQuery('phap cu '), lookup([common, older]), manifest, options);
    expect(plan.entities).toBe(false);
    expect(plan.plans).toMatchObject({ kind: 'parts', parts: [2], older: [] });
  });

  it('lets a rare word lead: its plans are checked, no part is loaded, those of a province typed first', () => {
    const rare: DirectoryEntry = {
      n: [2, 2, 0],
      p: [
        [2, 2021, 0, 1, 'x', 0, 'y'],
        [2, 2024, 1, 1, 'z', 0, 'w'],
      ],
    };
    const plan = planSearch(parseQuery('nguyen lang son '), lookup([rare, common, common]), manifest, options);
    expect(plan.plans).toEqual({ kind: 'postings', layer: 'record', candidates: [rare.p![1], rare.p![0]], covered: [0], byNumber: false });
  });

  it('checks only the plans of a rare word whose parts hold the other words', () => {
    const rare: DirectoryEntry = {
      n: [3, 3, 0],
      p: [
        [2, 2025, 0, 0, 'a', 0, 'af'],
        [2, 2021, 0, 1, 'b', 1, 'bf'],
        [2, 2016, 0, 2, 'c', 2, 'cf'],
      ],
    };
    // In the records of the two newer parts only; in the full text of the first and the third part.
    const sometimes: DirectoryEntry = { n: [200, 300, 0], c: '101000', f: bitsToHex([0, 2], 3) };
    // Full-text parts as the record parts.
    const threeFull = { ...manifest, full: manifest.record.map((p) => ({ ...p, path: p.path.replace('ho-so', 'toan-van') })) };
    const candidates = (layer: PlanOptions['layer'], text = 'nguyen tuong ') => {
      const plans = planSearch(parseQuery(text), lookup([rare, sometimes]), threeFull, { ...options, layer }).plans;
      return plans.kind === 'postings' ? plans.candidates.map((p) => p[4]) : plans.kind;
    };
    expect(candidates('record')).toEqual(['a', 'b']);
    expect(candidates('full')).toEqual(['a', 'c']);
    // A last word still being typed may be the start of another word, which the directory cannot tell of.
    expect(candidates('record', 'nguyen tuo')).toEqual(['a', 'b', 'c']);
  });

  it('finds a document number typed in any form by its single-word form', () => {
    expect(numberForms(['ke', 'hoach', '176']).map((f) => f.token)).toEqual(['kehoach176', 'hoach176']);
    expect(numberForms(['176', 'kh', 'ubnd'])[0]).toEqual({ token: '176khubnd', covers: [0, 1, 2] });
    const number: DirectoryEntry = { n: [1, 1, 0], p: [[2, 2020, 1, 1, 'ls', 0, 'lsf']] };
    const plan = planSearch(parseQuery('176khubnd'), lookup([undefined, undefined], [{ token: '176khubnd', entry: number, covers: [0, 1] }]), manifest, options);
    expect(plan).toEqual({ entities: false, plans: { kind: 'postings', layer: 'record', candidates: number.p, covered: [0, 1], byNumber: true }, titleLists: [] });
  });

  it('knows at once that no plan holds a word nobody wrote', () => {
    expect(planSearch(parseQuery('phap khunglong '), lookup([common, undefined]), manifest, options).plans).toEqual({ kind: 'none' });
  });

  it('matches a query naming a province and a year on the title lists of that year and the year before, when parts are searched', () => {
    const named = (text: string, opts: PlanOptions = options) => planSearch(parseQuery(text), lookup(parseQuery(text).folded.map(() => common)), manifest, opts).titleLists;
    // A plan for "năm 2020" may be issued late in 2019: An Giang has lists of both years, Lạng Sơn only of 2020.
    expect(named('hoa giai an giang 2020 ')).toEqual(['0-2020', '0-2019']);
    expect(named('hoa giai lang son 2020 ')).toEqual(['1-2020']);
    // A former province's plans are in the list of the province it is part of today.
    expect(named('hoa giai dong thap 2020 ')).toEqual(['0-2020', '0-2019']);
    expect(named('hoa giai lang son ')).toEqual([]);
    expect(named('hoa giai 2020 ')).toEqual([]);
    // A filter asks of the plan's page what a list does not hold; the full text has no lists.
    expect(named('hoa giai lang son 2020 ', { ...options, filters: { nam: '2020' } })).toEqual([]);
    expect(named('hoa giai lang son 2020 ', { ...options, layer: 'full' })).toEqual([]);
  });

  it('reads provinces and years among the words', () => {
    expect(namedInQuery(['176', 'lang', 'son', '2020'], manifest.provinces)).toEqual({ provinces: new Set([1]), years: new Set([2020]) });
    // A former province stands for the province it is part of today.
    expect(namedInQuery(['kh', 'dong', 'thap'], manifest.provinces, manifest.formerProvinces).provinces).toEqual(new Set([0]));
  });
});

describe('checking a stored page against a query', () => {
  const page = {
    url: '/ke-hoach/2020/lang-son-176-kh-ubnd/',
    content: encodeBlocks(['Lạng Sơn tổ chức hòa giải, ở cơ sở', 'Sở Tư pháp chủ trì']),
    meta: { title: encodeName('Kế hoạch phổ biến, giáo dục pháp luật'), number: encodeText('Kế hoạch số 176/KH-UBND') },
    filters: { tinh: ['Lạng Sơn'] },
  };

  it('holds every word, each phrase together, and counts the neighbours side by side', () => {
    expect(matchPage(page, parseQuery('lang son hoa giai '))).toEqual({ holdsAll: true, together: false, pairs: 2, strong: false });
    expect(matchPage(page, parseQuery('lang son'))).toMatchObject({ holdsAll: true, together: true });
    expect(matchPage(page, parseQuery('hoa giai o co so '))).toMatchObject({ together: false, pairs: 3 });
    expect(matchPage(page, parseQuery('khung long '))).toMatchObject({ holdsAll: false });
  });

  it('reads a title as typed: its commas do not break a phrase, and a match there is strong', () => {
    expect(matchPage(page, parseQuery('pho bien giao duc phap luat '))).toMatchObject({ together: true, strong: true });
  });

  it('takes the last word, maybe unfinished, as the start of a word', () => {
    expect(matchPage(page, parseQuery('lang hoa gi')).holdsAll).toBe(true);
    expect(matchPage(page, parseQuery('lang hoa gi ')).holdsAll).toBe(false);
  });

  it('passes only the filters the page answers to', () => {
    expect(passesFilters(page, { tinh: 'Lạng Sơn' })).toBe(true);
    expect(passesFilters(page, { tinh: 'Cần Thơ' })).toBe(false);
  });
});

describe('what the fixture pages give search', () => {
  const files = readContent();
  const catalog = buildCatalog(parseContent(files).raw);
  const text = new Map(files.map((f) => [f.path, f.text]));
  const bodyText = (file: string) => bodyBlocks(text.get(file)!.replace(/^---[\s\S]*?\n---\n/, ''), file.endsWith('.mdx') ? 'mdx' : 'md', catalog);
  const records = searchRecords(catalog, bodyText, (collection, id) => [`${collection}/${id}.mdx`, `${collection}/${id}.md`].find((p) => text.has(p))!);
  const langSon = records.find((r) => r.url === '/ke-hoach/2020/lang-son-176-kh-ubnd/')!;

  it('gives a plan its record from the catalog: number, title, issuer, places, forms of its number, filters', () => {
    expect(langSon.plan).toEqual({ date: '2020-10-27', year: 2020, province: 'lang-son', file: 'plans/2020/lang-son-176-kh-ubnd.md', places: ['Lạng Sơn'] });
    expect(langSon.meta).toMatchObject({ kind: 'Kế hoạch', number: 'Kế hoạch số 176/KH-UBND', date: '27/10/2020', place: 'Ủy ban nhân dân tỉnh Lạng Sơn' });
    expect(langSon.keywords).toEqual(['Kế hoạch 176', 'KH 176', 'Lạng Sơn']);
    expect(langSon.numbers).toEqual([{ serial: '176', tokens: ['176khubnd', 'kehoach176', 'kh176'] }]);
    expect(langSon.facts).toContain('Nguyễn Long Hải');
    expect(langSon.filters).toEqual({ nam: ['2020'], muc: ['Kế hoạch'], tinh: ['Lạng Sơn'], loai: ['Kế hoạch'], 'linh-vuc': expect.arrayContaining(['Hòa giải ở cơ sở']), trang: ['ke-hoach'] });
  });

  it('keeps a plan body and the laws it cites out of its record, for its full text', () => {
    const record = recordWords(langSon, 'record');
    const full = recordWords({ ...langSon, prose: [...bodyText(langSon.plan!.file), ...langSon.prose] }, 'full');
    expect(record.has('176khubnd')).toBe(true);
    expect(langSon.prose.some((p) => p.startsWith('Quyết định 1521/QĐ-TTg'))).toBe(true);
    expect([...full].filter((w) => !record.has(w)).length).toBeGreaterThan(20);
  });

  it('writes the record for Pagefind with its heading first, every text as search reads it', () => {
    const written = pagefindRecord(langSon, 'record');
    expect(decodeIndexed(written.content).startsWith('Kế hoạch số 176/KH-UBND Kế hoạch thực hiện Kết luận số 80-KL/TW')).toBe(true);
    expect(written.meta.keywords).toContain('176khubndz');
    expect(decodeIndexed(written.meta.title!)).toBe(langSon.meta.title);
  });

  it('gives every other page as an entity, with its name', () => {
    const province = records.find((r) => r.url === '/tinh-thanh/can-tho/')!;
    expect(province.plan).toBeUndefined();
    expect(province.meta).toMatchObject({ kind: 'Tỉnh, thành', name: 'Cần Thơ' });
    expect(province.keywords).toEqual(expect.arrayContaining(['Sóc Trăng', 'Hậu Giang']));
    expect(records.filter((r) => r.plan).length).toBe(4);
    expect(records.filter((r) => r.url.startsWith('/linh-vuc/')).length).toBe(catalog.themes.size);
  });

  it('reads an MDX body with its components as the words they show', () => {
    const laiChau = records.find((r) => r.url === '/ke-hoach/2019/lai-chau-972-kh-ubnd/')!;
    const blocks = bodyText(laiChau.plan!.file);
    expect(blocks.length).toBeGreaterThan(3);
    expect(blocks.join(' ')).not.toMatch(/<|DataTable|Figure/);
  });
});
