/**
 * Each page family's getStaticPaths, bound to the build's catalog: a page file
 * exports one of these. Kept apart from the route modules so that those stay
 * plain functions of a catalog, testable without Astro.
 */
import { getCatalog } from '../domain/load';
import { agencyPaths } from './agencies';
import { legalDocumentPaths } from './legal-document';
import { listingPaths } from './listings';
import { newsPaths } from './news';
import { planPaths } from './plan';
import { quarterPaths, quarterYearPaths } from './quarter';
import { topicPaths } from './topic';

export const staticPaths = {
  plan: async () => planPaths(await getCatalog()),
  topic: async () => topicPaths(await getCatalog()),
  quarter: async () => quarterPaths(await getCatalog()),
  quarterYear: async () => quarterYearPaths(await getCatalog()),
  legalDocument: async () => legalDocumentPaths(await getCatalog()),
  news: async () => newsPaths(await getCatalog()),
  listing: async () => listingPaths(await getCatalog()),
  agency: async () => agencyPaths(await getCatalog()),
};
