/**
 * The cacheKeys of the incremental build (src/routes/cache-key.ts) on the
 * fixture catalog: a key moves when something its page shows moves, even one
 * entry away, and stays when nothing it shows changed.
 */
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../src/domain/catalog';
import { parseContent } from '../../src/editor-tools/content-check';
import { pageCacheKey } from '../../src/routes/cache-key';
import { listingPaths } from '../../src/routes/listings';
import { readContent } from './helpers/content';

const fresh = (): Catalog => buildCatalog(parseContent(readContent()).raw);

function plansListingKey(catalog: Catalog): string {
  const path = listingPaths(catalog).find((p) => p.props.listing.kind === 'plans')!;
  return pageCacheKey(catalog, path.props);
}

describe('page cache keys', () => {
  it('are the same for the same content, built twice', () => {
    expect(plansListingKey(fresh())).toBe(plansListingKey(fresh()));
  });

  it('change when a plan the page lists changes its title', () => {
    const before = fresh();
    const after = fresh();
    const [plan] = after.plansNewestFirst;
    plan!.title = `${plan!.title} (sửa)`;
    expect(plansListingKey(after)).not.toBe(plansListingKey(before));
  });

  it('change when a plan the page names through another entry changes, one entry away', () => {
    const before = fresh();
    const after = fresh();
    const topicOf = (catalog: Catalog) => [...catalog.topics.values()].find((t) => t.plans.length > 0)!;
    expect(topicOf(before)).toBeDefined();
    const plan = topicOf(after).plans[0]!;
    plan.title = `${plan.title} (sửa)`;
    expect(pageCacheKey(after, { topic: topicOf(after) })).not.toBe(pageCacheKey(before, { topic: topicOf(before) }));
  });

  it('change when an agency is renamed, through the hash of all agencies', () => {
    const before = fresh();
    const after = fresh();
    const agency = after.agencies.values().next().value!;
    agency.name = `${agency.name} mới`;
    expect(pageCacheKey(after, { page: 1 })).not.toBe(pageCacheKey(before, { page: 1 }));
  });

  it('change when a plan’s file changes and nothing else does', () => {
    const catalog = fresh();
    const plan = catalog.plansNewestFirst[0]!;
    const key = pageCacheKey(catalog, { plan });
    const edited = fresh();
    edited.plans.get(plan.id)!.digest = 'tệp đã sửa';
    expect(pageCacheKey(edited, { plan: edited.plans.get(plan.id) })).not.toBe(key);
  });
});
