/**
 * The catalog: every collection resolved into linked objects, with every
 * listing and index computed once. Pages read from it; components only render.
 *
 * It is also where cross-references are checked: Astro's reference() records
 * an id but does not check that the entry exists, so a dangling id would only
 * surface as a broken page. buildCatalog() refuses to build instead, naming
 * the file, the field and the closest valid ids, all problems at once.
 */
import type { AgencyData } from '../schemas/agency';
import { AGENCY_KINDS, AGENCY_LEVELS } from '../schemas/agency';
import type { LegalDocumentData } from '../schemas/legal-document';
import { LEGAL_DOCUMENT_TYPES } from '../schemas/legal-document';
import type { NewsData } from '../schemas/news';
import type { PlanData, WrittenFrom } from '../schemas/plan';
import { PLAN_STATUSES, PLAN_TYPES } from '../schemas/plan';
import type { ProvinceData } from '../schemas/province';
import type { ThemeData } from '../schemas/theme';
import type { TopicData } from '../schemas/topic';
import { formatDeadline, deadlineQuarter, UNSTATED_DEADLINE, type Deadline } from '../lib/deadline';
import { formatPeriod, type Period } from '../lib/period';
import { describeProblem, entryFile, type ContentProblem } from '../lib/content-problem';
import { planIdentityProblems, topicIdentityProblem } from '../lib/entry-identity';
import { currentProvinceOf, mergerNote, provinceLabel, provinceTitle } from '../lib/provinces';
import { compareQuarters, quarterKey, quarterOfDate, type Quarter } from '../lib/quarter';
import { closest } from '../lib/suggest';
import { compareVietnamese } from '../lib/vietnamese';

export interface RawEntry<D> {
  id: string;
  data: D;
  filePath?: string;
  /** The content loader's hash of the entry's file, when it has one. */
  digest?: string | number;
}

export interface RawContent {
  provinces: RawEntry<ProvinceData>[];
  agencies: RawEntry<AgencyData>[];
  themes: RawEntry<ThemeData>[];
  legalDocuments: RawEntry<LegalDocumentData>[];
  plans: RawEntry<PlanData>[];
  topics: RawEntry<TopicData>[];
  news: RawEntry<NewsData>[];
}

export interface Province {
  id: string;
  name: string;
  /** "tỉnh Lạng Sơn", "TP Cần Thơ". */
  label: string;
  /** "Tỉnh Lạng Sơn", "TP Cần Thơ". */
  title: string;
  isCurrent: boolean;
  /** Today's province: itself unless it was merged. */
  currentId: string;
  currentName: string;
  /** "nay thuộc TP Cần Thơ" for a merged province. */
  mergerNote?: string;
  /** For a merged province: the day it joined today's province. */
  mergedOn?: Date;
  /** For a current province: the former provinces merged into it. */
  formerIds: string[];
}

export interface Agency {
  id: string;
  name: string;
  shortName: string;
  levelLabel: string;
  /** "Bộ", "Cơ quan ngang bộ": a member of the Government, today's or a former one. */
  kindLabel?: string;
  /** For a body merged or renamed away: today's agency, at the end of its chain of successors. */
  successor?: Agency;
  province?: Province;
}

export interface Theme {
  id: string;
  name: string;
  description: string;
}

export interface LegalDocument {
  id: string;
  number: string;
  typeLabel: string;
  /** "Luật Phổ biến, giáo dục pháp luật" with its number where the title lacks it. */
  title: string;
  issuer: Agency;
  issuedOn: Date;
  inForceOn?: Date;
  replacedBy?: string;
  replaces: string[];
  summary: string;
  highlights: string[];
  officialUrl?: string;
}

export interface Task {
  title: string;
  details?: string;
  lead: Agency[];
  partners: Agency[];
  deadline: Deadline;
  deadlineLabel: string;
  /** The quarter the deadline falls in, when it names one: links the task to that quarter's page. */
  quarter?: Quarter;
}

