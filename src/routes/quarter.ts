/**
 * Pages about quarters: one quarter (its topics, the tasks due and the plans
 * issued in it), the quarters of a year, and the index of every quarter.
 */
import type { Catalog, DueTask, Plan, QuarterDigest } from '../domain/catalog';
import { quartersByYear } from '../domain/quarters';
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
  digest: QuarterDigest;
  title: string;
  tasksHeading: string;
  plansHeading: string;
  tasksDue: PreviewList<DueTask>;
  plansIssued: PreviewList<Plan>;
  share: ShareData;
}

export function quarterPaths(catalog: Catalog) {
  return catalog.quarters.map((digest) => ({ params: segments.quarterOf(digest.quarter), props: { digest } }));
}

export function quarterPage(digest: QuarterDigest): QuarterPage {
  const label = formatQuarter(digest.quarter);
  const feeds = [feedLinks.topics()];
  return {
    head: {
      title: ui.quarter.title(label),
      description:
        digest.topics.length > 0 ? ui.quarter.description(label, digest.topics.map((t) => t.title).join('; ')) : ui.quarter.descriptionNoTopic(label),
      image: { path: paths.quarterImage(digest.quarter), alt: previewCardAlt(quarterPreviewCard(digest)) },
      feeds,
      breadcrumbs: trail(crumbs.quarters(), crumbs.quartersOfYear(digest.quarter.year), crumbs.current(label)),
    },
    digest,
    title: ui.quarter.title(label),
    tasksHeading: ui.quarter.tasksHeading(label),
    plansHeading: ui.quarter.plansHeading(label),
    tasksDue: previewList(digest.tasksDue, paths.quarterTasks(digest.quarter), ui.quarter.allTasks),
    plansIssued: previewList(digest.plansIssued, paths.quarterPlans(digest.quarter), ui.quarter.allPlans),
    share: shareData(paths.quarter(digest.quarter), ui.share.qrQuarter(label), feeds),
  };
}

/** A quarter as the year and index pages list it. */
export interface QuarterSummary {
  digest: QuarterDigest;
  label: string;
  href: string;
  counts: string;
  /** Said where the quarter has no topic yet. */
  noTopicNote: string;
}

function quarterSummary(digest: QuarterDigest): QuarterSummary {
  return {
    digest,
    label: formatQuarter(digest.quarter),
    href: paths.quarter(digest.quarter),
    counts: ui.quarter.counts(digest.topics.length, digest.tasksDue.length, digest.plansIssued.length),
    noTopicNote: ui.quarter.noTopicCounts(digest.tasksDue.length, digest.plansIssued.length),
  };
}

export interface QuarterYearPage {
  head: PageHead;
  year: number;
  title: string;
  quarters: QuarterSummary[];
}

export function quarterYearPaths(catalog: Catalog) {
  return quartersByYear(catalog).map(({ year, digests }) => {
    const page: QuarterYearPage = {
      head: {
        title: ui.quarters.yearTitle(year),
        description: ui.quarters.yearDescription(year),
        breadcrumbs: trail(crumbs.quarters(), crumbs.current(ui.year(year))),
      },
      year,
      title: ui.quarters.yearTitle(year),
      quarters: digests.map(quarterSummary),
    };
    return { params: { year: String(year) }, props: { page } };
  });
}

export interface QuartersIndexPage {
  head: PageHead;
  feeds: FeedLink[];
  /** Newest year first. */
  years: { year: number; label: string; href: string; quarters: QuarterSummary[] }[];
}

export function quartersIndexPage(catalog: Catalog): QuartersIndexPage {
  const feeds = [feedLinks.topics()];
  return {
    head: { title: ui.quarters.title, description: ui.quarters.description, feeds, breadcrumbs: trail(crumbs.current(ui.nav.quarters)) },
    feeds,
    years: quartersByYear(catalog)
      .reverse()
      .map(({ year, digests }) => ({ year, label: ui.year(year), href: paths.quartersOfYear(year), quarters: digests.map(quarterSummary) })),
  };
}
