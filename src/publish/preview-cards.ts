/**
 * What the preview picture of a shared link says, and which pictures the site
 * publishes (preview-image.ts lays them out, the build draws them). Kept apart
 * from the drawing so that pages can name and describe their picture without
 * loading the renderer.
 */
import { formatQuarter } from '../lib/quarter';
import { paths } from '../lib/paths';
import { ui } from '../ui/vi';
import type { Catalog, Plan, QuarterOverview, Topic } from '../domain/catalog-model';

export const PREVIEW_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** What a card says: a line above the title, the title, and a line of facts. */
export interface PreviewCard {
  kicker: string;
  title: string;
  facts: string[];
}

export function planPreviewCard(plan: Plan): PreviewCard {
  return {
    kicker: ui.card.numbered(plan.typeLabel, plan.documentNumber),
    title: plan.title,
    facts: [plan.province?.name ?? plan.issuer.name, ui.card.issuedIn(formatQuarter(plan.issueQuarter))],
  };
}

export function topicPreviewCard(topic: Topic): PreviewCard {
  return {
    kicker: ui.card.topicKicker(formatQuarter(topic.quarter)),
    title: topic.title,
    facts: topic.themes.map((t) => t.name).slice(0, 2),
  };
}

export function sitePreviewCard(): PreviewCard {
  return { kicker: ui.siteName, title: ui.tagline, facts: [ui.siteLongName] };
}

/** The alt text of a card: what it says, in reading order. */
export function previewCardAlt(card: PreviewCard): string {
  return [card.kicker, card.title, ...card.facts].join(' · ');
}

export function quarterPreviewCard(overview: QuarterOverview): PreviewCard {
  const label = formatQuarter(overview.quarter);
  return {
    kicker: ui.quarter.title(label),
    title: overview.topics.length > 0 ? overview.topics.map((t) => t.title).join('; ') : ui.card.quarterNoTopic(label),
    facts: ui.card.quarterFacts(overview.topics.length, overview.tasksDue.length, overview.plansIssued.length),
  };
}

/** A preview picture the site publishes: where it goes and what it says. */
export interface PreviewImage {
  path: string;
  card: PreviewCard;
}

/**
 * Every preview picture a page links to: the site's own, and one per plan,
 * topic and quarter, from the same catalog the pages are built from.
 */
export function previewImages(catalog: Catalog): PreviewImage[] {
  return [
    { path: paths.siteImage(), card: sitePreviewCard() },
    ...[...catalog.plans.values()].map((plan) => ({ path: paths.planImage(plan.id), card: planPreviewCard(plan) })),
    ...[...catalog.topics.values()].map((topic) => ({ path: paths.topicImage(topic.id), card: topicPreviewCard(topic) })),
    ...catalog.quarters.map((overview) => ({ path: paths.quarterImage(overview.quarter), card: quarterPreviewCard(overview) })),
  ];
}
