/**
 * Every path of the site, without the base, built in one place. Paths come from
 * stable ids (file paths, quarters, numbers), never from titles, so a title edit
 * keeps links alive. Pure, so build scripts and the content checker use it too;
 * ./urls.ts adds the base and the domain.
 */
import type { Quarter } from './quarter';

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
  quarter: (q: Quarter) => `/chu-de/${q.year}/quy-${q.quarter}/`,
  quarterImage: (q: Quarter) => `/chu-de/${q.year}/quy-${q.quarter}/anh-chia-se.png`,
  quarterPlans: (q: Quarter) => `/chu-de/${q.year}/quy-${q.quarter}/ke-hoach/`,
  quarterTasks: (q: Quarter) => `/chu-de/${q.year}/quy-${q.quarter}/nhiem-vu/`,
  topic: (id: string) => `/chu-de/${id}/`,
  topicImage: (id: string) => `/chu-de/${id}/anh-chia-se.png`,
  legalDocuments: () => '/van-ban/',
  legalDocument: (id: string) => `/van-ban/${id}/`,
  legalDocumentPlans: (id: string) => `/van-ban/${id}/ke-hoach/`,
  newsList: () => '/tin-tuc/',
  news: (id: string) => `/tin-tuc/${id}/`,
  search: () => '/tim-kiem/',
  attachment: (file: string) => `/van-ban-goc/${file}`,
  image: (file: string) => `/hinh-anh/${file}`,
} as const;

/** The path of page n of a paginated listing: page 1 is the listing itself. */
export function pagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}trang/${page}/`;
}


/** A path under a base: prefixBase("/ke-hoach/", "/pbgdpl/") is "/pbgdpl/ke-hoach/". */
export function prefixBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}
