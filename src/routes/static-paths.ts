/**
 * Each page family's getStaticPaths, bound to the build's catalog: a page file
 * exports one of these. Kept apart from the route modules so that those stay
 * plain functions of a catalog, testable without Astro.
 *
 * A page gets its data as one prop, `page`, a function that computes what
 * the page shows, and renders that and nothing else: pages and components
 * never read the catalog. A path carries a cacheKey (src/routes/cache-key.ts)
 * that is a hash of the same function's result, so an incremental build
 * renders again only pages whose data changed, and nothing a page shows can
 * be missing from its key. A body is in its page's data as the hash of its
 * file and what its components show (./entry-body.ts), so `.mdx` plans,
 * topics and news have keys too. The data computed for a key is dropped at
 * once and computed again when the page renders, so that memory does not
 * grow with the corpus.
 */
import type { Catalog } from '../domain/catalog-model';
import { coverageOf } from '../domain/coverage';
import { readAttachment } from '../domain/attachments';
import { getCatalog } from '../domain/load';
import { agencyFeedXml } from '../publish/agency-feeds';
import { CSV_CONTENT_TYPE, documentCoverageCsv, documentCoverageRecord, yearCoverageCsv, yearCoverageRecord } from '../publish/coverage-data';
import { provinceFeedsXml, themeFeedsXml } from '../publish/feeds';
import { agencyCalendar } from '../publish/ical';
import { JSON_CONTENT_TYPE, planRecord } from '../publish/open-data';
import { agencyPaths, agencyView, tasksOfAgencies } from './agencies';
import { buildDay } from './build-day';
import { pageCacheKey } from './cache-key';
import { planBody, storedEntryBody } from './entry-body';
import { legalDocumentPage, legalDocumentPaths } from './legal-document';
import { listingPaths } from './listings';
import { newsPage, newsPaths } from './news';
import { planPage, planPaths } from './plan';
import { quarterPage, quarterPaths, quarterYearPage, quarterYearPaths } from './quarter';
import { topicPage, topicPaths } from './topic';

type Path<P> = { params: Record<string, string>; props: P };

/** A page's path, its data as a function, and (in a build) the cacheKey of that data. */
export type Routed<D> = { params: Record<string, string>; props: { page: () => D }; cacheKey?: string };

function routed<P, D>(catalog: Catalog, paths: Path<P>[], pageData: (props: P) => D): Routed<D>[] {
  return paths.map(({ params, props }) => {
    const page = () => pageData(props);
    // The dev server renders a page when asked and has no use for keys: computing them for every plan would only delay its first page.
    if (import.meta.env.DEV) return { params, props: { page } };
    return { params, props: { page }, cacheKey: pageCacheKey(catalog, page()) };
  });
}

/** A file an endpoint writes as it is, with its type: computed with the paths, which are few. */
type FileProps = { body: string; type?: string };

export const staticPaths = {
  plan: async () => {
    const catalog = await getCatalog();
    return routed(catalog, planPaths(catalog), ({ plan }) => ({ ...planPage(plan), body: planBody(plan, catalog) }));
  },
  planRecord: async () => {
    const catalog = await getCatalog();
    return routed(catalog, planPaths(catalog), ({ plan }) => ({ body: JSON.stringify(planRecord(plan), null, 2), type: JSON_CONTENT_TYPE }));
  },
  topic: async () => {
    const catalog = await getCatalog();
    return routed(catalog, topicPaths(catalog), ({ topic }) => ({ ...topicPage(topic, catalog), body: storedEntryBody('topics', topic, catalog) }));
  },
  quarter: async () => {
    const catalog = await getCatalog();
    return routed(catalog, quarterPaths(catalog), ({ overview }) => quarterPage(overview));
  },
  quarterYear: async () => {
    const catalog = await getCatalog();
    // The page is made again when it renders, for the day asked then: the dev server keeps the paths until the content changes.
    return routed(catalog, quarterYearPaths(catalog, buildDay()), ({ page }) => quarterYearPage(catalog, page.year, buildDay()));
  },
  legalDocument: async () => {
    const catalog = await getCatalog();
    return routed(catalog, legalDocumentPaths(catalog), ({ doc }) => legalDocumentPage(doc, catalog));
  },
  news: async () => {
    const catalog = await getCatalog();
    return routed(catalog, newsPaths(catalog), ({ news }) => ({ ...newsPage(news), body: storedEntryBody('news', news, catalog) }));
  },
  listing: async () => {
    const catalog = await getCatalog();
    return routed(catalog, listingPaths(catalog), ({ listing }) => listing);
  },
  agency: async () => {
    const catalog = await getCatalog();
    return routed(catalog, agencyPaths(catalog), ({ id }) => agencyView(catalog, id));
  },
  agencyCalendar: async () =>
    // Written when its route renders, so the build never holds every agency's calendar at once.
    [...tasksOfAgencies(await getCatalog()).values()].map((entry) => ({ params: { id: entry.agency.id }, props: { page: () => agencyCalendar(entry) } })),
  agencyFeed: async (): Promise<Path<FileProps>[]> =>
    [...tasksOfAgencies(await getCatalog()).values()].map((entry) => ({ params: { id: entry.agency.id }, props: { body: agencyFeedXml(entry) } })),
  provinceFeed: async (): Promise<Path<FileProps>[]> => provinceFeedsXml(await getCatalog()).map(({ id, xml }) => ({ params: { id }, props: { body: xml } })),
  themeFeed: async (): Promise<Path<FileProps>[]> => themeFeedsXml(await getCatalog()).map(({ id, xml }) => ({ params: { id }, props: { body: xml } })),
  documentCoverageFile: async (): Promise<Path<FileProps>[]> =>
    [...coverageOf(await getCatalog()).directives.values()].flatMap((c) => [
      { params: { file: `${c.document.id}.json` }, props: { body: JSON.stringify(documentCoverageRecord(c), null, 1), type: JSON_CONTENT_TYPE } },
      { params: { file: `${c.document.id}.csv` }, props: { body: documentCoverageCsv(c), type: CSV_CONTENT_TYPE } },
    ]),
  yearCoverageFile: async (): Promise<Path<FileProps>[]> =>
    [...coverageOf(await getCatalog()).years.values()].flatMap((c) => [
      { params: { file: `${c.year}.json` }, props: { body: JSON.stringify(yearCoverageRecord(c), null, 1), type: JSON_CONTENT_TYPE } },
      { params: { file: `${c.year}.csv` }, props: { body: yearCoverageCsv(c), type: CSV_CONTENT_TYPE } },
    ]),
  attachment: async () =>
    [...(await getCatalog()).plans.values()].flatMap((plan) =>
      plan.attachments.map((a) => ({ params: { file: a.file }, props: { page: () => new Uint8Array(readAttachment(a.file, plan.id)) as Uint8Array<ArrayBuffer> } })),
    ),
};
