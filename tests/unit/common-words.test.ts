import { describe, expect, it } from 'vitest';
import { commonWords, countWords, indexedWords, type WordPages } from '../../src/search/common-words';
import { pageForIndex } from '../../src/search/page-html';

describe('indexedWords', () => {
  it('reads the folded words of the text Pagefind indexes, not its metadata or filters', () => {
    const page = pageForIndex(
      '/ke-hoach/2020/lang-son-176-kh-ubnd/',
      `<html><body><article data-pagefind-body><span hidden data-pagefind-filter="tinh:Cà Mau"></span>
<h1><span data-pagefind-meta="number">Kế hoạch số 176/KH-UBND</span></h1><span hidden data-pagefind-meta="keywords:Lạng Sơn"></span>
<p>Đất đai, hòa giải ở cơ sở.</p></article></body></html>`,
    )!;
    const words = indexedWords(page.html);
    for (const word of ['dat', 'dai', 'hoa', 'giai', 'o', 'co', 'so', 'ke', 'hoach', '176', 'kh', 'ubnd']) expect(words).toContain(word);
    for (const absent of ['ca', 'mau', 'lang', 'son', 'datz', 'hoaz']) expect(words).not.toContain(absent);
  });
});

describe('commonWords', () => {
  const part = (...pages: string[][]) => {
    const counts: WordPages = {};
    for (const words of pages) countWords(counts, words);
    return counts;
  };

  it('lists the words every part knows that stand on enough pages, sorted', () => {
    const primary = part(['phap', 'luat', 'van', 'ban'], ['phap', 'luat', 'constructor']);
    const years = part(['phap', 'luat', 'hoa', 'giai'], ['hoa', 'giai', 'van'], ['luat', 'khung']);
    expect(commonWords([primary, years], 3)).toEqual(['luat', 'phap']);
    expect(commonWords([primary, years], 1)).toEqual(['luat', 'phap', 'van']);
  });

  it('lists nothing for no parts, or when a part knows no word', () => {
    expect(commonWords([], 1)).toEqual([]);
    expect(commonWords([part(['phap']), part()], 1)).toEqual([]);
  });
});
