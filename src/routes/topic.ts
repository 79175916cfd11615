/** A quarterly topic's page: its facts, sources and share panel; the body renders from the collection. */
import type { Catalog, Topic } from '../domain/catalog';
import { formatQuarter } from '../lib/quarter';
import { paths, segments } from '../lib/urls';
import { feedLinks } from '../publish/feeds';
import { previewCardAlt, topicPreviewCard } from '../publish/preview-cards';
import { topicStructuredData } from '../publish/structured-data';
import { ui } from '../ui/vi';
import { crumbs, quarterTrail, type PageHead } from './page';
import { FILTER, SECTION } from './search-filters';
import { shareData, type ShareData } from './share';
import { linksRow, summaryLinks, themesRow, type SummaryRow } from './summary';

export interface TopicPage {
  head: PageHead;
  topic: Topic;
  searchFilters: Record<string, string | number>;
  kicker: string;
  rows: SummaryRow[];
  share: ShareData;
}

export function topicPaths(catalog: Catalog) {
  return [...catalog.topics.values()].map((topic) => ({ params: segments.topic(topic.id), props: { topic } }));
}

export function topicPage(topic: Topic): TopicPage {
  const label = formatQuarter(topic.quarter);
  const feeds = [feedLinks.topics(), ...topic.themes.map((t) => feedLinks.theme(t.name, t.id))];
  const r = ui.topic.row;
  return {
    head: {
      title: topic.title,
      description: topic.summary,
      ogType: 'article',
      image: { path: paths.topicImage(topic.id), alt: previewCardAlt(topicPreviewCard(topic)) },
      structuredData: [topicStructuredData(topic)],
      feeds,
      breadcrumbs: [...quarterTrail(topic.quarter), crumbs.current(topic.title)],
    },
    topic,
    searchFilters: { [FILTER.section]: SECTION.topic, [FILTER.year]: topic.quarter.year },
    kicker: ui.card.topicKicker(label),
    rows: [
      { key: r.quarter, value: { text: label, href: paths.quarter(topic.quarter) } },
      ...linksRow(r.audiences, summaryLinks.texts(topic.audiences)),
      ...linksRow(r.legalDocuments, summaryLinks.legalDocuments(topic.legalDocuments)),
      ...linksRow(r.plans, topic.plans.map((p) => ({ text: `${p.typeLabel} ${p.documentNumber}`, href: paths.plan(p.id) }))),
      ...themesRow(r.themes, topic.themes),
    ],
    share: shareData(paths.topic(topic.id), ui.share.qrTopic(topic.title), feeds),
  };
}
