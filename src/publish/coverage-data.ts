/**
 * Coverage as open data: for each legal document that plans cite and for each
 * year, a JSON file and a CSV file listing the 34 current provinces with their
 * plans, or none; a document's files list today's ministries the same way. JSON follows the conventions of ./open-data.ts (ISO dates,
 * absolute URLs, labels beside ids); CSV has one row per plan and one row per
 * province without a plan, starts with a byte-order mark so that spreadsheet
 * programs read the Vietnamese text as UTF-8, and uses the same field names.
 */
import { stringify } from 'csv-stringify/sync';
import { ANNUAL_PLAN_THEME, coverageOf, LAW_DAY_THEME, type DirectiveCoverage, type YearCoverage } from '../domain/coverage';
import type { Catalog, Plan, Province } from '../domain/catalog-model';
import { isoDate } from '../lib/dates';
import { absoluteUrl, paths } from '../lib/urls';
import { ui } from '../ui/vi';
import { OPEN_DATA_VERSION } from './open-data';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

function planRecord(plan: Plan) {
  return {
    id: plan.id,
    documentNumber: plan.documentNumber,
    title: plan.title,
    issuer: { id: plan.issuer.id, name: plan.issuer.name },
    issuingProvince: plan.province ? { id: plan.province.id, name: plan.province.name } : null,
    issuedOn: plan.issuedOn ? isoDate(plan.issuedOn) : null,
    datedOn: isoDate(plan.datedOn),
    url: absoluteUrl(paths.plan(plan.id)),
  };
}

const province = (p: Province) => ({ id: p.id, name: p.name });

export function documentCoverageRecord(c: DirectiveCoverage) {
  return {
    version: OPEN_DATA_VERSION,
    publisher: ui.siteName,
    document: { id: c.document.id, number: c.document.number, title: c.document.title, url: absoluteUrl(paths.legalDocument(c.document.id)) },
    counts: {
      provinces: c.provinces.length,
      coveredProvinces: c.coveredProvinces,
      provincePlans: c.provincePlans,
      ministries: c.ministries.length,
      coveredMinistries: c.coveredMinistries,
      ministryPlans: c.ministryPlans,
      otherPlans: c.otherPlans,
    },
    provinces: c.provinces.map((p) => ({ ...province(p.province), covered: p.plans.length > 0, plans: p.plans.map(planRecord) })),
    ministries: c.ministries.map((m) => ({ id: m.agency.id, name: m.agency.name, covered: m.plans.length > 0, plans: m.plans.map(planRecord) })),
  };
}

export function yearCoverageRecord(c: YearCoverage) {
  return {
    version: OPEN_DATA_VERSION,
    publisher: ui.siteName,
    year: c.year,
    rules: {
      annualPlan: `provincial-level plan, theme "${ANNUAL_PLAN_THEME}" and not "${LAW_DAY_THEME}", period exactly the year`,
      lawDayPlan: `provincial-level plan, theme "${LAW_DAY_THEME}", period within the year`,
    },
    counts: { provinces: c.provinces.length, annualPlanProvinces: c.annualProvinces, lawDayPlanProvinces: c.lawDayProvinces },
    provinces: c.provinces.map((p) => ({
      ...province(p.province),
      annualPlans: p.annualPlans.map(planRecord),
      lawDayPlans: p.lawDayPlans.map(planRecord),
    })),
  };
}

const CSV_COLUMNS = ['group', 'id', 'name', 'covered', 'documentNumber', 'issuedOn', 'datedOn', 'issuer', 'issuingProvince', 'url'];

function csvRows(group: string, owner: { id: string; name: string }, plans: Plan[]): unknown[][] {
  if (plans.length === 0) return [[group, owner.id, owner.name, false, '', '', '', '', '', '']];
  return plans.map((plan) => {
    const r = planRecord(plan);
    return [group, owner.id, owner.name, true, r.documentNumber, r.issuedOn ?? '', r.datedOn, r.issuer.name, r.issuingProvince?.name ?? '', r.url];
  });
}

const csv = (rows: unknown[][]) => `\uFEFF${stringify([CSV_COLUMNS, ...rows], { cast: { boolean: (b) => String(b) } })}`;

/** Groups: "province" for the 34 provinces, "ministry" for today's ministries; id and name are the province's or the ministry's. */
export function documentCoverageCsv(c: DirectiveCoverage): string {
  return csv([
    ...c.provinces.flatMap((p) => csvRows('province', province(p.province), p.plans)),
    ...c.ministries.flatMap((m) => csvRows('ministry', { id: m.agency.id, name: m.agency.name }, m.plans)),
  ]);
}

/** Groups: "annual" and "lawDay", each with all 34 provinces. */
export function yearCoverageCsv(c: YearCoverage): string {
  return csv([
    ...c.provinces.flatMap((p) => csvRows('annual', province(p.province), p.annualPlans)),
    ...c.provinces.flatMap((p) => csvRows('lawDay', province(p.province), p.lawDayPlans)),
  ]);
}

/** The list of coverage files, for /du-lieu/bao-phu.json and the /du-lieu/ page. */
export function coverageDataIndex(catalog: Catalog) {
  const { directives, years } = coverageOf(catalog);
  return {
    version: OPEN_DATA_VERSION,
    publisher: ui.siteName,
    documents: [...directives.values()].map((c) => ({
      id: c.document.id,
      number: c.document.number,
      title: c.document.title,
      coveredProvinces: c.coveredProvinces,
      json: absoluteUrl(paths.documentCoverageData(c.document.id, 'json')),
      csv: absoluteUrl(paths.documentCoverageData(c.document.id, 'csv')),
    })),
    years: [...years.values()].map((c) => ({
      year: c.year,
      annualPlanProvinces: c.annualProvinces,
      lawDayPlanProvinces: c.lawDayProvinces,
      json: absoluteUrl(paths.yearCoverageData(c.year, 'json')),
      csv: absoluteUrl(paths.yearCoverageData(c.year, 'csv')),
    })),
  };
}
