/**
 * Pages about quarters: one quarter (its topics, the tasks due and the plans
 * issued in it), the quarters of a year, and the index of every quarter. The
 * year and index pages are a calendar against a given day, so that the current
 * and coming quarters show even before anything falls in them.
 */
import type { Catalog, DueTask, Plan, QuarterOverview, Topic } from '../domain/catalog-model';
import { quarterCalendar, type CalendarQuarter, type QuarterTiming } from '../domain/quarters';
import { formatQuarter } from '../lib/quarter';
import { paths, segments } from '../lib/urls';
import { feedLinks, type FeedLink } from '../publish/feeds';
import { previewCardAlt, quarterPreviewCard } from '../publish/preview-cards';
import { ui } from '../ui/vi';
import { crumbs, trail, type PageHead } from './page';
import { previewList, type PreviewList } from './preview-list';
import { shareData, type ShareData } from './share';

export interface QuarterPage {
  head: PageHead;
  overview: QuarterOverview;
  title: string;
  tasksHeading: string;
  plansHeading: string;
  tasksDue: PreviewList<DueTask>;
  plansIssued: PreviewList<Plan>;
  share: ShareData;
}

export function quarterPaths(catalog: Catalog) {
  return catalog.quarters.map((overview) => ({ params: segments.quarterOf(overview.quarter), props: { overview } }));
}

export function quarterPage(overview: QuarterOverview): QuarterPage {
  const label = formatQuarter(overview.quarter);
  const feeds = [feedLinks.topics()];
  return {
    head: {
      title: ui.quarter.title(label),
      description:
        overview.topics.length > 0 ? ui.quarter.description(label, overview.topics.map((t) => t.title).join('; ')) : ui.quarter.descriptionNoTopic(label),
      image: { path: paths.quarterImage(overview.quarter), alt: previewCardAlt(quarterPreviewCard(overview)) },
      feeds,
      breadcrumbs: trail(crumbs.quarters(), crumbs.quartersOfYear(overview.quarter.year), crumbs.current(label)),
    },
    overview,
    title: ui.quarter.title(label),
    tasksHeading: ui.quarter.tasksHeading(label),
    plansHeading: ui.quarter.plansHeading(label),
    tasksDue: previewList(overview.tasksDue, paths.quarterTasks(overview.quarter), ui.quarter.allTasks),
    plansIssued: previewList(overview.plansIssued, paths.quarterPlans(overview.quarter), ui.quarter.allPlans),
    share: shareData(paths.quarter(overview.quarter), ui.share.qrQuarter(label), feeds),
  };
}

/** A quarter as the year and index pages list it. */
export interface QuarterSummary {
  /** The section's id on the year page: "quy-1"…"quy-4". */
  id: string;
  label: string;
  /** The quarter's page; a quarter with no topic, task due or plan issued has none. */
  href?: string;
  /** "Quý hiện tại", "Quý tới": the quarters an official shares topics for now. */
  badge?: string;
  topics: Topic[];
  /** What the quarter holds; says "Chưa có chủ đề" outright when no topic is about it. */
  summary: string;
}

const BADGES: Partial<Record<QuarterTiming, string>> = { current: ui.quarters.current, coming: ui.quarters.coming };

function quarterSummary({ quarter, timing, overview }: CalendarQuarter): QuarterSummary {
  const topics = overview?.topics ?? [];
  const tasks = overview?.tasksDue.length ?? 0;
  const plans = overview?.plansIssued.length ?? 0;
  const badge = BADGES[timing];
  return {
    id: segments.quarter(quarter),
    label: formatQuarter(quarter),
    ...(overview ? { href: paths.quarter(quarter) } : {}),
    ...(badge ? { badge } : {}),
    topics,
    summary: topics.length > 0 ? ui.quarter.counts(topics.length, tasks, plans) : overview ? ui.quarter.noTopicCounts(tasks, plans) : ui.quarter.nothing,
  };
}

export interface QuarterYearPage {
  head: PageHead;
  year: number;
  title: string;
  quarters: QuarterSummary[];
}

function yearPage(year: number, quarters: CalendarQuarter[]): QuarterYearPage {
  return {
    head: {
      title: ui.quarters.yearTitle(year),
      description: ui.quarters.yearDescription(year),
      breadcrumbs: trail(crumbs.quarters(), crumbs.current(ui.year(year))),
    },
    year,
    title: ui.quarters.yearTitle(year),
    quarters: quarters.map(quarterSummary),
  };
}

/** One page per year of the calendar, each with every quarter up to the coming one. */
export function quarterYearPaths(catalog: Catalog, today: Date) {
  return quarterCalendar(catalog, today).map(({ year, quarters }) => ({ params: { year: String(year) }, props: { page: yearPage(year, quarters) } }));
}

/** The page of one year of the calendar as of `today`; a year the calendar no longer holds has no quarters. */
export function quarterYearPage(catalog: Catalog, year: number, today: Date): QuarterYearPage {
  return yearPage(year, quarterCalendar(catalog, today).find((y) => y.year === year)?.quarters ?? []);
}

export interface QuartersIndexPage {
  head: PageHead;
  feeds: FeedLink[];
  /** Newest year first. */
  years: { year: number; label: string; href: string; quarters: QuarterSummary[] }[];
}

export function quartersIndexPage(catalog: Catalog, today: Date): QuartersIndexPage {
  const feeds = [feedLinks.topics()];
  return {
    head: { title: ui.quarters.title, description: ui.quarters.description, feeds, breadcrumbs: trail(crumbs.current(ui.nav.quarters)) },
    feeds,
    years: quarterCalendar(catalog, today)
      .reverse()
      .map(({ year, quarters }) => ({ year, label: ui.year(year), href: paths.quartersOfYear(year), quarters: quarters.map(quarterSummary) })),
  };
}
