/**
 * The search filters and their choices, from the catalog. The keys are the
 * Pagefind filter names that pages declare with data-pagefind-filter.
 */
import { compareVietnamese } from '../lib/vietnamese';
import type { Catalog } from '../domain/catalog';

export interface SearchFilter {
  /** Pagefind filter name and URL parameter. */
  key: string;
  label: string;
  options: string[];
}

export function searchFilters(catalog: Catalog): SearchFilter[] {
  const years = new Set<number>();
  for (const p of catalog.plans.values()) years.add(p.year);
  for (const t of catalog.topics.values()) years.add(t.quarter.year);
  for (const d of catalog.legalDocuments.values()) years.add(d.issuedOn.getUTCFullYear());
  for (const n of catalog.news.values()) years.add(n.publishedOn.getUTCFullYear());
  const types = new Set([...catalog.plans.values()].map((p) => p.typeLabel));
  return [
    { key: 'tinh', label: 'Tỉnh, thành', options: catalog.currentProvinces.map((p) => p.name) },
    { key: 'nam', label: 'Năm', options: [...years].sort((a, b) => b - a).map(String) },
    { key: 'loai', label: 'Loại văn bản', options: [...types].sort(compareVietnamese) },
    { key: 'linh-vuc', label: 'Lĩnh vực', options: [...catalog.themes.values()].map((t) => t.name) },
    { key: 'muc', label: 'Loại nội dung', options: ['Kế hoạch', 'Chủ đề tuyên truyền', 'Văn bản pháp luật', 'Tin tức'] },
  ];
}
