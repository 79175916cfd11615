/** Redirects recorded in content (redirectFrom): where an old path goes, and the paths the checker refuses. */
import { describe, expect, it } from 'vitest';
import { checkContent, parseContent } from '../../src/editor-tools/content-check';
import { contentRedirects, dataFileRedirects, redirectProblems } from '../../src/publish/redirects';
import { fileText, withFile } from './helpers/content';
import { files, LANG_SON_FILE } from './helpers/fixture-catalog';

describe('redirects recorded in content', () => {
  const withRedirect = (from: string, file = LANG_SON_FILE) =>
    withFile(files, file, fileText(files, file).replace(/^title:/m, `redirectFrom:\n  - ${from}\ntitle:`));

  it('send an old path to the entry that lists it', () => {
    const raw = parseContent(withRedirect('/ke-hoach/2020/lang-son-176/')).raw;
    expect(contentRedirects(raw)).toEqual([{ from: '/ke-hoach/2020/lang-son-176/', to: '/ke-hoach/2020/lang-son-176-kh-ubnd/', filePath: LANG_SON_FILE }]);
    expect(redirectProblems(raw)).toEqual([]);
  });

  it('refuse an old path that is a live page, or that two entries claim', () => {
    const live = checkContent(withRedirect('/ke-hoach/2023/soc-trang-26-kh-ubnd/'));
    expect(live.map((p) => p.message)).toEqual([expect.stringContaining('"/ke-hoach/2023/soc-trang-26-kh-ubnd/" đang là địa chỉ của plans/2023/soc-trang-26-kh-ubnd.md')]);
    const twice = withFile(
      withRedirect('/ke-hoach/cu/'),
      'plans/2023/soc-trang-26-kh-ubnd.md',
      fileText(files, 'plans/2023/soc-trang-26-kh-ubnd.md').replace(/^title:/m, 'redirectFrom:\n  - /ke-hoach/cu/\ntitle:'),
    );
    expect(checkContent(twice).map((p) => p.message)).toEqual([expect.stringContaining('"/ke-hoach/cu/" đã được')]);
  });

  it('refuse a path that is not a site path, saying what one looks like', () => {
    const problems = checkContent(withRedirect('https://sotuphap.langson.gov.vn/ke-hoach-176'));
    expect(problems).toEqual([expect.objectContaining({ file: LANG_SON_FILE, field: 'redirectFrom.0', message: expect.stringContaining('ví dụ "/ke-hoach/2020/lang-son-176-kh-ubnd/"') })]);
  });

  it('forward a renamed legal document\'s coverage files where the new ones are published, and nothing else', () => {
    const redirects = [
      { from: '/van-ban/qd-1521-qd-ttg/', to: '/van-ban/quyet-dinh-1521-qd-ttg/' },
      { from: '/van-ban/qd-1521-qd-ttg/ke-hoach/', to: '/van-ban/quyet-dinh-1521-qd-ttg/' },
      { from: '/ke-hoach/2020/lang-son-176/', to: '/ke-hoach/2020/lang-son-176-kh-ubnd/' },
      { from: '/van-ban/nq-202-2025-qh15/', to: '/van-ban/nghi-quyet-202-2025-qh15/' },
    ];
    const published = new Set(['/du-lieu/bao-phu/van-ban/quyet-dinh-1521-qd-ttg.json', '/du-lieu/bao-phu/van-ban/quyet-dinh-1521-qd-ttg.csv']);
    expect(dataFileRedirects(redirects, (p) => published.has(p))).toEqual([
      { from: '/du-lieu/bao-phu/van-ban/qd-1521-qd-ttg.json', to: '/du-lieu/bao-phu/van-ban/quyet-dinh-1521-qd-ttg.json' },
      { from: '/du-lieu/bao-phu/van-ban/qd-1521-qd-ttg.csv', to: '/du-lieu/bao-phu/van-ban/quyet-dinh-1521-qd-ttg.csv' },
    ]);
  });
});
