/**
 * The plans as open data: one JSON file per plan and one index of them all,
 * for anyone who would rather read the facts than the pages. Records use the
 * content's own field names, ISO dates and absolute URLs, and keep Vietnamese
 * labels beside machine values so that a reader needs no lookup table.
 */
import { isoDate } from '../lib/dates';
import type { Deadline } from '../lib/deadline';
import { quarterKey, type Quarter } from '../lib/quarter';
import { absoluteUrl, paths } from '../lib/urls';
import { ui } from '../ui/vi';
import type { Agency, Catalog, Plan } from '../domain/catalog-model';

/** Bumped when a field changes meaning or disappears; adding a field keeps the version. 2: a coverage file's counts.ministries counts the ministries listed, no longer those with a plan. */
export const OPEN_DATA_VERSION = 2;
export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

const day = (date: Date | undefined) => (date ? isoDate(date) : null);
const quarter = (q: Quarter) => quarterKey(q);
const agency = (a: Agency) => ({ id: a.id, name: a.name });

function deadlineRecord(deadline: Deadline, label: string) {
  switch (deadline.kind) {
    case 'quarter':
      return { kind: deadline.kind, label, quarter: quarter(deadline.quarter) };
    case 'year':
      return { kind: deadline.kind, label, year: deadline.year };
    case 'date':
      return { kind: deadline.kind, label, date: isoDate(deadline.date) };
    default:
      return { kind: deadline.kind, label };
  }
}

export function planRecord(plan: Plan) {
  return {
    id: plan.id,
    url: absoluteUrl(paths.plan(plan.id)),
    dataUrl: absoluteUrl(paths.planData(plan.id)),
    title: plan.title,
    documentNumber: plan.documentNumber,
    documentType: plan.documentType,
    documentTypeLabel: plan.typeLabel,
    issuer: agency(plan.issuer),
    province: plan.province ? { id: plan.province.id, name: plan.province.name, currentId: plan.province.currentId } : null,
    signer: plan.signer ?? null,
    issuedOn: day(plan.issuedOn),
    datedOn: day(plan.datedOn),
    effectiveOn: day(plan.effectiveOn),
    period: { label: plan.periodLabel, start: quarter(plan.period.start), end: plan.period.end ? quarter(plan.period.end) : null },
    status: plan.status,
    statusLabel: plan.statusLabel,
    summary: plan.summary,
    themes: plan.themes.map((t) => ({ id: t.id, name: t.name })),
    audiences: plan.audiences,
    legalBasis: plan.legalBasis.map((d) => ({ id: d.id, number: d.number, title: d.title, url: absoluteUrl(paths.legalDocument(d.id)) })),
    tasks: plan.tasks.map((t) => ({
      title: t.title,
      details: t.details ?? null,
      lead: t.lead.map(agency),
      partners: t.partners.map(agency),
      deadline: deadlineRecord(t.deadline, t.deadlineLabel),
    })),
    related: plan.related.map((p) => absoluteUrl(paths.plan(p.id))),
    attachments: plan.attachments.map((a) => ({ title: a.title, kind: a.kind, url: absoluteUrl(paths.attachment(a.file)) })),
    writtenFrom: plan.writtenFrom ?? null,
    source: {
      publisher: plan.source.publisher,
      title: plan.source.title ?? null,
      url: plan.source.url ?? null,
      author: plan.source.author ?? null,
      publishedOn: day(plan.source.publishedOn),
    },
  };
}

/** The index: every plan's identifying facts and where its full record is, newest first. */
export function plansIndex(catalog: Catalog) {
  return {
    version: OPEN_DATA_VERSION,
    publisher: ui.siteName,
    count: catalog.plans.size,
    plans: catalog.plansNewestFirst.map((plan) => ({
      id: plan.id,
      title: plan.title,
      documentNumber: plan.documentNumber,
      issuer: plan.issuer.name,
      province: plan.province?.name ?? null,
      datedOn: isoDate(plan.datedOn),
      status: plan.status,
      url: absoluteUrl(paths.plan(plan.id)),
      dataUrl: absoluteUrl(paths.planData(plan.id)),
    })),
  };
}
