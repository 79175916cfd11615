/**
 * The Atom feeds of the site: every plan, the plans of each current province,
 * the plans of each theme, and the quarterly topics. Each feed carries its
 * newest entries; older ones stay on the listing page it links to.
 */
import { atomFeed, type AtomEntry } from '../lib/atom';
import { compareQuarters, formatQuarter, quarterStart } from '../lib/quarter';
import { absoluteUrl, paths } from '../lib/urls';
import { ui } from '../ui/vi';
import type { Catalog, Plan, Topic } from '../domain/catalog-model';

/** Enough for any reader that checks weekly; a full history is in the JSON data. */
export const FEED_SIZE = 50;

/** A feed as a page links it: its title and path. */
export interface FeedLink {
  title: string;
  path: string;
}

function planEntry(plan: Plan): AtomEntry {
  return {
    url: absoluteUrl(paths.plan(plan.id)),
    title: `${plan.typeLabel} ${plan.documentNumber}: ${plan.title}`,
    summary: plan.summary,
    updated: plan.datedOn,
    categories: [...(plan.province ? [plan.province.name] : []), ...plan.themes.map((t) => t.name)],
  };
}

function topicEntry(topic: Topic): AtomEntry {
  return {
    url: absoluteUrl(paths.topic(topic.id)),
    title: `${formatQuarter(topic.quarter)}: ${topic.title}`,
    summary: topic.summary,
    updated: quarterStart(topic.quarter),
    categories: topic.themes.map((t) => t.name),
  };
}

function planFeed(link: FeedLink, pagePath: string, plans: readonly Plan[]): string {
  return atomFeed({
    title: ui.feeds.feedTitle(link.title, ui.siteName),
    selfUrl: absoluteUrl(link.path),
    pageUrl: absoluteUrl(pagePath),
    author: ui.siteName,
    entries: plans.slice(0, FEED_SIZE).map(planEntry),
  });
}

export const feedLinks = {
  plans: (): FeedLink => ({ title: ui.feeds.plans, path: paths.plansFeed() }),
  province: (name: string, id: string): FeedLink => ({ title: ui.feeds.province(name), path: paths.provinceFeed(id) }),
  theme: (name: string, id: string): FeedLink => ({ title: ui.feeds.theme(name), path: paths.themeFeed(id) }),
  topics: (): FeedLink => ({ title: ui.feeds.topics, path: paths.topicsFeed() }),
};

export function plansFeedXml(catalog: Catalog): string {
  return planFeed(feedLinks.plans(), paths.plans(), catalog.plansNewestFirst);
}

/** One feed per current province, with the plans of the provinces merged into it. */
export function provinceFeedsXml(catalog: Catalog): { id: string; xml: string }[] {
  return catalog.currentProvinces.map((p) => ({
    id: p.id,
    xml: planFeed(feedLinks.province(p.name, p.id), paths.province(p.id), catalog.plansByCurrentProvince.get(p.id) ?? []),
  }));
}

export function themeFeedsXml(catalog: Catalog): { id: string; xml: string }[] {
  return [...catalog.themes.values()].map((t) => ({
    id: t.id,
    xml: planFeed(feedLinks.theme(t.name, t.id), paths.theme(t.id), catalog.plansByTheme.get(t.id) ?? []),
  }));
}

export function topicsFeedXml(catalog: Catalog): string {
  const newestFirst = [...catalog.topics.values()].sort((a, b) => compareQuarters(b.quarter, a.quarter) || a.id.localeCompare(b.id));
  const link = feedLinks.topics();
  return atomFeed({
    title: ui.feeds.feedTitle(link.title, ui.siteName),
    subtitle: ui.feeds.topicsSubtitle,
    selfUrl: absoluteUrl(link.path),
    pageUrl: absoluteUrl(paths.quarters()),
    author: ui.siteName,
    entries: newestFirst.slice(0, FEED_SIZE).map(topicEntry),
  });
}
