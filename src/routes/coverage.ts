/**
 * Route data for coverage: the section a legal document's page shows (map and
 * tables of who has a plan under it), the section on a year's first listing
 * page, and the open-data files. Computed once per catalog; a page looks its
 * entry up by id.
 */
import { coverageOf, type DirectiveCoverage, type YearCoverage } from '../domain/coverage';
import type { Catalog, Plan, Province } from '../domain/catalog-model';
import { formatDate, isoDate } from '../lib/dates';
import { PROVINCE_TILES, TILE_COLUMNS, TILE_ROWS } from '../lib/province-tiles';
import { paths } from '../lib/urls';
import { ui } from '../ui/vi';

const t = ui.coverage;

export interface CoveragePlanLink {
  text: string;
  href: string;
  datetime: string;
  issuer: string;
}

/**
 * A cell's plans, newest first, at most CELL_PLAN_LIMIT of them; `more` counts
 * the rest, which the open data lists in full.
 */
export interface CoverageCell {
  total: number;
  plans: CoveragePlanLink[];
  more?: { text: string; href?: string };
}

/** A table row: the province or agency, then one cell of plans per column ("chưa có trên cổng" when empty). */
export interface CoverageRow {
  name: string;
  href?: string;
  cells: CoverageCell[];
}

/**
 * A province usually has one plan under a directive or for a year; a synthetic
 * corpus of 50,000 plans has hundreds, and the page must stay small.
 */
export const CELL_PLAN_LIMIT = 3;

export interface MapTile {
  abbr: string;
  col: number;
  row: number;
  covered: boolean;
  /** The tile's accessible name and tooltip: province and what it has. */
  title: string;
}

export interface CoverageMapView {
  title: string;
  description: string;
  columns: number;
  rows: number;
  tiles: MapTile[];
}

export interface DataLinks {
  json: string;
  csv: string;
}

export interface DirectiveCoverageView {
  heading: string;
  intro: string;
  notes: string[];
  map: CoverageMapView;
  provinceCaption: string;
  provinceColumns: string[];
  provinces: CoverageRow[];
  ministryCaption: string;
  ministryColumns: string[];
  /** Every ministry of today's Government, "chưa có trên cổng" in the cells of those without a plan. */
  ministries: CoverageRow[];
  ministryNote: string;
  /** Shown instead of the ministries' table when agencies.yaml marks no ministry. */
  noMinistries: string;
  data: DataLinks;
}

export interface YearCoverageView {
  heading: string;
  intro: string;
  rule: string;
  caption: string;
  columns: string[];
  rows: CoverageRow[];
  data: DataLinks;
}

function planLink(plan: Plan): CoveragePlanLink {
  return {
    text: t.planLine(plan.documentNumber, formatDate(plan.datedOn)),
    href: paths.plan(plan.id),
    datetime: isoDate(plan.datedOn),
    issuer: plan.issuer.shortName,
  };
}

function coverageMap(title: string, covered: ReadonlySet<string>, byId: ReadonlyMap<string, Province>): CoverageMapView {
  return {
    title,
    description: t.mapDescription,
    columns: TILE_COLUMNS,
    rows: TILE_ROWS,
    tiles: PROVINCE_TILES.map((tile) => {
      const isCovered = covered.has(tile.id);
      return { ...tile, covered: isCovered, title: `${byId.get(tile.id)?.name ?? tile.id}: ${isCovered ? t.legendCovered : t.legendMissing}` };
    }),
  };
}

function cell(plans: Plan[], moreHref?: string): CoverageCell {
  const rest = plans.length - CELL_PLAN_LIMIT;
  return {
    total: plans.length,
    plans: plans.slice(0, CELL_PLAN_LIMIT).map(planLink),
    ...(rest > 0 ? { more: { text: t.morePlans(rest), ...(moreHref ? { href: moreHref } : {}) } } : {}),
  };
}

const documentLabel = (c: DirectiveCoverage) => `${c.document.typeLabel} ${c.document.number}`;

