/**
 * Every URL of the site, built in one place. Paths come from stable ids (file
 * paths, quarters, numbers), never from titles, so a title edit keeps links alive.
 * All paths go through withBase() so the site works under a sub-path.
 */
import type { Quarter } from './quarter';

// Written exactly so, Vite replaces it at build time with the configured base.
const BASE: string = import.meta.env.BASE_URL;

/** Prefixes the configured base: "/ke-hoach/" → "/pbgdpl/ke-hoach/". */
export function withBase(path: string, base: string = BASE): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

export const paths = {
  home: () => '/',
  plans: () => '/ke-hoach/',
  plansOfYear: (year: number) => `/ke-hoach/${year}/`,
  plan: (id: string) => `/ke-hoach/${id}/`,
  provinces: () => '/tinh-thanh/',
  province: (id: string) => `/tinh-thanh/${id}/`,
  themes: () => '/linh-vuc/',
  theme: (id: string) => `/linh-vuc/${id}/`,
  quarters: () => '/chu-de/',
  quartersOfYear: (year: number) => `/chu-de/${year}/`,
  quarter: (q: Quarter) => `/chu-de/${q.year}/quy-${q.quarter}/`,
  quarterPlans: (q: Quarter) => `/chu-de/${q.year}/quy-${q.quarter}/ke-hoach/`,
  quarterTasks: (q: Quarter) => `/chu-de/${q.year}/quy-${q.quarter}/nhiem-vu/`,
  topic: (id: string) => `/chu-de/${id}/`,
  legalDocuments: () => '/van-ban/',
  legalDocument: (id: string) => `/van-ban/${id}/`,
  legalDocumentPlans: (id: string) => `/van-ban/${id}/ke-hoach/`,
  newsList: () => '/tin-tuc/',
  news: (id: string) => `/tin-tuc/${id}/`,
  search: () => '/tim-kiem/',
  attachment: (file: string) => `/van-ban-goc/${file}`,
} as const;

/** The path of page n of a paginated listing: page 1 is the listing itself. */
export function pagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}trang/${page}/`;
}

