/** The catalog's listings and indexes, computed once from the resolved entries: by year, province, theme, quarter and cited document. */
import { multiMapPush } from '../lib/multi-map';
import { compareQuarters, quarterKey, type Quarter } from '../lib/quarter';
import { compareVietnamese } from '../lib/vietnamese';
import type { Catalog, News, Plan, QuarterOverview, Topic } from './catalog-model';

const byDateDesc = <T>(get: (t: T) => Date) => (a: T, b: T) => get(b).getTime() - get(a).getTime();

type Resolved = Pick<Catalog, 'provinces' | 'agencies' | 'themes' | 'legalDocuments' | 'plans' | 'topics' | 'news'>;

export function indexCatalog(resolved: Resolved): Catalog {
  const { provinces, plans, topics, news, legalDocuments } = resolved;
  const plansNewestFirst = [...plans.values()].sort(
    (a, b) => b.datedOn.getTime() - a.datedOn.getTime() || compareVietnamese(a.title, b.title),
  );

  const plansByYear = new Map<number, Plan[]>();
  const plansByCurrentProvince = new Map<string, Plan[]>();
  const plansByTheme = new Map<string, Plan[]>();
  const plansCiting = new Map<string, Plan[]>();
  const overviews = new Map<string, QuarterOverview>();
  const overview = (quarter: Quarter): QuarterOverview => {
    const key = quarterKey(quarter);
    let d = overviews.get(key);
    if (!d) overviews.set(key, (d = { quarter, topics: [], tasksDue: [], plansIssued: [] }));
    return d;
  };

  for (const plan of plansNewestFirst) {
    multiMapPush(plansByYear, plan.year, plan);
    if (plan.currentProvince) multiMapPush(plansByCurrentProvince, plan.currentProvince.id, plan);
    for (const theme of plan.themes) multiMapPush(plansByTheme, theme.id, plan);
    for (const doc of plan.legalBasis) multiMapPush(plansCiting, doc.id, plan);
    overview(plan.issueQuarter).plansIssued.push(plan);
    for (const task of plan.tasks) if (task.quarter) overview(task.quarter).tasksDue.push({ plan, task });
  }

  const topicsCiting = new Map<string, Topic[]>();
  const topicsInOrder = [...topics.values()].sort((a, b) => compareQuarters(a.quarter, b.quarter) || compareVietnamese(a.title, b.title));
  for (const topic of topicsInOrder) {
    overview(topic.quarter).topics.push(topic);
    for (const doc of topic.legalDocuments) multiMapPush(topicsCiting, doc.id, topic);
  }

  const newsNewestFirst = [...news.values()].sort(byDateDesc((n) => n.publishedOn));
  const newsCiting = new Map<string, News[]>();
  for (const item of newsNewestFirst) for (const doc of item.legalDocuments) multiMapPush(newsCiting, doc.id, item);

  const quarters = [...overviews.values()].sort((a, b) => compareQuarters(a.quarter, b.quarter));
  return {
    ...resolved,
    currentProvinces: [...provinces.values()].filter((p) => p.isCurrent).sort((a, b) => compareVietnamese(a.name, b.name)),
    currentMinistries: [...resolved.agencies.values()].filter((a) => a.kindLabel && !a.successor).sort((a, b) => compareVietnamese(a.name, b.name)),
    plansNewestFirst,
    newsNewestFirst,
    legalDocumentsByDate: [...legalDocuments.values()].sort(byDateDesc((d) => d.issuedOn)),
    plansByYear,
    plansByCurrentProvince,
    plansByTheme,
    plansCiting,
    topicsCiting,
    newsCiting,
    quarters,
    quartersByKey: new Map(quarters.map((q) => [quarterKey(q.quarter), q])),
  };
}
