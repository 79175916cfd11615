/**
 * Every path of the site, without the base, built in one place. Paths come from
 * stable ids (file paths, quarters, numbers), never from titles, so a title edit
 * keeps links alive. Pure, so build scripts and the content checker use it too;
 * ./urls.ts adds the base and the domain.
 */
import type { Quarter } from './quarter';

/**
 * The URL segments that stand for an id, each encoded and decoded here only:
 * a quarter is "quy-4" under its year, a plan "2020/lang-son-176-kh-ubnd", a
 * topic "2023/quy-4/ngay-phap-luat-2023". Route files build their params with
 * these; content ids already have the same shape as the paths.
 */
export const segments = {
  quarter: (q: Quarter) => `quy-${q.quarter}`,
  plan: (id: string) => {
    const [year, slug] = id.split('/') as [string, string];
    return { year, slug };
  },
  topic: (id: string) => {
    const [year, quarter, topic] = id.split('/') as [string, string, string];
    return { year, quarter, topic };
  },
  quarterOf: (q: Quarter) => ({ year: String(q.year), quarter: segments.quarter(q) }),
  /** A listing page's rest parameter: its path without the slashes around it ("ke-hoach/2020/trang/2"). */
  listing: (path: string) => path.replace(/^\/+|\/+$/g, ''),
};

const quarterPath = (q: Quarter) => `/chu-de/${q.year}/${segments.quarter(q)}/`;

const EDITOR = '/quan-tri/';

export const paths = {
  home: () => '/',
  plans: () => '/ke-hoach/',
  plansOfYear: (year: number) => `/ke-hoach/${year}/`,
  plan: (id: string) => `/ke-hoach/${id}/`,
  planImage: (id: string) => `/ke-hoach/${id}/anh-chia-se.png`,
  planData: (id: string) => `/du-lieu/ke-hoach/${id}.json`,
  plansData: () => '/du-lieu/ke-hoach.json',
  openData: () => '/du-lieu/',
  siteImage: () => '/anh-chia-se.png',
  plansFeed: () => '/nguon-tin/ke-hoach.xml',
  provinceFeed: (id: string) => `/nguon-tin/tinh-thanh/${id}.xml`,
  themeFeed: (id: string) => `/nguon-tin/linh-vuc/${id}.xml`,
  topicsFeed: () => '/nguon-tin/chu-de.xml',
  provinces: () => '/tinh-thanh/',
  province: (id: string) => `/tinh-thanh/${id}/`,
  themes: () => '/linh-vuc/',
  theme: (id: string) => `/linh-vuc/${id}/`,
  quarters: () => '/chu-de/',
  quartersOfYear: (year: number) => `/chu-de/${year}/`,
  quarter: quarterPath,
  quarterImage: (q: Quarter) => `${quarterPath(q)}anh-chia-se.png`,
  quarterPlans: (q: Quarter) => `${quarterPath(q)}ke-hoach/`,
  quarterTasks: (q: Quarter) => `${quarterPath(q)}nhiem-vu/`,
  topic: (id: string) => `/chu-de/${id}/`,
  topicImage: (id: string) => `/chu-de/${id}/anh-chia-se.png`,
  legalDocuments: () => '/van-ban/',
  legalDocument: (id: string) => `/van-ban/${id}/`,
  legalDocumentPlans: (id: string) => `/van-ban/${id}/ke-hoach/`,
  newsList: () => '/tin-tuc/',
  news: (id: string) => `/tin-tuc/${id}/`,
  search: () => '/tim-kiem/',
  /** Pagefind's primary index, with the plans' parts and the word directory inside (searchIndexFiles). */
  searchIndex: () => '/pagefind/',
  attachment: (file: string) => `/van-ban-goc/${file}`,
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  agencies: () => '/co-quan/',
  agency: (id: string) => `/co-quan/${id}/`,
  agencyTasks: (id: string) => `/co-quan/${id}/nhiem-vu/`,
  agencyFeed: (id: string) => `/nguon-tin/co-quan/${id}.xml`,
  agencyCalendar: (id: string) => `/co-quan/${id}/thoi-han.ics`,
  coverageData: () => '/du-lieu/bao-phu.json',
  documentCoverageData: (id: string, format: 'json' | 'csv') => `/du-lieu/bao-phu/van-ban/${id}.${format}`,
  yearCoverageData: (year: number, format: 'json' | 'csv') => `/du-lieu/bao-phu/nam/${year}.${format}`,
  image: (file: string) => `/hinh-anh/${file}`,
  /** The web editor, for officials; kept out of search engines and the sitemap. */
  editor: () => EDITOR,
  editorSetup: () => `${EDITOR}cau-hinh.json`,
  /** Decap CMS's bundle and its chunks, beside the editor's page (src/integrations/editor-assets.ts). */
  editorAsset: (file: string) => `${EDITOR}decap/${file}`,
} as const;

/** The file of Decap CMS's bundle that the editor's page loads; it loads its chunks itself. */
export const EDITOR_BUNDLE = 'decap-cms.js';

type SearchLayer = 'record' | 'full';
const SEARCH_PARTS = 'phan';
const SEARCH_DIRECTORY = 'tu';
const SEARCH_TITLE_LISTS = 'tieu-de';
const searchLayerFolder = (layer: SearchLayer) => `${SEARCH_PARTS}/${layer === 'record' ? 'ho-so' : 'toan-van'}/`;

/**
 * The search index's own files, as paths inside its folder (`paths.searchIndex()`), laid out as
 * src/search/index-layout.ts says: the indexer writes them there, the manifest lists each part by its
 * path, and the search page fetches them from the folder. The folders are named as well, so that the
 * indexer can clear them of what a build no longer writes.
 */
export const searchIndexFiles = {
  manifest: 'phan.json',
  directory: SEARCH_DIRECTORY,
  directoryShard: (n: number) => `${SEARCH_DIRECTORY}/${n}.json`,
  parts: SEARCH_PARTS,
  layer: searchLayerFolder,
  /** "phan/ho-so/2025-07_2025-12/". */
  part: (layer: SearchLayer, name: string) => `${searchLayerFolder(layer)}${name}/`,
  titleLists: SEARCH_TITLE_LISTS,
  /** A list of titles by province and year (src/search/title-lists.ts): "tieu-de/12-2022.json". */
  titleList: (name: string) => `${SEARCH_TITLE_LISTS}/${name}.json`,
} as const;

/** The path of page n of a paginated listing: page 1 is the listing itself. */
export function pagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}trang/${page}/`;
}

/** A base as the folder its addresses start with: always ending in "/" ("/pbgdpl" is "/pbgdpl/"). */
export const baseFolder = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** A path under a base: prefixBase("/ke-hoach/", "/pbgdpl/") is "/pbgdpl/ke-hoach/". */
export function prefixBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