export interface Plan {
  id: string;
  /** The entry's file, from which its page renders the body. */
  filePath: string;
  /** The hash of that file, so that a change to the body, which the catalog does not hold, still tells (src/routes/cache-key.ts). */
  digest?: string;
  title: string;
  documentNumber: string;
  documentType: string;
  typeLabel: string;
  issuer: Agency;
  /** The province that issued the plan, as it was then. */
  province?: Province;
  /**
   * A plan of a province that kept its name in the 2025 merger, issued before other
   * provinces joined it: the province of the plan is the one before the merger.
   */
  preMerger?: { mergedOn: Date; joinedBy: Province[] };
  /** Today's province, for browsing. */
  currentProvince?: Province;
  signer?: { name: string; role?: string };
  issuedOn?: Date;
  /** The issue date, or the date the source announced the plan when the issue date is unknown. */
  datedOn: Date;
  effectiveOn?: Date;
  year: number;
  issueQuarter: Quarter;
  period: Period;
  periodLabel: string;
  status: string;
  statusLabel: string;
  summary: string;
  legalBasis: LegalDocument[];
  themes: Theme[];
  audiences: string[];
  tasks: Task[];
  /** Related plans, resolved once the catalog holds every plan. */
  related: Plan[];
  attachments: PlanData['attachments'];
  /** How much of the original the entry was written from; unknown for entries that do not say. */
  writtenFrom?: WrittenFrom;
  writtenFromNote?: string;
  source: PlanData['source'];
}

export interface Topic {
  id: string;
  quarter: Quarter;
  title: string;
  summary: string;
  audiences: string[];
  legalDocuments: LegalDocument[];
  plans: Plan[];
  themes: Theme[];
  sources: TopicData['sources'];
}

export interface News {
  id: string;
  title: string;
  publishedOn: Date;
  eventOn?: Date;
  summary: string;
  organizer?: Agency;
  provinces: Province[];
  legalDocuments: LegalDocument[];
  themes: Theme[];
  source: NewsData['source'];
}

export interface DueTask {
  plan: Plan;
  task: Task;
}

export interface QuarterDigest {
  quarter: Quarter;
  topics: Topic[];
  tasksDue: DueTask[];
  plansIssued: Plan[];
}

export interface Catalog {
  provinces: Map<string, Province>;
  /** The 34 current provinces in Vietnamese alphabetical order. */
  currentProvinces: Province[];
  agencies: Map<string, Agency>;
  /** The ministries and ministerial-level agencies of today's Government, in Vietnamese alphabetical order. */
  currentMinistries: Agency[];
  themes: Map<string, Theme>;
  legalDocuments: Map<string, LegalDocument>;
  plans: Map<string, Plan>;
  topics: Map<string, Topic>;
  news: Map<string, News>;
  plansNewestFirst: Plan[];
  newsNewestFirst: News[];
  legalDocumentsByDate: LegalDocument[];
  plansByYear: Map<number, Plan[]>;
  plansByCurrentProvince: Map<string, Plan[]>;
  plansByTheme: Map<string, Plan[]>;
  plansCiting: Map<string, Plan[]>;
  topicsCiting: Map<string, Topic[]>;
  newsCiting: Map<string, News[]>;
  /** Quarters that have a topic, a task due or a plan issued, oldest first. */
  quarters: QuarterDigest[];
  quartersByKey: Map<string, QuarterDigest>;
}


export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      [
        `Nội dung có ${problems.length} lỗi (content errors):`,
        ...problems.map((p) => `  ${p.file} → ${describeProblem(p)}`),
      ].join('\n'),
    );
    this.name = 'ContentError';
  }
}

const COLLECTION_LABELS: Record<string, string> = {
  provinces: 'content/provinces.yaml',
  agencies: 'content/agencies.yaml',
  themes: 'content/themes.yaml',
  legalDocuments: 'content/legal-documents/',
  plans: 'content/plans/',
  topics: 'content/topics/',
  news: 'content/news/',
};

/** What an editor reads when an id points at nothing: where ids live and the closest valid ones. */
export function missingReferenceMessage(id: string, collection: string, validIds: Iterable<string>): string {
  const near = closest(id, validIds);
  return `"${id}" không có trong ${COLLECTION_LABELS[collection] ?? collection}.${near.length ? ` Có phải bạn muốn: ${near.join(', ')}?` : ''}`;
}

interface Ref {
  id: string;
  collection: string;
}

export function multiMapPush<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Rules that span entries: a file's name must match what it says (year,
 * issuer's province, number; a topic's quarter), and one issuer never uses
 * the same number twice in a year. Needs only the raw entries.
 */
