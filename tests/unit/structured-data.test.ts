/** JSON-LD: a plan as Legislation, text that cannot close its script, the site's search and breadcrumbs. */
import { describe, expect, it } from 'vitest';
import { breadcrumbStructuredData, jsonLdText, planStructuredData, siteStructuredData } from '../../src/publish/structured-data';
import { langSon, SITE } from './helpers/fixture-catalog';

describe('structured data', () => {
  it('describes a plan as Legislation with its number, issuer, jurisdiction and legal basis', () => {
    const data = planStructuredData(langSon);
    expect(data).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '176/KH-UBND',
      legislationType: 'Kế hoạch',
      legislationJurisdiction: { name: 'tỉnh Lạng Sơn' },
      image: `${SITE}/ke-hoach/2020/lang-son-176-kh-ubnd/anh-chia-se.png`,
    });
    expect((data.citation as { legislationIdentifier: string }[]).map((c) => c.legislationIdentifier)).toEqual(langSon.legalBasis.map((d) => d.number));
  });

  it('cannot be closed early by text inside it', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('tells search engines how to search the site, and where a page sits', () => {
    expect(JSON.stringify(siteStructuredData())).toContain(`${SITE}/tim-kiem/?q={search_term_string}`);
    const crumbs = breadcrumbStructuredData([{ label: 'Trang chủ', href: '/' }, { label: 'Hiện tại' }], `${SITE}/x/`);
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Hiện tại', item: `${SITE}/x/` },
    ]);
  });
});
