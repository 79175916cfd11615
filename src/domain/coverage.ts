/**
 * Coverage: who has published a plan on the portal. Two questions officials
 * ask — "which provinces and ministries have a plan under this directive?" and
 * "which provinces have published their plans for this year?" — answered once
 * for the whole catalog, so a page only picks its row.
 *
 * Which plans count:
 * - A province's plan is one issued by a provincial-level agency (level
 *   `tinh`: the people's committee, a department, the province's coordinating
 *   council). District and commune plans do not stand for the province. A plan
 *   of a province merged on 01/7/2025 counts for today's province and keeps
 *   the name of the province that issued it (`plan.province`).
 * - A ministry's plan is one issued by a ministry or ministerial-level agency
 *   of today's Government (`kind` in agencies.yaml, as set by Nghị quyết
 *   176/2025/QH15), all of which are listed, with a plan or not. A plan of a
 *   ministry merged in 2025 counts for its successor and keeps the name of the
 *   ministry that issued it (`plan.issuer`). Plans of other central bodies
 *   (the Prime Minister, the central coordinating council) stand for no
 *   ministry.
 * - The year's annual PBGDPL plan: filed under the theme `pbgdpl`, not under
 *   `ngay-phap-luat`, and running exactly one calendar year (period "2023").
 *   The year is that of the period, not of the issue date: plans for 2024 are
 *   often issued in December 2023.
 * - The year's Ngày Pháp luật plan: filed under the theme `ngay-phap-luat`,
 *   with a period inside one year (usually "Quý IV/2023" or "2023").
 */
import { AGENCY_LEVELS } from '../schemas/agency';
import type { Agency, Catalog, LegalDocument, Plan, Province } from './catalog-model';
import { multiMapPush } from '../lib/multi-map';

export const ANNUAL_PLAN_THEME = 'pbgdpl';
export const LAW_DAY_THEME = 'ngay-phap-luat';

/** A current province and its plans, newest first; a plan's own province may be a former one. */
export interface ProvinceCoverage {
  province: Province;
  plans: Plan[];
}

/** A ministry of today's Government and its plans, newest first; a plan's issuer may be a former ministry. */
export interface MinistryCoverage {
  agency: Agency;
  plans: Plan[];
}

export interface DirectiveCoverage {
  document: LegalDocument;
  /** All 34 current provinces in Vietnamese alphabetical order, with or without a plan. */
  provinces: ProvinceCoverage[];
  /** All ministries and ministerial-level agencies of today's Government by name, with or without a plan. */
  ministries: MinistryCoverage[];
  coveredProvinces: number;
  provincePlans: number;
  coveredMinistries: number;
  ministryPlans: number;
  /** Plans citing the document issued below province level or by a central body that is no ministry: counted in neither. */
  otherPlans: number;
}

export interface YearProvinceCoverage {
  province: Province;
  annualPlans: Plan[];
  lawDayPlans: Plan[];
}

export interface YearCoverage {
  year: number;
  provinces: YearProvinceCoverage[];
  /** Provinces with at least one annual plan, and with at least one Ngày Pháp luật plan. */
  annualProvinces: number;
  lawDayProvinces: number;
}

export const isProvincialAgency = (agency: Agency) => agency.province !== undefined && agency.levelLabel === AGENCY_LEVELS.tinh;

/** Today's ministry a plan counts for: its issuer or the issuer's successor, when that is a member of the Government. */
const ministryOf = (agency: Agency) => {
  const current = agency.successor ?? agency;
  return current.kindLabel ? current : undefined;
};

/** One entry per legal document that plans cite; plans come from catalog.plansCiting, newest first. */
export function directiveCoverage(catalog: Catalog): Map<string, DirectiveCoverage> {
  const result = new Map<string, DirectiveCoverage>();
  for (const [docId, plans] of catalog.plansCiting) {
    const byProvince = new Map<string, Plan[]>();
    const byMinistry = new Map<string, Plan[]>();
    let otherPlans = 0;
    for (const plan of plans) {
      const ministry = ministryOf(plan.issuer);
      if (isProvincialAgency(plan.issuer)) multiMapPush(byProvince, plan.issuer.province!.currentId, plan);
      else if (ministry) multiMapPush(byMinistry, ministry.id, plan);
      else otherPlans++;
    }
    const provinces = catalog.currentProvinces.map((province) => ({ province, plans: byProvince.get(province.id) ?? [] }));
    const ministries = catalog.currentMinistries.map((agency) => ({ agency, plans: byMinistry.get(agency.id) ?? [] }));
    result.set(docId, {
      document: catalog.legalDocuments.get(docId)!,
      provinces,
      ministries,
      coveredProvinces: provinces.filter((p) => p.plans.length > 0).length,
      provincePlans: provinces.reduce((n, p) => n + p.plans.length, 0),
      coveredMinistries: ministries.filter((m) => m.plans.length > 0).length,
      ministryPlans: ministries.reduce((n, m) => n + m.plans.length, 0),
      otherPlans,
    });
  }
  return result;
}

type YearPlanKind = 'annual' | 'lawDay';

/** Which yearly plan a plan is, and for which year; see the module comment for the rules. */
export function yearPlanKind(plan: Plan): { kind: YearPlanKind; year: number } | undefined {
  if (!isProvincialAgency(plan.issuer)) return undefined;
  const { start, end } = plan.period;
  if (!end || start.year !== end.year) return undefined;
  const themes = new Set(plan.themes.map((t) => t.id));
  if (themes.has(LAW_DAY_THEME)) return { kind: 'lawDay', year: start.year };
  if (themes.has(ANNUAL_PLAN_THEME) && start.quarter === 1 && end.quarter === 4) return { kind: 'annual', year: start.year };
  return undefined;
}

/** One entry per year that has a plan listing (catalog.plansByYear), each with all 34 provinces. */
export function yearCoverage(catalog: Catalog): Map<number, YearCoverage> {
  const found = new Map<number, Map<string, YearProvinceCoverage>>();
  for (const plan of catalog.plansNewestFirst) {
    const kind = yearPlanKind(plan);
    if (!kind) continue;
    let provinces = found.get(kind.year);
    if (!provinces) found.set(kind.year, (provinces = new Map()));
    const id = plan.issuer.province!.currentId;
    let row = provinces.get(id);
    if (!row) provinces.set(id, (row = { province: catalog.provinces.get(id)!, annualPlans: [], lawDayPlans: [] }));
    (kind.kind === 'annual' ? row.annualPlans : row.lawDayPlans).push(plan);
  }
  const result = new Map<number, YearCoverage>();
  for (const year of [...catalog.plansByYear.keys()].sort((a, b) => a - b)) {
    const rows = found.get(year);
    const provinces = catalog.currentProvinces.map((province) => rows?.get(province.id) ?? { province, annualPlans: [], lawDayPlans: [] });
    result.set(year, {
      year,
      provinces,
      annualProvinces: provinces.filter((p) => p.annualPlans.length > 0).length,
      lawDayProvinces: provinces.filter((p) => p.lawDayPlans.length > 0).length,
    });
  }
  return result;
}

const memo = new WeakMap<Catalog, { directives: Map<string, DirectiveCoverage>; years: Map<number, YearCoverage> }>();

/** The coverage of every directive and year, computed on first use and kept with the catalog. */
export function coverageOf(catalog: Catalog) {
  let found = memo.get(catalog);
  if (!found) memo.set(catalog, (found = { directives: directiveCoverage(catalog), years: yearCoverage(catalog) }));
  return found;
}
