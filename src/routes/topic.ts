/**
 * A quarterly topic's page, for the official who passes it on: what to
 * communicate (the body), to whom, the legal documents with their pages, the
 * channels that the plans carried out in the quarter name, and the tasks due in
 * the quarter. Everything but the body comes from the catalog.
 */
import { channelsInQuarter } from '../domain/channels';
import type { Catalog, DueTask, LegalDocument, Plan, Topic } from '../domain/catalog-model';
import { formatDate } from '../lib/dates';
import { formatQuarter, quarterKey } from '../lib/quarter';
import { paths, segments } from '../lib/urls';
import { feedLinks } from '../publish/feeds';
import { previewCardAlt, topicPreviewCard } from '../publish/preview-cards';
import { topicStructuredData } from '../publish/structured-data';
import { ui } from '../ui/vi';
import { crumbs, quarterTrail, type PageHead } from './page';
import { previewList, type PreviewList } from './preview-list';
import { shareData, type ShareData } from './share';
import { linksRow, summaryLinks, themesRow, type SummaryRow } from './summary';

/** How many plans a channel names before the rest are counted. */
const PLANS_PER_CHANNEL = 3;

/** A link to another page of the site: its text, and its path without base. */
export interface PageLink {
  text: string;
  href: string;
}

export interface TopicDocument {
  link: PageLink;
  title: string;
  /** "Có hiệu lực từ 01/4/2025", or the issue date when the catalog has no date in force. */
  note: string;
}

export interface TopicChannel {
  label: string;
  plans: PageLink[];
  /** "và 4 kế hoạch khác", when more plans name the channel. */
  more?: string;
}

export interface TopicPage {
  head: PageHead;
  topic: Topic;
  kicker: string;
  rows: SummaryRow[];
  documents: TopicDocument[];
  channels: { heading: string; intro: string; items: TopicChannel[]; empty: string };
  tasks: { heading: string; list: PreviewList<DueTask>; empty: string };
  share: ShareData;
}

export function topicPaths(catalog: Catalog) {
  return [...catalog.topics.values()].map((topic) => ({ params: segments.topic(topic.id), props: { topic } }));
}

function topicDocument(doc: LegalDocument): TopicDocument {
  const t = ui.topic;
  return {
    link: { text: `${doc.typeLabel} ${doc.number}`, href: paths.legalDocument(doc.id) },
    title: doc.title,
    note: doc.inForceOn ? t.inForceOn(formatDate(doc.inForceOn)) : t.issuedOn(formatDate(doc.issuedOn)),
  };
}

export function topicPage(topic: Topic, catalog: Catalog): TopicPage {
  const label = formatQuarter(topic.quarter);
  const feeds = [feedLinks.topics(), ...topic.themes.map((t) => feedLinks.theme(t.name, t.id))];
  const t = ui.topic;
  const planLink = (p: Plan): PageLink => ({ text: `${p.typeLabel} ${p.documentNumber}`, href: paths.plan(p.id) });
  const tasksDue = catalog.quartersByKey.get(quarterKey(topic.quarter))?.tasksDue ?? [];
  return {
    head: {
      // The quarter goes with the title wherever the page travels without its body: a shared link's preview, a printed sheet's header.
      title: t.title(topic.title, label),
      description: topic.summary,
      ogType: 'article',
      image: { path: paths.topicImage(topic.id), alt: previewCardAlt(topicPreviewCard(topic)) },
      structuredData: [topicStructuredData(topic)],
      feeds,
      breadcrumbs: [...quarterTrail(topic.quarter), crumbs.current(topic.title)],
    },
    topic,
    kicker: ui.card.topicKicker(label),
    rows: [
      { key: t.row.quarter, value: { text: label, href: paths.quarter(topic.quarter) } },
      ...linksRow(t.row.audiences, summaryLinks.texts(topic.audiences)),
      ...linksRow(t.row.plans, topic.plans.map(planLink)),
      ...themesRow(t.row.themes, topic.themes),
    ],
    documents: topic.legalDocuments.map(topicDocument),
    channels: {
      heading: t.channels.heading,
      intro: t.channels.intro(label),
      items: channelsInQuarter(catalog, topic.quarter).map(({ channel, plans }) => ({
        label: ui.channels[channel],
        plans: plans.slice(0, PLANS_PER_CHANNEL).map((p) => ({ ...planLink(p), text: `${planLink(p).text} ${ui.tasks.ofIssuer} ${p.issuer.shortName}` })),
        ...(plans.length > PLANS_PER_CHANNEL ? { more: t.channels.more(plans.length - PLANS_PER_CHANNEL) } : {}),
      })),
      empty: t.channels.none(label),
    },
    tasks: {
      heading: ui.quarter.tasksHeading(label),
      list: previewList(tasksDue, paths.quarterTasks(topic.quarter), ui.quarter.allTasks),
      empty: ui.empty.tasksInQuarter,
    },
    share: shareData(paths.topic(topic.id), ui.share.qrTopic(topic.title), feeds),
  };
}
