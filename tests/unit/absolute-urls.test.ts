/** Absolute URLs of what officials share: the base between site and path, and a plan's links from its id alone. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import { parseContent } from '../../src/editor-tools/content-check';
import { planRecord } from '../../src/publish/open-data';
import { planStructuredData } from '../../src/publish/structured-data';
import { paths, prefixBase } from '../../src/lib/paths';
import { absoluteUrl } from '../../src/lib/urls';
import { fileText, withFile } from './helpers/content';
import { files, LANG_SON_FILE, langSon, SITE } from './helpers/fixture-catalog';

describe('absolute URLs', () => {
  it('put the base between the site and the path, at a root or under a sub-path', () => {
    expect(prefixBase('/ke-hoach/', '/')).toBe('/ke-hoach/');
    expect(prefixBase('/ke-hoach/', '/pbgdpl/')).toBe('/pbgdpl/ke-hoach/');
    expect(absoluteUrl('/ke-hoach/', 'https://bo.gov.vn', '/pbgdpl/')).toBe('https://bo.gov.vn/pbgdpl/ke-hoach/');
    expect(absoluteUrl(paths.planImage('2020/a'), 'https://bo.gov.vn', '/')).toBe('https://bo.gov.vn/ke-hoach/2020/a/anh-chia-se.png');
  });

  it('of a plan come from its id alone, so editing the title keeps every link', () => {
    const retitled = withFile(files, LANG_SON_FILE, fileText(files, LANG_SON_FILE).replace(/^title: .*$/m, 'title: Một trích yếu hoàn toàn khác'));
    const plan = buildCatalog(parseContent(retitled).raw).plans.get(langSon.id)!;
    expect(plan.title).toBe('Một trích yếu hoàn toàn khác');
    expect(planRecord(plan).url).toBe(planRecord(langSon).url);
    expect(planStructuredData(plan).url).toBe(`${SITE}/ke-hoach/2020/lang-son-176-kh-ubnd/`);
  });
});