export function identityProblems(raw: Pick<RawContent, 'agencies' | 'plans' | 'topics'>): ContentProblem[] {
  const provinceOf = new Map(raw.agencies.map((a) => [a.id, a.data.province?.id]));
  // A plan whose issuer is unknown is already reported as a broken reference; its expected name is unknowable.
  const plans = raw.plans.filter((p) => provinceOf.has(p.data.issuer.id)).map((p) => ({
    id: p.id,
    file: p.filePath,
    documentNumber: p.data.documentNumber,
    issuerId: p.data.issuer.id,
    provinceId: provinceOf.get(p.data.issuer.id),
    year: (p.data.issuedOn ?? p.data.source.publishedOn)!.getUTCFullYear(),
  }));
  const problems = planIdentityProblems(plans);
  for (const t of raw.topics) {
    const message = topicIdentityProblem(t.id, t.data.quarter);
    if (message) problems.push({ file: entryFile(t, 'topics'), field: '(tên tệp)', message });
  }
  return problems;
}

/**
 * For a current province that others joined, a plan dated before they joined
 * was issued by the province as it was then, whose name it shares with today's.
 */
function preMergerOf(province: Province, datedOn: Date, provinces: ReadonlyMap<string, Province>): Plan['preMerger'] {
  const joinedBy = province.formerIds.map((id) => provinces.get(id)!).filter((p) => p.mergedOn && datedOn < p.mergedOn);
  if (joinedBy.length === 0) return undefined;
  const mergedOn = new Date(Math.min(...joinedBy.map((p) => p.mergedOn!.getTime())));
  return { mergedOn, joinedBy: joinedBy.sort((a, b) => compareVietnamese(a.name, b.name)) };
}

const byDateDesc = <T>(get: (t: T) => Date) => (a: T, b: T) => get(b).getTime() - get(a).getTime();

