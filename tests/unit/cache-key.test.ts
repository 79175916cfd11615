/**
 * The cacheKeys of the incremental build (src/routes/cache-key.ts) on the
 * fixture catalog: a key moves when something its page shows moves, even one
 * entry away, and stays when nothing it shows changed.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import type { Catalog } from '../../src/domain/catalog-model';
import { parseContent, type SourceFile } from '../../src/editor-tools/content-check';
import { paths } from '../../src/lib/paths';
import { pageCacheKey } from '../../src/routes/cache-key';
import { legalDocumentPage, legalDocumentPaths } from '../../src/routes/legal-document';
import { listingPaths } from '../../src/routes/listings';
import { planPage, planPaths } from '../../src/routes/plan';
import { quarterPage, quarterPaths } from '../../src/routes/quarter';
import { topicPage, topicPaths } from '../../src/routes/topic';
import { fileText, readContent, withFile } from './helpers/content';

const LANG_SON = 'plans/2020/lang-son-176-kh-ubnd.md';
const SOC_TRANG = 'plans/2023/soc-trang-26-kh-ubnd.md';

const catalogOf = (files: SourceFile[] = readContent()): Catalog => buildCatalog(parseContent(files).raw);

/** `files` with `from` replaced by `to` in `file`; throws when `from` is not there, so that no test compares the fixture with itself. */
function edited(files: SourceFile[], file: string, from: string, to: string): SourceFile[] {
  const text = fileText(files, file);
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  return withFile(files, file, text.replace(from, to));
}

/** A topic of Quý II/2023 whose one plan is Sóc Trăng's of 2023. */
const MUOI_NAM_TOPIC = '/chu-de/2023/quy-2/muoi-nam-luat-hoa-giai-o-co-so/';

/** Lạng Sơn's plan of 2020 with one word added to its summary. */
const withLangSonSummaryEdited = (files: SourceFile[]) => edited(files, LANG_SON, 'summary: Lạng Sơn cụ thể hóa', 'summary: Lạng Sơn đã cụ thể hóa');

/**
 * The key of every listing, plan, topic, quarter and legal document page by its path, from the data the
 * page renders as src/routes/static-paths.ts computes it, bodies left out: src/routes/entry-body.ts needs Astro's content store.
 */
function pageKeys(catalog: Catalog): Map<string, string> {
  const key = (data: unknown) => pageCacheKey(catalog, data);
  return new Map([
    ...listingPaths(catalog).map(({ props }) => [props.listing.page.path, key(props.listing)] as const),
    ...planPaths(catalog).map(({ props }) => [paths.plan(props.plan.id), key(planPage(props.plan))] as const),
    ...topicPaths(catalog).map(({ props }) => [paths.topic(props.topic.id), key(topicPage(props.topic, catalog))] as const),
    ...quarterPaths(catalog).map(({ props }) => [paths.quarter(props.overview.quarter), key(quarterPage(props.overview))] as const),
    ...legalDocumentPaths(catalog).map(({ props }) => [paths.legalDocument(props.doc.id), key(legalDocumentPage(props.doc, catalog))] as const),
  ]);
}

describe('page cache keys', () => {
  it('are the same for the same content, built twice, and differ between pages', () => {
    const first = pageKeys(catalogOf());
    // 83 listing pages, 4 plans, 19 topics, 15 quarters and 17 legal documents.
    expect(first.size).toBe(138);
    expect(pageKeys(catalogOf())).toEqual(first);
    expect(new Set(first.values()).size).toBe(first.size);
  });

  it('stay for the pages a plan is not on when it changes, and change for the pages it is on', () => {
    const before = pageKeys(catalogOf());
    const after = pageKeys(catalogOf(withLangSonSummaryEdited(readContent())));
    for (const path of [
      '/ke-hoach/2020/lang-son-176-kh-ubnd/',
      '/ke-hoach/',
      '/ke-hoach/2020/',
      '/tinh-thanh/lang-son/',
      '/chu-de/2020/quy-4/nhiem-vu/',
      '/van-ban/ket-luan-80-kl-tw/',
    ]) {
      expect(after.get(path), path).not.toBe(before.get(path));
    }
    for (const path of [
      '/ke-hoach/2023/soc-trang-26-kh-ubnd/',
      '/ke-hoach/2023/',
      '/tinh-thanh/can-tho/',
      '/chu-de/2023/quy-1/',
      '/van-ban/luat-35-2013-qh13/',
      // Its channels link Lạng Sơn's plan by number and issuer; the summary is not on it.
      '/chu-de/2023/quy-1/ke-hoach-pbgdpl-nam-2023/',
    ]) {
      expect(after.get(path), path).toBe(before.get(path));
    }
  });

  it('change when a plan the page names through another entry changes, one entry away: the topic names Sóc Trăng’s plan', () => {
    const before = pageKeys(catalogOf());
    const after = pageKeys(catalogOf(edited(readContent(), SOC_TRANG, 'summary: Kế hoạch năm 2023 của Sóc Trăng', 'summary: Kế hoạch 2023 của Sóc Trăng')));
    expect(after.get(MUOI_NAM_TOPIC)).not.toBe(before.get(MUOI_NAM_TOPIC));
  });

  it('stay when the plan that changed is two entries away: the topic names Sóc Trăng’s plan, which names Lạng Sơn’s', () => {
    const withRelated = edited(readContent(), SOC_TRANG, '\nsource:\n', '\nrelated:\n  - 2020/lang-son-176-kh-ubnd\nsource:\n');
    const before = pageKeys(catalogOf(withRelated));
    const after = pageKeys(catalogOf(withLangSonSummaryEdited(withRelated)));
    expect(after.get(MUOI_NAM_TOPIC)).toBe(before.get(MUOI_NAM_TOPIC));
    // Sóc Trăng's own page lists Lạng Sơn's among its related plans.
    expect(after.get('/ke-hoach/2023/soc-trang-26-kh-ubnd/')).not.toBe(before.get('/ke-hoach/2023/soc-trang-26-kh-ubnd/'));
  });

  it('change for every page when an agency is renamed, through the hash of all agencies', () => {
    const before = pageKeys(catalogOf());
    const after = pageKeys(catalogOf(edited(readContent(), 'agencies.yaml', 'name: Ủy ban nhân dân tỉnh Lai Châu', 'name: UBND tỉnh Lai Châu')));
    expect([...before].filter(([path, key]) => after.get(path) === key)).toEqual([]);
  });

  it('change for the plan’s own page when its file changes and nothing else does', () => {
    const before = catalogOf();
    const after = catalogOf();
    after.plans.get('2020/lang-son-176-kh-ubnd')!.fileHash = 'tệp đã sửa';
    const keyOf = (catalog: Catalog, id: string) => pageCacheKey(catalog, planPage(catalog.plans.get(id)!));
    expect(keyOf(after, '2020/lang-son-176-kh-ubnd')).not.toBe(keyOf(before, '2020/lang-son-176-kh-ubnd'));
    expect(keyOf(after, '2023/soc-trang-26-kh-ubnd')).toBe(keyOf(before, '2023/soc-trang-26-kh-ubnd'));
  });
});
