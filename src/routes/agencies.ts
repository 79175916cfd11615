/**
 * Route data for agencies: the index (/co-quan/), one page per agency with
 * the tasks it leads and supports grouped by deadline, and the rows of the
 * paginated list of all its tasks when a group is too long for the page (the
 * list itself is one of ./listings.ts). The deadline groups are relative to
 * the day of the build in Vietnam (`buildDay`).
 */
import { agencyTasks, DEADLINE_GROUPS, taskCount, type AgencyTask, type AgencyTasks, type TaskRole } from '../domain/agency-tasks';
import type { Agency, Catalog } from '../domain/catalog-model';
import { formatDate, isoDate } from '../lib/dates';
import { PAGE_SIZE } from '../lib/pagination';
import { formatQuarter, quarterOfDate } from '../lib/quarter';
import { paths } from '../lib/urls';
import { compareVietnamese } from '../lib/vietnamese';
import { ui } from '../ui/vi';
import { buildDay } from './build-day';
import { crumbs, trail, type Crumb, type PageHead } from './page';
import type { SummaryRow } from './summary';

const t = ui.agency;

const memo = new WeakMap<Catalog, { day: number; tasks: Map<string, AgencyTasks> }>();

/** Every agency's tasks against buildDay, computed on first use and kept while the catalog and the day stay the same. */
export function tasksOfAgencies(catalog: Catalog): Map<string, AgencyTasks> {
  const day = buildDay();
  const found = memo.get(catalog);
  if (found?.day === day.getTime()) return found.tasks;
  const tasks = agencyTasks(catalog, day);
  memo.set(catalog, { day: day.getTime(), tasks });
  return tasks;
}

export interface AgencyTaskRow {
  title: string;
  planText: string;
  planHref: string;
  role: string;
  group: string;
  deadline: string;
  deadlineHref?: string;
  datetime?: string;
}

export interface TaskGroupView {
  id: string;
  heading: string;
  total: number;
  rows: AgencyTaskRow[];
}

export interface TaskSectionView {
  id: string;
  heading: string;
  total: number;
  groups: TaskGroupView[];
}

export interface AgencyPageView {
  head: PageHead;
  title: string;
  summary: SummaryRow[];
  asOf: string;
  sections: TaskSectionView[];
  /** Set when the agency has no task at all. */
  empty?: string;
  /** Set when a group was cut to PAGE_SIZE rows: the full, paginated list. */
  allTasks?: { href: string; label: string };
  feed: { title: string; path: string };
  calendar: { title: string; path: string; hint: string };
}

export const agenciesCrumb: Crumb = { label: t.crumb, href: paths.agencies() };
const nowQuarter = () => formatQuarter(quarterOfDate(buildDay()));

function groupHeading(group: (typeof DEADLINE_GROUPS)[number]): string {
  return t.groups[group](nowQuarter());
}

export function agencyTaskRow(item: AgencyTask): AgencyTaskRow {
  return {
    title: item.task.title,
    planText: `${item.plan.typeLabel} ${item.plan.documentNumber} (${item.plan.issuer.shortName})`,
    planHref: paths.plan(item.plan.id),
    role: item.role === 'lead' ? t.roleLead : t.rolePartner,
    group: groupHeading(item.group),
    deadline: item.task.deadlineLabel,
    ...(item.task.quarter ? { deadlineHref: paths.quarter(item.task.quarter) } : {}),
    ...(item.dueOn ? { datetime: isoDate(item.dueOn) } : {}),
  };
}

function section(entry: AgencyTasks, role: TaskRole): TaskSectionView {
  const groups = entry[role];
  return {
    id: `nhiem-vu-${role === 'lead' ? 'chu-tri' : 'phoi-hop'}`,
    heading: role === 'lead' ? t.leadHeading : t.partnerHeading,
    total: taskCount(groups),
    // Empty groups are left out: a page of "none" headings hides the few that matter.
    groups: DEADLINE_GROUPS.filter((group) => groups[group].length > 0).map((group) => ({
      id: `${role === 'lead' ? 'chu-tri' : 'phoi-hop'}-${group}`,
      heading: groupHeading(group),
      total: groups[group].length,
      rows: groups[group].slice(0, PAGE_SIZE).map(agencyTaskRow),
    })),
  };
}

function provinceRow(agency: Agency, entry: AgencyTasks): SummaryRow[] {
  const province = agency.province;
  if (!province) return [];
  const rows: SummaryRow[] = [{ key: t.province, value: { text: province.name, href: paths.province(province.currentId) } }];
  if (entry.successor) {
    rows.push({
      key: t.successor,
      value: [
        { text: t.successorProvince(entry.successor.province.label), href: paths.province(entry.successor.province.id) },
        ...(entry.successor.agency ? [{ text: entry.successor.agency.name, href: paths.agency(entry.successor.agency.id), note: t.successorAgency }] : []),
      ],
    });
  }
  return rows;
}

