/**
 * Every paginated listing of the site (all plans, a year, a province, a theme,
 * the plans citing a legal document, a quarter's plans and tasks due, all of
 * an agency's tasks), served by one route, src/pages/[...listing].astro,
 * through one template.
 */
import type { Catalog, DueTask, Plan } from '../domain/catalog-model';
import { paginate, type Page } from '../lib/pagination';
import { formatQuarter } from '../lib/quarter';
import { paths, segments } from '../lib/urls';
import { compareVietnamese } from '../lib/vietnamese';
import { feedLinks, type FeedLink } from '../publish/feeds';
import { ui } from '../ui/vi';
import { agenciesCrumb, agencyFeed, agencyTaskRow, cutsTaskGroups, tasksOfAgencies, type AgencyTaskRow } from './agencies';
import { yearCoverageView, type YearCoverageView } from './coverage';
import { crumbs, quarterTrail, trail, type PageHead } from './page';

export interface ListingNav {
  /** The heading's id, which labels the navigation landmark. */
  id: string;
  heading: string;
  links: { label: string; href: string }[];
}

interface ListingHeader {
  title: string;
  intro?: string;
  /** The Atom feed of the same items, where there is one. */
  feed?: FeedLink;
  /** Links to sibling listings, such as the years. */
  nav?: ListingNav;
  /** On a year's first page: which provinces have published that year's plans. */
  yearCoverage?: YearCoverageView;
}

export type ListingPage = ListingHeader & { head: PageHead } & (
  | { kind: 'plans'; page: Page<Plan> }
  | { kind: 'tasks'; page: Page<DueTask> }
  | { kind: 'agencyTasks'; page: Page<AgencyTaskRow> }
);

/** One listing before it is cut into pages. */
export type ListingSpec = ListingHeader & { path: string; breadcrumbs: PageHead['breadcrumbs']; pageSize?: number } & (
  | { kind: 'plans'; items: readonly Plan[] }
  | { kind: 'tasks'; items: readonly DueTask[] }
  | { kind: 'agencyTasks'; items: readonly AgencyTaskRow[] }
);

function pagesOf(spec: ListingSpec): ListingPage[] {
  const { path, breadcrumbs, items, kind, yearCoverage, pageSize, ...header } = spec;
  const head = (current: number): PageHead => ({
    title: current > 1 ? ui.pagination.titleOfPage(header.title, current) : header.title,
    description: header.intro ?? header.title,
    breadcrumbs,
    feeds: header.feed ? [header.feed] : [],
  });
  // The kind and the items' type go together in the spec; TypeScript cannot follow that through paginate().
  return paginate<Plan | DueTask | AgencyTaskRow>(items, path, pageSize).map(
    (page) => ({ ...header, ...(page.current === 1 && yearCoverage ? { yearCoverage } : {}), kind, page, head: head(page.current) }) as ListingPage,
  );
}

function yearNav(catalog: Catalog): ListingNav {
  const years = [...catalog.plansByYear.keys()].sort((a, b) => b - a);
  return { id: 'theo-nam', heading: ui.listings.yearNav, links: years.map((year) => ({ label: String(year), href: paths.plansOfYear(year) })) };
}

function allPlans(catalog: Catalog): ListingSpec {
  return {
    kind: 'plans',
    items: catalog.plansNewestFirst,
    path: paths.plans(),
    title: ui.listings.allPlans.title,
    intro: ui.listings.allPlans.intro(catalog.plansNewestFirst.length),
    breadcrumbs: trail(crumbs.current(ui.nav.plans)),
    feed: feedLinks.plans(),
    nav: yearNav(catalog),
  };
}

function years(catalog: Catalog): ListingSpec[] {
  const nav = yearNav(catalog);
  return [...catalog.plansByYear].map(([year, plans]): ListingSpec => {
    const yearCoverage = yearCoverageView(catalog, year);
    return {
      kind: 'plans',
      items: plans,
      path: paths.plansOfYear(year),
      title: ui.listings.year.title(year),
      intro: ui.listings.year.intro(plans.length, year),
      breadcrumbs: trail(crumbs.plans(), crumbs.current(ui.year(year))),
      nav,
      ...(yearCoverage ? { yearCoverage } : {}),
    };
  });
}

