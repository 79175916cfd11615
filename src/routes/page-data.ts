/**
 * The data of each page and file that has one address (no getStaticPaths):
 * the page asks for it here and renders it, and never reads the catalog
 * itself. These pages hold lists of every entry of a kind, so they carry no
 * cacheKey and render at every build.
 */
import { getCatalog } from '../domain/load';
import { editorBackend } from '../config/editor';
import { coverageDataIndex } from '../publish/coverage-data';
import { editorSetup } from '../publish/editor-config';
import { plansFeedXml, topicsFeedXml } from '../publish/feeds';
import { plansIndex } from '../publish/open-data';
import { agencyIndex } from './agencies';
import { provincesPage, themesPage } from './browse';
import { buildDay } from './build-day';
import { homePage } from './home';
import { legalDocumentsIndexPage } from './legal-document';
import { newsIndexPage } from './news';
import { openDataPage } from './open-data-page';
import { quartersIndexPage } from './quarter';
import { searchFilters } from './search-filters';

export const pageData = {
  home: async () => homePage(await getCatalog(), buildDay()),
  legalDocuments: async () => legalDocumentsIndexPage(await getCatalog()),
  quarters: async () => quartersIndexPage(await getCatalog(), buildDay()),
  agencies: async () => agencyIndex(await getCatalog()),
  openData: async () => openDataPage(await getCatalog()),
  themes: async () => themesPage(await getCatalog()),
  provinces: async () => provincesPage(await getCatalog()),
  news: async () => newsIndexPage(await getCatalog()),
  searchFilters: async () => searchFilters(await getCatalog()),
  plansFeed: async () => plansFeedXml(await getCatalog()),
  topicsFeed: async () => topicsFeedXml(await getCatalog()),
  plansIndex: async () => JSON.stringify(plansIndex(await getCatalog()), null, 1),
  coverageIndex: async () => JSON.stringify(coverageDataIndex(await getCatalog()), null, 1),
  editorSetup: async (siteUrl: string) => JSON.stringify(editorSetup(await getCatalog(), editorBackend(), siteUrl)),
};
