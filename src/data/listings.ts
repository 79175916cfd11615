/**
 * Paginated plan listings (all, by year, by province, by theme), computed from
 * the catalog so that listing pages only pick their entry and render it.
 */
import { compareVietnamese } from '../lib/vietnamese';
import { paginate, type Page } from '../lib/pagination';
import { paths } from '../lib/urls';
import type { Catalog, Plan } from './catalog';

export interface Crumb {
  label: string;
  /** Path without base; the current page has none. */
  href?: string;
}

export interface PlanListingPage {
  title: string;
  intro?: string;
  breadcrumbs: Crumb[];
  page: Page<Plan>;
}

const home: Crumb = { label: 'Trang chủ', href: paths.home() };
const plansCrumb: Crumb = { label: 'Kế hoạch', href: paths.plans() };

function pages(plans: readonly Plan[], listingPath: string, make: (page: Page<Plan>) => Omit<PlanListingPage, 'page'>): PlanListingPage[] {
  return paginate(plans, listingPath).map((page) => ({ ...make(page), page }));
}

export function allPlansListing(catalog: Catalog): PlanListingPage[] {
  return pages(catalog.plansNewestFirst, paths.plans(), () => ({
    title: 'Tất cả kế hoạch',
    intro: `${catalog.plansNewestFirst.length} kế hoạch, mới nhất trước.`,
    breadcrumbs: [home, { label: 'Kế hoạch' }],
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
    }));
  });
}

/** Astro's rest parameter for a listing page: "2020/trang/2" under /ke-hoach/, undefined for the root. */
export function restParam(listingRoot: string, pagePath: string): string | undefined {
  const rest = pagePath.slice(listingRoot.length).replace(/\/$/, '');
  return rest === '' ? undefined : rest;
}
