/**
 * What the catalog is made of: the entries as Astro's collections and the
 * content checker hand them over (RawContent), and the linked objects
 * buildCatalog (./catalog.ts) resolves them into, with the indexes
 * ./catalog-index.ts computes once.
 */
import type { AgencyData } from '../schemas/agency';
import type { LegalDocumentData } from '../schemas/legal-document';
import type { NewsData } from '../schemas/news';
import type { PlanData, WrittenFrom } from '../schemas/plan';
import type { ProvinceData } from '../schemas/province';
import type { ThemeData } from '../schemas/theme';
import type { TopicData } from '../schemas/topic';
import type { Deadline } from '../lib/deadline';
import type { Period } from '../lib/period';
import type { Quarter } from '../lib/quarter';

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
  fileHash?: string;
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
  /** The entry's file, from which its page renders the body. */
  filePath: string;
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
  /** The entry's file, from which its page renders the body. */
  filePath: string;
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

export interface QuarterOverview {
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
  quarters: QuarterOverview[];
  quartersByKey: Map<string, QuarterOverview>;
}
