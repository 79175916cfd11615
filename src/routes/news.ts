/** A news item's page and the list of news. */
import type { Catalog, News } from '../domain/catalog-model';
import { formatDate, isoDate } from '../lib/dates';
import { paths } from '../lib/urls';
import { ui } from '../ui/vi';
import { crumbs, trail, type PageHead } from './page';
import { dateRow, linksRow, summaryLinks, themesRow, type SummaryRow } from './summary';

export interface NewsPage {
  head: PageHead;
  news: News;
  published: { label: string; datetime: string };
  rows: SummaryRow[];
}

export function newsPaths(catalog: Catalog) {
  return [...catalog.news.values()].map((news) => ({ params: { id: news.id }, props: { news } }));
}

export function newsPage(news: News): NewsPage {
  const r = ui.news.row;
  return {
    head: { title: news.title, description: news.summary, breadcrumbs: trail(crumbs.news(), crumbs.current(news.title)) },
    news,
    published: { label: formatDate(news.publishedOn), datetime: isoDate(news.publishedOn) },
    rows: [
      ...(news.eventOn ? [dateRow(r.eventOn, news.eventOn)] : []),
      ...(news.organizer ? [{ key: r.organizer, value: news.organizer.name }] : []),
      ...linksRow(r.provinces, news.provinces.map(summaryLinks.province)),
      ...linksRow(r.legalDocuments, summaryLinks.legalDocuments(news.legalDocuments)),
      ...themesRow(r.themes, news.themes),
    ],
  };
}

export interface NewsIndexPage {
  head: PageHead;
  items: { title: string; href: string; date: string; datetime: string; summary: string }[];
}

export function newsIndexPage(catalog: Catalog): NewsIndexPage {
  return {
    head: { title: ui.newsList.title, description: ui.newsList.description, breadcrumbs: trail(crumbs.current(ui.newsList.crumb)) },
    items: catalog.newsNewestFirst.map((n) => ({
      title: n.title,
      href: paths.news(n.id),
      date: formatDate(n.publishedOn),
      datetime: isoDate(n.publishedOn),
      summary: n.summary,
    })),
  };
}
