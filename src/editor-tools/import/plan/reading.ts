/** What the reader finds in a plan's text (read-plan.ts), each value with the line it came from. */
import type { PLAN_TYPES } from '../../../schemas/plan';

export interface Found<T> {
  value: T;
  line: number;
}

export type PlanType = keyof typeof PLAN_TYPES;

/** The issuing body as its header names it. */
export interface IssuerHeading {
  /** "Ủy ban nhân dân tỉnh Lạng Sơn", "Sở Tư pháp tỉnh Sóc Trăng", "Bộ Tư pháp". */
  name: string;
  kind: 'ubnd' | 'hdph' | 'department' | 'ministry' | 'other';
  /** The administrative unit the body belongs to, when the header says. */
  locality?: { level: 'tinh' | 'thanh-pho' | 'huyen' | 'xa'; name: string; /** "tỉnh", "phường", "thị trấn"… as printed. */ word: string };
  /** The province above a district or commune body, when the header names it. */
  parentProvince?: string;
}

export interface CitedDocument {
  /** "Luật", "Quyết định", "Kết luận"… as written. */
  typeWord: string;
  number?: string;
  /** For a law: its name, "Luật Hòa giải ở cơ sở". */
  name?: string;
  issuedOn?: string;
  year?: number;
  /** Who issued it, as written after "của". */
  issuer?: string;
  /** What it is about, as written after "về", "ban hành", "quy định". */
  about?: string;
}

export interface TaskReading {
  title: Found<string>;
  /** Lines of the task's own text, for the editor to summarise. */
  detailLines?: { from: number; to: number };
  lead: Found<string>[];
  partners: Found<string>[];
  /** True when the lead was read from a sentence ("Sở Tư pháp chủ trì…"), not from a label or a table. */
  leadFromSentence?: boolean;
  deadlineText?: Found<string>;
  deadline?: Found<string | number>;
  deadlineNote?: string;
}

export interface PlanReading {
  issuer?: Found<IssuerHeading>;
  documentNumber?: Found<string>;
  place?: Found<string>;
  issuedOn?: Found<string>;
  /** The year of issue, even when the day is left blank. */
  year?: Found<number>;
  documentType?: Found<PlanType>;
  title?: Found<string>;
  citations: Found<CitedDocument>[];
  tasks: TaskReading[];
  audiences: Found<string>[];
  themesText: Found<string>[];
  period?: Found<string>;
  effectiveOnIssue?: Found<true>;
  signer?: { name: Found<string>; role?: Found<string> };
  /** What the text does not show, in Vietnamese, for the report. */
  notes: string[];
}
