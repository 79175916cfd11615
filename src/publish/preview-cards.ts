/**
 * What the preview picture of a shared link says (see preview-image.ts, which
 * draws it). Kept apart from the drawing so that pages can name and describe
 * their picture without loading the renderer.
 */
import { formatQuarter } from '../lib/quarter';
import { ui } from '../ui/vi';
import type { Plan, QuarterDigest, Topic } from '../domain/catalog';

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

export function quarterPreviewCard(digest: QuarterDigest): PreviewCard {
  const label = formatQuarter(digest.quarter);
  return {
    kicker: ui.quarter.title(label),
    title: digest.topics.length > 0 ? digest.topics.map((t) => t.title).join('; ') : ui.card.quarterNoTopic(label),
    facts: ui.card.quarterFacts(digest.topics.length, digest.tasksDue.length, digest.plansIssued.length),
  };
}
