/**
 * What every page hands its layout (title, description, breadcrumbs, preview
 * picture, structured data, feeds) and the trail of crumbs pages share. Route
 * data builds these; BaseLayout renders them.
 */
import { formatQuarter, type Quarter } from '../lib/quarter';
import { paths } from '../lib/urls';
import type { FeedLink } from '../publish/feeds';
import type { StructuredData } from '../publish/structured-data';
import { ui } from '../ui/vi';

export interface Crumb {
  label: string;
  /** Path without base; the current page has none. */
  href?: string;
}

export interface PageHead {
  title: string;
  description: string;
  breadcrumbs?: Crumb[];
  /** Set on the home page, whose title is the site name alone. */
  isHome?: boolean;
  /** The page's own preview picture; pages without one share the site's. */
  image?: { path: string; alt: string };
  /** "article" for a plan or topic, a document in its own right. */
  ogType?: 'website' | 'article';
  structuredData?: StructuredData[];
  /** Feeds that cover this page; every page offers the feed of new plans. */
  feeds?: FeedLink[];
  /** The page's facts as JSON. */
  dataPath?: string;
  /** False for the error page, which has no address of its own to share or index. */
  indexable?: boolean;
}

/** The crumbs above a page, from the home page down; the page's own crumb comes last, without a link. */
export const crumbs = {
  home: (): Crumb => ({ label: ui.breadcrumbs.home, href: paths.home() }),
  plans: (): Crumb => ({ label: ui.nav.plans, href: paths.plans() }),
  year: (year: number): Crumb => ({ label: ui.year(year), href: paths.plansOfYear(year) }),
  provinces: (): Crumb => ({ label: ui.nav.provinces, href: paths.provinces() }),
  themes: (): Crumb => ({ label: ui.themes.crumb, href: paths.themes() }),
  quarters: (): Crumb => ({ label: ui.nav.quarters, href: paths.quarters() }),
  quartersOfYear: (year: number): Crumb => ({ label: ui.year(year), href: paths.quartersOfYear(year) }),
  quarter: (q: Quarter): Crumb => ({ label: formatQuarter(q), href: paths.quarter(q) }),
  legalDocuments: (): Crumb => ({ label: ui.legalDocuments.crumb, href: paths.legalDocuments() }),
  news: (): Crumb => ({ label: ui.newsList.crumb, href: paths.newsList() }),
  current: (label: string): Crumb => ({ label }),
};

/** Home, then the given crumbs. */
export function trail(...rest: Crumb[]): Crumb[] {
  return [crumbs.home(), ...rest];
}

/** Home, the quarters, the quarter's year, the quarter: above every page about one quarter. */
export function quarterTrail(q: Quarter): Crumb[] {
  return trail(crumbs.quarters(), crumbs.quartersOfYear(q.year), crumbs.quarter(q));
}