export function buildCatalog(raw: RawContent): Catalog {
  const problems: ContentProblem[] = [];

  /** Looks a reference up; a miss is recorded as a problem and resolves to undefined. */
  function resolver<T>(targets: Map<string, T>, entry: RawEntry<unknown>, collection: string) {
    return (ref: Ref | undefined, field: string): T | undefined => {
      if (!ref) return undefined;
      const found = targets.get(ref.id);
      if (found === undefined) {
        problems.push({
          file: entryFile(entry, collection),
          field,
          message: missingReferenceMessage(ref.id, ref.collection, targets.keys()),
        });
      }
      return found;
    };
  }
  const resolveAll = <T>(resolve: (ref: Ref, field: string) => T | undefined, refs: Ref[], field: string): T[] =>
    refs.flatMap((ref, i) => resolve(ref, `${field}.${i}`) ?? []);

  const provinceData = new Map(raw.provinces.map((p) => [p.id, { id: p.id, ...p.data, mergedInto: p.data.mergedInto?.id }]));
  for (const p of raw.provinces) resolver(provinceData, p, 'provinces')(p.data.mergedInto, 'mergedInto');
  const provinces = new Map<string, Province>();
  if (problems.length === 0) {
    for (const p of provinceData.values()) {
      const current = currentProvinceOf(p.id, provinceData);
      provinces.set(p.id, {
        id: p.id,
        name: p.name,
        label: provinceLabel(p),
        title: provinceTitle(p),
        isCurrent: current.id === p.id,
        currentId: current.id,
        currentName: current.name,
        mergerNote: mergerNote(p.id, provinceData),
        ...(p.mergedOn ? { mergedOn: p.mergedOn } : {}),
        formerIds: [],
      });
    }
    for (const p of provinces.values()) if (!p.isCurrent) provinces.get(p.currentId)!.formerIds.push(p.id);
  }

  const agencies = new Map<string, Agency>();
  for (const a of raw.agencies) {
    const province = resolver(provinces, a, 'agencies')(a.data.province, 'province');
    agencies.set(a.id, {
      id: a.id,
      name: a.data.name,
      shortName: a.data.shortName ?? a.data.name,
      levelLabel: AGENCY_LEVELS[a.data.level],
      ...(a.data.kind ? { kindLabel: AGENCY_KINDS[a.data.kind] } : {}),
      ...(province ? { province } : {}),
    });
  }
  // A successor may itself have been merged later: an agency points at the end of its chain, today's agency.
  const successorOf = new Map<string, string>();
  for (const a of raw.agencies) {
    const next = resolver(agencies, a, 'agencies')(a.data.successor, 'successor');
    if (next) successorOf.set(a.id, next.id);
  }
  for (const a of raw.agencies) {
    const chain = [a.id];
    for (let id = successorOf.get(a.id); id !== undefined; id = successorOf.get(id)) {
      if (chain.includes(id)) {
        problems.push({ file: entryFile(a, 'agencies'), field: 'successor', message: `chuỗi cơ quan kế thừa quay lại chính nó: ${[...chain, id].join(' → ')}` });
        break;
      }
      chain.push(id);
    }
    const last = chain.at(-1)!;
    if (last !== a.id && !successorOf.has(last)) agencies.get(a.id)!.successor = agencies.get(last)!;
  }

  const themes = new Map<string, Theme>(raw.themes.map((t) => [t.id, { id: t.id, ...t.data }]));

  const legalDocuments = new Map<string, LegalDocument>();
  for (const d of raw.legalDocuments) {
    const resolve = resolver(agencies, d, 'legalDocuments');
    const issuer = resolve(d.data.issuer, 'issuer');
    if (!issuer) continue;
    legalDocuments.set(d.id, {
      id: d.id,
      number: d.data.number,
      typeLabel: LEGAL_DOCUMENT_TYPES[d.data.type],
      title: d.data.title,
      issuer,
      issuedOn: d.data.issuedOn,
      ...(d.data.inForceOn ? { inForceOn: d.data.inForceOn } : {}),
      ...(d.data.replacedBy ? { replacedBy: d.data.replacedBy.id } : {}),
      replaces: [],
      summary: d.data.summary,
      highlights: d.data.highlights,
      ...(d.data.officialUrl ? { officialUrl: d.data.officialUrl } : {}),
    });
  }
  for (const d of raw.legalDocuments) {
    const replacement = resolver(legalDocuments, d, 'legalDocuments')(d.data.replacedBy, 'replacedBy');
    replacement?.replaces.push(d.id);
  }

  const plans = new Map<string, Plan>();
  for (const p of raw.plans) {
    const agency = resolver(agencies, p, 'plans');
    const issuer = agency(p.data.issuer, 'issuer');
    const tasks: Task[] = p.data.tasks.map((t, i) => {
      const deadline = t.deadline ?? UNSTATED_DEADLINE;
      const quarter = deadlineQuarter(deadline);
      return {
        title: t.title,
        ...(t.details ? { details: t.details } : {}),
        lead: resolveAll(agency, t.lead, `tasks.${i}.lead`),
        partners: resolveAll(agency, t.partners, `tasks.${i}.partners`),
        deadline,
        deadlineLabel: formatDeadline(deadline),
        ...(quarter ? { quarter } : {}),
      };
    });
    const legalBasis = resolveAll(resolver(legalDocuments, p, 'plans'), p.data.legalBasis, 'legalBasis');
    const planThemes = resolveAll(resolver(themes, p, 'plans'), p.data.themes, 'themes');
    if (!issuer) continue;
    const province = issuer.province;
    const datedOn = (p.data.issuedOn ?? p.data.source.publishedOn)!;
    const preMerger = province ? preMergerOf(province, datedOn, provinces) : undefined;
    plans.set(p.id, {
      id: p.id,
      filePath: p.filePath ?? '',
      ...(p.digest !== undefined ? { digest: String(p.digest) } : {}),
      title: p.data.title,
      documentNumber: p.data.documentNumber,
      documentType: p.data.documentType,
      typeLabel: PLAN_TYPES[p.data.documentType],
      issuer,
      ...(province ? { province, currentProvince: provinces.get(province.currentId)! } : {}),
      ...(preMerger ? { preMerger } : {}),
      ...(p.data.signer ? { signer: p.data.signer } : {}),
      ...(p.data.issuedOn ? { issuedOn: p.data.issuedOn } : {}),
      datedOn,
      ...(p.data.effectiveOn ? { effectiveOn: p.data.effectiveOn } : {}),
      year: datedOn.getUTCFullYear(),
      issueQuarter: quarterOfDate(datedOn),
      period: p.data.period,
      periodLabel: formatPeriod(p.data.period),
      status: p.data.status,
      statusLabel: PLAN_STATUSES[p.data.status],
      summary: p.data.summary,
      legalBasis,
      themes: planThemes,
      audiences: p.data.audiences,
      tasks,
      related: [],
      attachments: p.data.attachments,
      ...(p.data.writtenFrom ? { writtenFrom: p.data.writtenFrom } : {}),
      ...(p.data.writtenFromNote ? { writtenFromNote: p.data.writtenFromNote } : {}),
      source: p.data.source,
    });
  }
  for (const p of raw.plans) {
    const related = resolveAll(resolver(plans, p, 'plans'), p.data.related, 'related');
    plans.get(p.id)?.related.push(...related);
  }

  const topics = new Map<string, Topic>();
  for (const t of raw.topics) {
    topics.set(t.id, {
      id: t.id,
      quarter: t.data.quarter,
      title: t.data.title,
      summary: t.data.summary,
      audiences: t.data.audiences,
      legalDocuments: resolveAll(resolver(legalDocuments, t, 'topics'), t.data.legalDocuments, 'legalDocuments'),
      plans: resolveAll(resolver(plans, t, 'topics'), t.data.plans, 'plans'),
      themes: resolveAll(resolver(themes, t, 'topics'), t.data.themes, 'themes'),
      sources: t.data.sources,
    });
  }

  const news = new Map<string, News>();
  for (const n of raw.news) {
    const organizer = resolver(agencies, n, 'news')(n.data.organizer, 'organizer');
    news.set(n.id, {
      id: n.id,
      title: n.data.title,
      publishedOn: n.data.publishedOn,
      ...(n.data.eventOn ? { eventOn: n.data.eventOn } : {}),
      summary: n.data.summary,
      ...(organizer ? { organizer } : {}),
      provinces: resolveAll(resolver(provinces, n, 'news'), n.data.provinces, 'provinces'),
      legalDocuments: resolveAll(resolver(legalDocuments, n, 'news'), n.data.legalDocuments, 'legalDocuments'),
      themes: resolveAll(resolver(themes, n, 'news'), n.data.themes, 'themes'),
      source: n.data.source,
    });
  }

  problems.push(...identityProblems(raw));
  if (problems.length > 0) throw new ContentError(problems);

  return indexCatalog({ provinces, agencies, themes, legalDocuments, plans, topics, news });
}