export function agencyFeed(agency: Agency): { title: string; path: string } {
  return { title: t.feedTitle(agency.shortName), path: paths.agencyFeed(agency.id) };
}

/** Whether the agency's page cuts a group to PAGE_SIZE rows, and so links the full, paginated list (src/routes/listings.ts). */
export function cutsTaskGroups(entry: AgencyTasks): boolean {
  return DEADLINE_GROUPS.some((g) => entry.lead[g].length > PAGE_SIZE || entry.partner[g].length > PAGE_SIZE);
}

function agencyPage(entry: AgencyTasks): AgencyPageView {
  const { agency } = entry;
  const lead = taskCount(entry.lead);
  const partner = taskCount(entry.partner);
  const cut = cutsTaskGroups(entry);
  const feed = agencyFeed(agency);
  return {
    head: {
      title: agency.name,
      description: t.pageDescription(agency.name, lead, partner),
      breadcrumbs: trail(agenciesCrumb, crumbs.current(agency.shortName)),
      feeds: [feed],
    },
    title: agency.name,
    summary: [
      { key: t.level, value: agency.levelLabel },
      ...(agency.kindLabel ? [{ key: t.kind, value: agency.kindLabel }] : []),
      ...(agency.successor ? [{ key: t.successor, value: [{ text: agency.successor.name, href: paths.agency(agency.successor.id), note: t.successorAgency }] }] : []),
      ...provinceRow(agency, entry),
      { key: t.counts, value: t.countsValue(lead, partner, entry.plans.length) },
    ],
    asOf: t.asOf(formatDate(buildDay()), nowQuarter()),
    sections: lead + partner > 0 ? [section(entry, 'lead'), section(entry, 'partner')] : [],
    ...(lead + partner === 0 ? { empty: t.noTasksAtAll } : {}),
    ...(cut ? { allTasks: { href: paths.agencyTasks(agency.id), label: t.more(lead + partner) } } : {}),
    feed,
    calendar: { title: t.calendarLink, path: paths.agencyCalendar(agency.id), hint: t.calendarHint },
  };
}

export function agencyPaths(catalog: Catalog) {
  return [...catalog.agencies.keys()].map((id) => ({ params: { id }, props: { id } }));
}

/** An agency's page, its tasks grouped against the day the site is built for. */
export function agencyView(catalog: Catalog, id: string): AgencyPageView {
  return agencyPage(tasksOfAgencies(catalog).get(id)!);
}

export interface AgencyIndexRow {
  name: string;
  href: string;
  note?: string;
  lead: number;
  partner: number;
}

export interface AgencyIndexGroup {
  id: string;
  heading: string;
  caption: string;
  rows: AgencyIndexRow[];
}

export interface AgencyIndexView {
  head: PageHead;
  title: string;
  intro: string;
  groups: AgencyIndexGroup[];
}

/** Central agencies first, then each current province with the agencies of the provinces merged into it. */
export function agencyIndex(catalog: Catalog): AgencyIndexView {
  const entries = tasksOfAgencies(catalog);
  const row = (entry: AgencyTasks): AgencyIndexRow => ({
    name: entry.agency.name,
    href: paths.agency(entry.agency.id),
    ...(entry.agency.province && !entry.agency.province.isCurrent ? { note: t.formerProvince(entry.agency.province.name) } : {}),
    ...(entry.agency.successor ? { note: t.formerAgency(entry.agency.successor.name) } : {}),
    lead: taskCount(entry.lead),
    partner: taskCount(entry.partner),
  });
  const central: AgencyTasks[] = [];
  const byProvince = new Map<string, AgencyTasks[]>();
  for (const e of entries.values()) {
    const id = e.agency.province?.currentId;
    if (!id) central.push(e);
    else if (byProvince.has(id)) byProvince.get(id)!.push(e);
    else byProvince.set(id, [e]);
  }
  const sortRows = (list: AgencyTasks[]) => list.sort((a, b) => compareVietnamese(a.agency.name, b.agency.name)).map(row);
  const groups: AgencyIndexGroup[] = [
    ...(central.length ? [{ id: 'trung-uong', heading: t.indexCentral, caption: t.indexCaption(t.indexCentral), rows: sortRows(central) }] : []),
    ...catalog.currentProvinces
      .filter((p) => byProvince.has(p.id))
      .map((p) => ({ id: p.id, heading: p.name, caption: t.indexCaption(p.name), rows: sortRows(byProvince.get(p.id)!) })),
  ];
  return {
    head: { title: t.indexTitle, description: t.indexIntro(entries.size), breadcrumbs: trail(crumbs.current(t.crumb)) },
    title: t.indexTitle,
    intro: t.indexIntro(entries.size),
    groups,
  };
}
