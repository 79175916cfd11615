/**
 * Paginated plan listings (all, by year, by province, by theme), computed from
 * the catalog so that listing pages only pick their entry and render it.
 */
import { compareVietnamese } from '../lib/vietnamese';
import { paginate, type Page } from '../lib/pagination';
import { paths } from '../lib/urls';
import { formatQuarter, type Quarter } from '../lib/quarter';
import type { Catalog, DueTask, Plan } from '../domain/catalog';
import { feedLinks, type FeedLink } from '../publish/feeds';

export interface Crumb {
  label: string;
  /** Path without base; the current page has none. */
  href?: string;
}

export interface ListingPage<T> {
  title: string;
  intro?: string;
  breadcrumbs: Crumb[];
  /** The Atom feed of the same items, where there is one. */
  feed?: FeedLink;
  page: Page<T>;
}

export type PlanListingPage = ListingPage<Plan>;

const home: Crumb = { label: 'Trang chủ', href: paths.home() };
const plansCrumb: Crumb = { label: 'Kế hoạch', href: paths.plans() };

function pages<T>(items: readonly T[], listingPath: string, make: () => Omit<ListingPage<T>, 'page'>): ListingPage<T>[] {
  const header = make();
  return paginate(items, listingPath).map((page) => ({ ...header, page }));
}

export function allPlansListing(catalog: Catalog): PlanListingPage[] {
  return pages(catalog.plansNewestFirst, paths.plans(), () => ({
    title: 'Tất cả kế hoạch',
    intro: `${catalog.plansNewestFirst.length} kế hoạch, mới nhất trước.`,
    breadcrumbs: [home, { label: 'Kế hoạch' }],
    feed: feedLinks.plans(),
  }));
}

export function yearListings(catalog: Catalog): PlanListingPage[] {
  return [...catalog.plansByYear].flatMap(([year, plans]) =>
    pages(plans, paths.plansOfYear(year), () => ({
      title: `Kế hoạch năm ${year}`,
      intro: `${plans.length} kế hoạch ban hành trong năm ${year}.`,
      breadcrumbs: [home, plansCrumb, { label: `Năm ${year}` }],
    })),
  );
}

export function provinceListings(catalog: Catalog): PlanListingPage[] {
  return catalog.currentProvinces.flatMap((province) => {
    const plans = catalog.plansByCurrentProvince.get(province.id) ?? [];
    const former = province.formerIds.map((id) => catalog.provinces.get(id)!.name).sort(compareVietnamese);
    const includes = former.length > 0 ? ` Gồm cả kế hoạch của ${former.map((n) => `tỉnh ${n}`).join(', ')} trước ngày 01/7/2025.` : '';
    return pages(plans, paths.province(province.id), () => ({
      title: `Kế hoạch của ${province.label}`,
      intro: `${plans.length} kế hoạch.${includes}`,
      breadcrumbs: [home, { label: 'Tỉnh, thành', href: paths.provinces() }, { label: province.name }],
      feed: feedLinks.province(province.name, province.id),
    }));
  });
}

export function themeListings(catalog: Catalog): PlanListingPage[] {
  return [...catalog.themes.values()].flatMap((theme) => {
    const plans = catalog.plansByTheme.get(theme.id) ?? [];
    return pages(plans, paths.theme(theme.id), () => ({
      title: theme.name,
      intro: `${theme.description} ${plans.length} kế hoạch.`,
      breadcrumbs: [home, { label: 'Lĩnh vực', href: paths.themes() }, { label: theme.name }],
      feed: feedLinks.theme(theme.name, theme.id),
    }));
  });
}

export function citingPlanListings(catalog: Catalog): PlanListingPage[] {
  return [...catalog.plansCiting].flatMap(([id, plans]) => {
    const doc = catalog.legalDocuments.get(id)!;
    return pages(plans, paths.legalDocumentPlans(id), () => ({
      title: `Kế hoạch dẫn ${doc.typeLabel} ${doc.number}`,
      intro: `${plans.length} kế hoạch lấy ${doc.typeLabel.toLowerCase()} này làm căn cứ, mới nhất trước.`,
      breadcrumbs: [home, { label: 'Văn bản', href: paths.legalDocuments() }, { label: doc.number, href: paths.legalDocument(id) }, { label: 'Kế hoạch' }],
    }));
  });
}

function quarterCrumbs(q: Quarter): Crumb[] {
  return [
    home,
    { label: 'Chủ đề theo quý', href: paths.quarters() },
    { label: `Năm ${q.year}`, href: paths.quartersOfYear(q.year) },
    { label: formatQuarter(q), href: paths.quarter(q) },
  ];
}

export function quarterPlanListings(catalog: Catalog): PlanListingPage[] {
  return catalog.quarters.flatMap(({ quarter, plansIssued }) =>
    pages(plansIssued, paths.quarterPlans(quarter), () => ({
      title: `Kế hoạch ban hành trong ${formatQuarter(quarter)}`,
      intro: `${plansIssued.length} kế hoạch, mới nhất trước.`,
      breadcrumbs: [...quarterCrumbs(quarter), { label: 'Kế hoạch ban hành' }],
    })),
  );
}

export function quarterTaskListings(catalog: Catalog): ListingPage<DueTask>[] {
  return catalog.quarters.flatMap(({ quarter, tasksDue }) =>
    pages(tasksDue, paths.quarterTasks(quarter), () => ({
      title: `Nhiệm vụ đến hạn trong ${formatQuarter(quarter)}`,
      intro: `${tasksDue.length} nhiệm vụ trong các kế hoạch có thời hạn rơi vào quý này.`,
      breadcrumbs: [...quarterCrumbs(quarter), { label: 'Nhiệm vụ đến hạn' }],
    })),
  );
}

/** Astro's rest parameter for a listing page: "2020/trang/2" under /ke-hoach/, undefined for the root. */
export function restParam(listingRoot: string, pagePath: string): string | undefined {
  const rest = pagePath.slice(listingRoot.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}