type Resolved = Pick<Catalog, 'provinces' | 'agencies' | 'themes' | 'legalDocuments' | 'plans' | 'topics' | 'news'>;

function indexCatalog(resolved: Resolved): Catalog {
  const { provinces, plans, topics, news, legalDocuments } = resolved;
  const plansNewestFirst = [...plans.values()].sort(
    (a, b) => b.datedOn.getTime() - a.datedOn.getTime() || compareVietnamese(a.title, b.title),
  );

  const plansByYear = new Map<number, Plan[]>();
  const plansByCurrentProvince = new Map<string, Plan[]>();
  const plansByTheme = new Map<string, Plan[]>();
  const plansCiting = new Map<string, Plan[]>();
  const digests = new Map<string, QuarterDigest>();
  const digest = (quarter: Quarter): QuarterDigest => {
    const key = quarterKey(quarter);
    let d = digests.get(key);
    if (!d) digests.set(key, (d = { quarter, topics: [], tasksDue: [], plansIssued: [] }));
    return d;
  };

  for (const plan of plansNewestFirst) {
    multiMapPush(plansByYear, plan.year, plan);
    if (plan.currentProvince) multiMapPush(plansByCurrentProvince, plan.currentProvince.id, plan);
    for (const theme of plan.themes) multiMapPush(plansByTheme, theme.id, plan);
    for (const doc of plan.legalBasis) multiMapPush(plansCiting, doc.id, plan);
    digest(plan.issueQuarter).plansIssued.push(plan);
    for (const task of plan.tasks) if (task.quarter) digest(task.quarter).tasksDue.push({ plan, task });
  }

  const topicsCiting = new Map<string, Topic[]>();
  const topicsInOrder = [...topics.values()].sort((a, b) => compareQuarters(a.quarter, b.quarter) || compareVietnamese(a.title, b.title));
  for (const topic of topicsInOrder) {
    digest(topic.quarter).topics.push(topic);
    for (const doc of topic.legalDocuments) multiMapPush(topicsCiting, doc.id, topic);
  }

  const newsNewestFirst = [...news.values()].sort(byDateDesc((n) => n.publishedOn));
  const newsCiting = new Map<string, News[]>();
  for (const item of newsNewestFirst) for (const doc of item.legalDocuments) multiMapPush(newsCiting, doc.id, item);

  const quarters = [...digests.values()].sort((a, b) => compareQuarters(a.quarter, b.quarter));
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
