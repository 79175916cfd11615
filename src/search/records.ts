/**
 * What search knows of each page, computed from the catalog and the route
 * data the page renders, never read back from built HTML: a label or a
 * change of markup cannot drop a field from search.
 *
 * A plan's record has two layers (src/search/index-layout.ts): what a
 * citizen searches first (title, number, issuer, places, summary, tasks,
 * facts) and, for the full-text layer, the body as well. Every other page
 * (legal documents, topics, news, provinces, themes, quarters) is an entity,
 * searched whole in the primary index.
 */
import type { Catalog, LegalDocument, News, Plan, Province, Theme, Topic } from '../domain/catalog-model';
import { formatDate, isoDate } from '../lib/dates';
import { documentNumberTokens } from '../lib/document-number';
import { formatQuarter, quarterSearchForms } from '../lib/quarter';
import { paths } from '../lib/paths';
import { legalDocumentPage } from '../routes/legal-document';
import { newsPage } from '../routes/news';
import { planPage } from '../routes/plan';
import { quarterPage } from '../routes/quarter';
import { FILTER, PAGE_KIND, SECTION } from '../routes/search-filters';
import type { SummaryRow } from '../routes/summary';
import { topicPage } from '../routes/topic';
import { ui } from '../ui/vi';

/** A document number's single-word forms, filed under its running number. */
export interface NumberTokens {
  serial: string;
  tokens: string[];
}

export interface SearchRecord {
  /** The page's path without the site's base: "/ke-hoach/2020/lang-son-176-kh-ubnd/". */
  url: string;
  /** For a plan: where it goes in the index (its date) and what a result may be filtered by before it is fetched. */
  plan?: { date: string; year: number; province?: string; file: string; places: string[] };
  /** Shown on a result and searched. */
  meta: { kind: string; title: string; number?: string; name?: string; date?: string; place?: string };
  /** Names and other forms a citizen types, each matched with its inner punctuation ignored. */
  keywords: string[];
  numbers: NumberTokens[];
  /** The page's facts: issuer, signer, themes, audiences, legal basis. */
  facts: string[];
  /** What a citizen searches first, block by block. */
  text: string[];
  /** The rest of the page's text (a plan's body), block by block: the full-text layer only. */
  prose: string[];
  filters: Record<string, string[]>;
}

/** The text of the body of an entry, block by block (src/search/body-text.ts), by the path of its file inside the content folder. */
export type BodyText = (contentPath: string) => string[];

/** The values a fact row shows, without its label. */
function rowTexts(row: SummaryRow): string[] {
  const values = Array.isArray(row.value) ? row.value : [row.value];
  return values.map((v) => (typeof v === 'string' ? v : v.text));
}

/** The search page's filters (src/routes/search-filters.ts) a page answers to, its values as the filter lists them. */
function filtersOf(section: string | undefined, year: number, more: Record<string, (string | undefined)[]> = {}): Record<string, string[]> {
  const filters: Record<string, string[]> = { [FILTER.year]: [String(year)], ...(section ? { [FILTER.section]: [section] } : {}) };
  for (const [key, values] of Object.entries(more)) {
    const kept = [...new Set(values.filter((v): v is string => Boolean(v)))];
    if (kept.length > 0) filters[key] = kept;
  }
  return filters;
}

/**
 * A document number's forms as a record holds them: the ways a citizen writes it in words ("Quyết định 1521",
 * "QĐ 1521") among its keywords, and its single-word forms under its running number.
 */
function numberSearchForms(typeLabel: string, printed: string): Pick<SearchRecord, 'keywords' | 'numbers'> {
  const found = documentNumberTokens(typeLabel, printed);
  return found ? { keywords: found.forms, numbers: [{ serial: found.serial, tokens: found.tokens }] } : { keywords: [], numbers: [] };
}

/** A plan's record; its body, read only for the full-text layer, comes first in `prose` where the caller adds it. */
function planRecord(plan: Plan): SearchRecord {
  const page = planPage(plan);
  const number = numberSearchForms(plan.typeLabel, plan.documentNumber);
  const provinceNames = [...new Set([plan.province?.name, plan.currentProvince?.name].filter((n): n is string => Boolean(n)))];
  // The documents a plan cites are in its full text, not its record: a search for a law's number finds the law first.
  const facts = [
    plan.issuer.name,
    ...(plan.signer ? [plan.signer.role ? `${plan.signer.name}, ${plan.signer.role}` : plan.signer.name] : []),
    ...plan.themes.map((t) => t.name),
    ...plan.audiences,
  ];
  return {
    url: paths.plan(plan.id),
    plan: { date: isoDate(plan.datedOn), year: plan.year, file: plan.filePath, places: provinceNames, ...(plan.currentProvince ? { province: plan.currentProvince.id } : {}) },
    meta: { kind: SECTION.plan, title: plan.title, number: page.kicker, date: formatDate(plan.datedOn), place: plan.issuer.name },
    keywords: [...number.keywords, ...provinceNames],
    numbers: number.numbers,
    facts,
    text: [plan.summary, ...plan.tasks.map((t) => t.title)],
    prose: [...page.legalBasis.map((doc) => `${doc.label}: ${doc.title}`), ...plan.tasks.flatMap((t) => (t.details ? [t.details] : []))],
    filters: filtersOf(SECTION.plan, plan.year, { [FILTER.province]: [plan.currentProvince?.name], [FILTER.type]: [plan.typeLabel], [FILTER.theme]: plan.themes.map((t) => t.name) }),
  };
}