function directiveView(c: DirectiveCoverage, catalog: Catalog): DirectiveCoverageView {
  const total = c.provinces.length;
  const covered = new Set(c.provinces.filter((p) => p.plans.length > 0).map((p) => p.province.id));
  return {
    heading: t.directiveHeading,
    intro: t.directiveIntro({ covered: c.coveredProvinces, total, plans: c.provincePlans }, { covered: c.coveredMinistries, total: c.ministries.length, plans: c.ministryPlans }),
    notes: [t.mergerNote, ...(c.otherPlans > 0 ? [t.directiveOtherPlans(c.otherPlans)] : [])],
    map: coverageMap(t.mapTitle(c.coveredProvinces, total), covered, catalog.provinces),
    provinceCaption: t.tableCaption(documentLabel(c)),
    provinceColumns: [t.columnProvince, t.columnPlans],
    provinces: c.provinces.map((p) => ({ name: p.province.name, href: paths.province(p.province.id), cells: [cell(p.plans, paths.legalDocumentPlans(c.document.id))] })),
    ministryCaption: t.ministriesCaption(documentLabel(c)),
    ministryColumns: [t.columnAgency, t.columnPlans],
    ministries: c.ministries.map((m) => ({ name: m.agency.name, href: paths.agency(m.agency.id), cells: [cell(m.plans, paths.legalDocumentPlans(c.document.id))] })),
    ministryNote: t.ministryMergerNote,
    noMinistries: t.noMinistries,
    data: { json: paths.documentCoverageData(c.document.id, 'json'), csv: paths.documentCoverageData(c.document.id, 'csv') },
  };
}

/** The coverage section of a legal document's page; undefined when no plan cites it. */
export function documentCoverageView(catalog: Catalog, documentId: string): DirectiveCoverageView | undefined {
  const c = coverageOf(catalog).directives.get(documentId);
  return c && directiveView(c, catalog);
}

function yearView(c: YearCoverage): YearCoverageView {
  const total = c.provinces.length;
  return {
    heading: t.yearHeading(c.year),
    intro: t.yearIntro(c.year, c.annualProvinces, c.lawDayProvinces, total),
    rule: t.yearRule,
    caption: t.yearCaption(c.year),
    columns: [t.columnProvince, t.columnAnnual, t.columnLawDay],
    rows: c.provinces.map((p) => ({
      name: p.province.name,
      href: paths.province(p.province.id),
      cells: [cell(p.annualPlans), cell(p.lawDayPlans)],
    })),
    data: { json: paths.yearCoverageData(c.year, 'json'), csv: paths.yearCoverageData(c.year, 'csv') },
  };
}

/** The coverage section of a year, shown on the first page of that year's plan listing. */
export function yearCoverageView(catalog: Catalog, year: number): YearCoverageView | undefined {
  const c = coverageOf(catalog).years.get(year);
  return c && yearView(c);
}

export interface CoverageDataLink {
  label: string;
  data: DataLinks;
}

export interface CoverageDataSectionView {
  heading: string;
  intro: string;
  index: { label: string; path: string };
  byDocument: { heading: string; links: CoverageDataLink[] };
  byYear: { heading: string; links: CoverageDataLink[] };
}

/** The coverage files as the /du-lieu/ page lists them. */
export function coverageDataSection(catalog: Catalog): CoverageDataSectionView {
  const { directives, years } = coverageOf(catalog);
  return {
    heading: t.dataSectionHeading,
    intro: t.dataSectionIntro,
    index: { label: t.dataIndex, path: paths.coverageData() },
    byDocument: {
      heading: t.dataByDocument,
      links: [...directives.values()].map((c) => ({
        label: documentLabel(c),
        data: { json: paths.documentCoverageData(c.document.id, 'json'), csv: paths.documentCoverageData(c.document.id, 'csv') },
      })),
    },
    byYear: {
      heading: t.dataByYear,
      links: [...years.values()].map((c) => ({ label: String(c.year), data: { json: paths.yearCoverageData(c.year, 'json'), csv: paths.yearCoverageData(c.year, 'csv') } })),
    },
  };
}
