/**
 * Title lists (src/search/title-lists.ts): plans grouped by today's province and year, which lists a query
 * naming a province and a year reads, and how their titles answer it.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/query';
import { buildTitleLists, matchTitles, titleListsFor, type TitleEntry } from '../../src/search/title-lists';

// Hậu Giang is part of Cần Thơ (province 1) since 2025: its plans of 2016 are in Cần Thơ's list of 2016.
const haugiang: TitleEntry = { t: 'Kế hoạch hòa giải ở cơ sở trên địa bàn tỉnh Hậu Giang năm 2016', o: ['Kế hoạch số 40/KH-UBND', 'Ủy ban nhân dân tỉnh Hậu Giang', 'Hậu Giang', 'Cần Thơ'], y: 2016, r: 0, f: 'hg40' };
const cantho: TitleEntry = { t: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2016', o: ['Kế hoạch số 12/KH-UBND', 'Ủy ban nhân dân thành phố Cần Thơ', 'Cần Thơ'], y: 2016, r: 0, f: 'ct12' };
const cantho2017: TitleEntry = { t: 'Kế hoạch hòa giải ở cơ sở năm 2017', o: ['Kế hoạch số 7/KH-UBND', 'Ủy ban nhân dân thành phố Cần Thơ', 'Cần Thơ'], y: 2017, r: 0, f: 'ct7' };
const ministry: TitleEntry = { t: 'Kế hoạch phổ biến pháp luật năm 2016', o: ['Kế hoạch số 1/KH-BTP', 'Bộ Tư pháp'], y: 2016, r: 0, f: 'btp1' };

describe('title lists', () => {
  const { index, lists } = buildTitleLists([
    { province: 1, entry: haugiang },
    { province: 1, entry: cantho },
    { province: 1, entry: cantho2017 },
    { province: -1, entry: ministry },
  ]);

  it('groups plans by today\'s province and year, and leaves out plans of no province', () => {
    expect([...lists.keys()].sort()).toEqual(['1-2016', '1-2017']);
    expect(lists.get('1-2016')).toEqual([haugiang, cantho]);
    expect(index).toMatchObject({ from: 2016, span: 2 });
  });

  it('reads the lists of each province and year typed, and of the year before, only where plans are', () => {
    expect(titleListsFor(index, { provinces: new Set([1]), years: new Set([2017]) })).toEqual(['1-2017', '1-2016']);
    expect(titleListsFor(index, { provinces: new Set([1]), years: new Set([2016]) })).toEqual(['1-2016']);
    expect(titleListsFor(index, { provinces: new Set([0]), years: new Set([2016]) })).toEqual([]);
    expect(titleListsFor(index, { provinces: new Set([1]), years: new Set() })).toEqual([]);
  });

  it('finds a title typed without marks, its phrases together first, and the year and the place from the plan', () => {
    const found = (text: string) => matchTitles([lists.get('1-2016')!, lists.get('1-2017')!], parseQuery(text)).map((m) => m.entry.f);
    expect(found('ke hoach hoa giai o co so tren dia ban tinh hau giang nam 2016')).toEqual(['hg40']);
    // Cần Thơ's plans that name mediation, Hậu Giang's among them; as many neighbouring words side by side in each, the shorter title first.
    expect(found('hoa giai o co so can tho')).toEqual(['ct7', 'hg40']);
    expect(found('pho bien giao duc phap luat can tho 2016')).toEqual(['ct12']);
    expect(found('hoa giai 2018')).toEqual([]);
    // Facts are apart from one another and from the year: "Cần Thơ" then "2016" is no phrase.
    expect(matchTitles([lists.get('1-2016')!], parseQuery('can tho 2016')).map((m) => [m.entry.f, m.match.together])).toEqual([
      ['ct12', false],
      ['hg40', false],
    ]);
  });

  it('puts a title holding the last word only as the start of a word after those holding it whole', () => {
    const matches = matchTitles([lists.get('1-2016')!, lists.get('1-2017')!], parseQuery('hoa giai o co'));
    // "co" stands whole in both titles ("cơ"): no prefix match, the shorter title first.
    expect(matches.map((m) => [m.entry.f, m.byPrefix])).toEqual([
      ['ct7', false],
      ['hg40', false],
    ]);
    const started = matchTitles([lists.get('1-2016')!], parseQuery('hoa giai tren dia ban tinh hau gi'));
    expect(started.map((m) => [m.entry.f, m.byPrefix])).toEqual([['hg40', true]]);
  });
});