function legalDocumentRecord(doc: LegalDocument, catalog: Catalog): SearchRecord {
  const page = legalDocumentPage(doc, catalog);
  return {
    url: paths.legalDocument(doc.id),
    // A legal document is an entity: its name ranks it above the pages that cite it.
    meta: { kind: SECTION.legalDocument, title: doc.title, name: doc.title, number: page.kicker, date: formatDate(doc.issuedOn), place: doc.issuer.name },
    ...numberSearchForms(doc.typeLabel, doc.number),
    facts: page.rows.flatMap(rowTexts),
    text: [doc.summary, ...doc.highlights],
    prose: [],
    filters: filtersOf(SECTION.legalDocument, doc.issuedOn.getUTCFullYear()),
  };
}

function topicRecord(topic: Topic, catalog: Catalog, bodyText: BodyText, bodyPath: (collection: string, id: string) => string): SearchRecord {
  const page = topicPage(topic, catalog);
  return {
    url: paths.topic(topic.id),
    meta: { kind: SECTION.topic, title: topic.title, number: page.kicker },
    keywords: quarterSearchForms(topic.quarter),
    numbers: [],
    facts: page.rows.flatMap(rowTexts),
    text: [topic.summary, ...bodyText(bodyPath('topics', topic.id))],
    prose: [],
    filters: filtersOf(SECTION.topic, topic.quarter.year, { [FILTER.theme]: topic.themes.map((t) => t.name) }),
  };
}

function newsRecord(news: News, bodyText: BodyText, bodyPath: (collection: string, id: string) => string): SearchRecord {
  const page = newsPage(news);
  return {
    url: paths.news(news.id),
    meta: { kind: SECTION.news, title: news.title, date: page.published.label },
    keywords: [],
    numbers: [],
    facts: page.rows.flatMap(rowTexts),
    text: [news.summary, ...bodyText(bodyPath('news', news.id))],
    prose: [],
    filters: filtersOf(SECTION.news, news.publishedOn.getUTCFullYear(), { [FILTER.province]: news.provinces.map((p) => p.currentName), [FILTER.theme]: news.themes.map((t) => t.name) }),
  };
}

function provinceRecord(province: Province, catalog: Catalog): SearchRecord {
  const former = province.formerIds.map((id) => catalog.provinces.get(id)!.name);
  return {
    url: paths.province(province.id),
    meta: { kind: ui.search.kinds.province, title: ui.listings.province.title(province.label), name: province.name },
    // A former province's name finds the province it is part of today.
    keywords: former,
    numbers: [],
    facts: [],
    text: former.length > 0 ? [ui.listings.province.includes(former).trim()] : [],
    prose: [],
    filters: { [FILTER.province]: [province.name] },
  };
}

function themeRecord(theme: Theme): SearchRecord {
  return {
    url: paths.theme(theme.id),
    meta: { kind: ui.search.kinds.theme, title: theme.name, name: theme.name },
    keywords: [],
    numbers: [],
    facts: [],
    text: [theme.description],
    prose: [],
    filters: { [FILTER.theme]: [theme.name] },
  };
}

/** Every page that search finds, plans first, newest first. `bodyPath` names the file of a topic's or news item's body. */
export function searchRecords(catalog: Catalog, bodyText: BodyText, bodyPath: (collection: string, id: string) => string): SearchRecord[] {
  const quarters = catalog.quarters.map((overview): SearchRecord => {
    const page = quarterPage(overview);
    return {
      url: paths.quarter(overview.quarter),
      meta: { kind: ui.search.kinds.quarter, title: page.title, name: formatQuarter(overview.quarter) },
      keywords: quarterSearchForms(overview.quarter),
      numbers: [],
      facts: [],
      text: [page.head.description],
      prose: [],
      filters: {},
    };
  });
  const kind = (record: SearchRecord): SearchRecord => ({ ...record, filters: { ...record.filters, [PAGE_KIND.filter]: [record.plan ? PAGE_KIND.plan : PAGE_KIND.other] } });
  return [
    ...catalog.plansNewestFirst.map(planRecord),
    ...catalog.legalDocumentsByDate.map((doc) => legalDocumentRecord(doc, catalog)),
    ...[...catalog.topics.values()].map((topic) => topicRecord(topic, catalog, bodyText, bodyPath)),
    ...catalog.newsNewestFirst.map((news) => newsRecord(news, bodyText, bodyPath)),
    ...catalog.currentProvinces.map((province) => provinceRecord(province, catalog)),
    ...[...catalog.themes.values()].map(themeRecord),
    ...quarters,
  ].map(kind);
}
