/**
 * Metadata rows (GOV.UK summary list) as the pages show them, and the rows
 * that plans, topics, news and legal documents share. SummaryList renders them.
 */
import { formatDate, isoDate } from '../lib/dates';
import { paths } from '../lib/urls';
import type { LegalDocument, Plan, Province, Theme } from '../domain/catalog-model';
import { ui } from '../ui/vi';

export interface SummaryLink {
  text: string;
  /** Path without base. */
  href?: string;
  note?: string;
}

export interface SummaryRow {
  key: string;
  value: string | SummaryLink | SummaryLink[];
  /** The machine date of a date row. */
  datetime?: string;
}

export function dateRow(key: string, date: Date): SummaryRow {
  return { key, value: formatDate(date), datetime: isoDate(date) };
}

/** A row of links, left out when there is nothing to link. */
export function linksRow(key: string, links: SummaryLink[]): SummaryRow[] {
  return links.length > 0 ? [{ key, value: links }] : [];
}

export const summaryLinks = {
  themes: (themes: readonly Theme[]): SummaryLink[] => themes.map((t) => ({ text: t.name, href: paths.theme(t.id) })),
  legalDocuments: (docs: readonly LegalDocument[]): SummaryLink[] => docs.map(summaryLinks.legalDocument),
  legalDocument: (doc: LegalDocument): SummaryLink => ({ text: `${doc.typeLabel} ${doc.number}`, href: paths.legalDocument(doc.id) }),
  /** A province as it was, linked to today's province, with "nay thuộc …" where it merged. */
  province: (p: Province): SummaryLink => ({ text: p.name, href: paths.province(p.currentId), ...(p.mergerNote ? { note: p.mergerNote } : {}) }),
  texts: (texts: readonly string[]): SummaryLink[] => texts.map((text) => ({ text })),
};

/**
 * What a plan's province was when the plan was issued: merged since ("nay thuộc …"),
 * or the same name before others joined it; one wording for the plan's row and its card.
 */
export function provinceNote(plan: Plan): string | undefined {
  if (plan.preMerger) return ui.plan.preMerger(plan.preMerger.joinedBy.map((p) => p.name).join(', '), plan.preMerger.mergedOn.getUTCFullYear());
  return plan.province?.mergerNote;
}

export const themesRow = (key: string, themes: readonly Theme[]) => linksRow(key, summaryLinks.themes(themes));