function provinces(catalog: Catalog): ListingSpec[] {
  return catalog.currentProvinces.map((province) => {
    const plans = catalog.plansByCurrentProvince.get(province.id) ?? [];
    const former = province.formerIds.map((id) => catalog.provinces.get(id)!.name).sort(compareVietnamese);
    return {
      kind: 'plans',
      items: plans,
      path: paths.province(province.id),
      title: ui.listings.province.title(province.label),
      intro: `${ui.listings.province.intro(plans.length)}${former.length > 0 ? ui.listings.province.includes(former) : ''}`,
      breadcrumbs: trail(crumbs.provinces(), crumbs.current(province.name)),
      feed: feedLinks.province(province.name, province.id),
    };
  });
}

function themes(catalog: Catalog): ListingSpec[] {
  return [...catalog.themes.values()].map((theme) => {
    const plans = catalog.plansByTheme.get(theme.id) ?? [];
    return {
      kind: 'plans',
      items: plans,
      path: paths.theme(theme.id),
      title: theme.name,
      intro: ui.listings.theme.intro(theme.description, plans.length),
      breadcrumbs: trail(crumbs.themes(), crumbs.current(theme.name)),
      feed: feedLinks.theme(theme.name, theme.id),
    };
  });
}

function citingPlans(catalog: Catalog): ListingSpec[] {
  return [...catalog.plansCiting].map(([id, plans]) => {
    const doc = catalog.legalDocuments.get(id)!;
    return {
      kind: 'plans',
      items: plans,
      path: paths.legalDocumentPlans(id),
      title: ui.listings.citing.title(doc.typeLabel, doc.number),
      intro: ui.listings.citing.intro(plans.length, doc.typeLabel),
      breadcrumbs: trail(crumbs.legalDocuments(), { label: doc.number, href: paths.legalDocument(id) }, crumbs.current(ui.listings.citing.crumb)),
    };
  });
}

function quarterPlans(catalog: Catalog): ListingSpec[] {
  return catalog.quarters.map(({ quarter, plansIssued }) => ({
    kind: 'plans',
    items: plansIssued,
    path: paths.quarterPlans(quarter),
    title: ui.listings.quarterPlans.title(formatQuarter(quarter)),
    intro: ui.listings.quarterPlans.intro(plansIssued.length),
    breadcrumbs: [...quarterTrail(quarter), crumbs.current(ui.listings.quarterPlans.crumb)],
  }));
}

function quarterTasks(catalog: Catalog): ListingSpec[] {
  return catalog.quarters.map(({ quarter, tasksDue }) => ({
    kind: 'tasks',
    items: tasksDue,
    path: paths.quarterTasks(quarter),
    title: ui.listings.quarterTasks.title(formatQuarter(quarter)),
    intro: ui.listings.quarterTasks.intro(tasksDue.length),
    breadcrumbs: [...quarterTrail(quarter), crumbs.current(ui.listings.quarterTasks.crumb)],
  }));
}

/**
 * Rows per page of an agency's full task list: a busy agency of the 50,000-plan
 * bench has over a thousand tasks, and pages of 20 would add tens of thousands
 * of pages to the build. A row is short, so 100 of them still make a light page.
 */
const AGENCY_TASKS_PAGE_SIZE = 100;

/** All of an agency's tasks, for agencies whose page had to cut a group. */
function agencyTasks(catalog: Catalog): ListingSpec[] {
  return [...tasksOfAgencies(catalog).values()].filter(cutsTaskGroups).map(({ agency, all }) => ({
    kind: 'agencyTasks',
    items: all.map(agencyTaskRow),
    pageSize: AGENCY_TASKS_PAGE_SIZE,
    path: paths.agencyTasks(agency.id),
    title: ui.agency.allTasksTitle(agency.name),
    intro: ui.agency.allTasksIntro(all.length),
    breadcrumbs: trail(agenciesCrumb, { label: agency.shortName, href: paths.agency(agency.id) }, crumbs.current(ui.agency.allTasksCrumb)),
    feed: agencyFeed(agency),
  }));
}

/** Every page of every listing. */
export function listingPages(catalog: Catalog): ListingPage[] {
  const specs = [
    allPlans(catalog),
    ...years(catalog),
    ...provinces(catalog),
    ...themes(catalog),
    ...citingPlans(catalog),
    ...quarterPlans(catalog),
    ...quarterTasks(catalog),
    ...agencyTasks(catalog),
  ];
  return specs.flatMap(pagesOf);
}

export function listingPaths(catalog: Catalog) {
  return listingPages(catalog).map((listing) => ({ params: { listing: segments.listing(listing.page.path) }, props: { listing } }));
}
