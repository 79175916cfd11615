/**
 * The search filters and their choices, from the catalog. The keys are the
 * Pagefind filter names that pages declare with data-pagefind-filter.
 */
import { compareVietnamese } from '../lib/vietnamese';
import { ui } from '../ui/vi';
import type { Catalog } from '../domain/catalog-model';

/** The Pagefind filter names, which are also the search page's URL parameters. */
export const FILTER = { province: 'tinh', year: 'nam', type: 'loai', theme: 'linh-vuc', section: 'muc' } as const;

/**
 * A filter no reader chooses: whether a page is a plan. The search page asks for plans alone, or for the
 * other pages alone, when it searches them with different words (src/scripts/search-engine.ts).
 */
export const PAGE_KIND = { filter: 'trang', plan: 'ke-hoach', other: 'khac' } as const;

/** The values of the "muc" filter: which section of the site a result comes from. */
export const SECTION = ui.search.sections;

export interface SearchFilter {
  /** Pagefind filter name and URL parameter. */
  key: string;
  label: string;
  options: string[];
}

export function searchFilters(catalog: Catalog): SearchFilter[] {
  const labels = ui.search.filters;
  const years = new Set<number>();
  for (const p of catalog.plans.values()) years.add(p.year);
  for (const t of catalog.topics.values()) years.add(t.quarter.year);
  for (const d of catalog.legalDocuments.values()) years.add(d.issuedOn.getUTCFullYear());
  for (const n of catalog.news.values()) years.add(n.publishedOn.getUTCFullYear());
  const types = new Set([...catalog.plans.values()].map((p) => p.typeLabel));
  return [
    { key: FILTER.province, label: labels.province, options: catalog.currentProvinces.map((p) => p.name) },
    { key: FILTER.year, label: labels.year, options: [...years].sort((a, b) => b - a).map(String) },
    { key: FILTER.type, label: labels.type, options: [...types].sort(compareVietnamese) },
    { key: FILTER.theme, label: labels.theme, options: [...catalog.themes.values()].map((t) => t.name) },
    { key: FILTER.section, label: labels.section, options: Object.values(SECTION) },
  ];
}
