/**
 * Each page family's getStaticPaths, bound to the build's catalog: a page file
 * exports one of these. Kept apart from the route modules so that those stay
 * plain functions of a catalog, testable without Astro.
 *
 * A path carries a cacheKey (src/routes/cache-key.ts) computed from the data
 * its page renders, so an incremental build renders again only pages whose
 * data changed. Pages that render a body through Astro's MDX integration
 * (an `.mdx` plan, topics, news) have none and are always rendered: their
 * components read the catalog where no key can see it. Page data computed
 * for a key is dropped at once, so that memory does not grow with the corpus.
 */
import type { Catalog } from '../domain/catalog';
import { getCatalog } from '../domain/load';
import { planRecord } from '../publish/open-data';
import { agencyPaths } from './agencies';
import { buildDay } from './build-day';
import { pageCacheKey } from './cache-key';
import { legalDocumentPage, legalDocumentPaths } from './legal-document';
import { listingPaths } from './listings';
import { newsPaths } from './news';
import { planPage, planPaths } from './plan';
import { quarterPage, quarterPaths, quarterYearPaths } from './quarter';
import { topicPaths } from './topic';

type Path<P> = { params: Record<string, string>; props: P };

/** The paths with a cacheKey each, from the data `pageData` computes for a path (undefined: no key). */
function keyed<P>(catalog: Catalog, paths: Path<P>[], pageData: (props: P) => unknown): (Path<P> & { cacheKey?: string })[] {
  // The dev server renders a page when asked and has no use for keys: computing them for every plan would only delay its first page.
  if (import.meta.env.DEV) return paths;
  const result: (Path<P> & { cacheKey?: string })[] = [];
  for (const path of paths) {
    const data = pageData(path.props);
    result.push(data === undefined ? path : { ...path, cacheKey: pageCacheKey(catalog, data) });
  }
  return result;
}

const isMdx = (filePath: string) => filePath.endsWith('.mdx');

export const staticPaths = {
  plan: async () => {
    const catalog = await getCatalog();
    return keyed(catalog, planPaths(catalog), ({ plan }) => (isMdx(plan.filePath) ? undefined : planPage(plan)));
  },
  planRecord: async () => {
    const catalog = await getCatalog();
    return keyed(catalog, planPaths(catalog), ({ plan }) => planRecord(plan));
  },
  topic: async () => topicPaths(await getCatalog()),
  quarter: async () => {
    const catalog = await getCatalog();
    return keyed(catalog, quarterPaths(catalog), ({ digest }) => quarterPage(digest));
  },
  quarterYear: async () => {
    const catalog = await getCatalog();
    return keyed(catalog, quarterYearPaths(catalog, buildDay), (props) => props);
  },
  legalDocument: async () => {
    const catalog = await getCatalog();
    return keyed(catalog, legalDocumentPaths(catalog), ({ doc }) => legalDocumentPage(doc, catalog));
  },
  news: async () => newsPaths(await getCatalog()),
  listing: async () => {
    const catalog = await getCatalog();
    return keyed(catalog, listingPaths(catalog), (props) => props);
  },
  agency: async () => {
    const catalog = await getCatalog();
    return keyed(catalog, agencyPaths(catalog), (props) => props);
  },
};
