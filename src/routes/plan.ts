/**
 * A plan's page, its preview image and its JSON share the plan's address.
 * planPaths() lists them; planPage() computes what the page shows. The page's
 * data is computed when the page renders, not in getStaticPaths: held for
 * every plan at once, QR codes and rows would grow the build's memory with the
 * corpus.
 */
import { attachmentDetails } from '../domain/attachments';
import type { Catalog, Plan } from '../domain/catalog-model';
import { formatDate } from '../lib/dates';
import { formatQuarter } from '../lib/quarter';
import { paths, segments, withBase } from '../lib/urls';
import { feedLinks, type FeedLink } from '../publish/feeds';
import { planPreviewCard, previewCardAlt } from '../publish/preview-cards';
import { planStructuredData } from '../publish/structured-data';
import { ui } from '../ui/vi';
import { crumbs, trail, type PageHead } from './page';
import { shareData, type ShareData } from './share';
import { dateRow, linksRow, provinceNote, summaryLinks, themesRow, type SummaryLink, type SummaryRow } from './summary';

export interface PlanAttachmentLink {
  title: string;
  href: string;
  /** "PDF, 1,2 MB". */
  details: string;
}

/** The one notice above the body: what the page was written from, and where the original is. */
export interface WrittenFromNotice {
  text: string;
  note?: string;
  /** Absent when the portal has no original to point to. */
  originalHref?: string;
}

export interface PlanPage {
  head: PageHead;
  plan: Plan;
  kicker: string;
  rows: SummaryRow[];
  legalBasis: { href: string; label: string; title: string }[];
  taskCaption: string;
  /** Absent when the entry does not say what it was written from: the page then claims nothing about it. */
  writtenFrom?: WrittenFromNotice;
  /** For a plan whose entry lists no tasks: the original that holds them, when the portal has one. */
  tasksInOriginal?: { href?: string };
  attachments: PlanAttachmentLink[];
  share: ShareData;
  related: Plan[];
}

export function planPaths(catalog: Catalog) {
  return [...catalog.plans.values()].map((plan) => ({ params: segments.plan(plan.id), props: { plan } }));
}

function planRows(plan: Plan): SummaryRow[] {
  const r = ui.plan.row;
  const issuedIn: SummaryLink[] = [
    { text: formatQuarter(plan.issueQuarter), href: paths.quarter(plan.issueQuarter) },
    { text: ui.year(plan.year), href: paths.plansOfYear(plan.year) },
  ];
  return [
    { key: r.number, value: plan.documentNumber },
    { key: r.type, value: plan.typeLabel },
    { key: r.issuer, value: { text: plan.issuer.name, note: plan.issuer.levelLabel } },
    ...(plan.province ? [{ key: r.province, value: provinceLink(plan, plan.province) }] : []),
    ...(plan.signer ? [{ key: r.signer, value: plan.signer.role ? `${plan.signer.name}, ${plan.signer.role}` : plan.signer.name }] : []),
    plan.issuedOn ? dateRow(r.issuedOn, plan.issuedOn) : { key: r.issuedOn, value: r.issuedOnUnknown(formatDate(plan.datedOn)) },
    ...(plan.effectiveOn ? [dateRow(r.effectiveOn, plan.effectiveOn)] : []),
    { key: r.period, value: plan.periodLabel },
    { key: r.status, value: plan.statusLabel },
    { key: r.issuedIn, value: issuedIn },
    ...themesRow(r.themes, plan.themes),
    ...linksRow(r.audiences, summaryLinks.texts(plan.audiences)),
  ];
}

function provinceLink(plan: Plan, province: NonNullable<Plan['province']>): SummaryLink {
  const note = provinceNote(plan);
  return { ...summaryLinks.province(province), ...(note ? { note } : {}) };
}

/**
 * The original for a reader who wants more than the page: an attached original, else the page that
 * holds the document's text. A news report, or a summary the portal made, is never offered as the original.
 */
function originalHref(plan: Plan): string | undefined {
  const attached = plan.attachments.find((a) => a.kind === 'van-ban-goc');
  if (attached) return withBase(paths.attachment(attached.file));
  return plan.writtenFrom === 'tin-bai' ? undefined : plan.source.url;
}

function writtenFromNotice(plan: Plan, original: string | undefined): WrittenFromNotice | undefined {
  if (!plan.writtenFrom) return undefined;
  const document = `${plan.typeLabel.toLocaleLowerCase('vi')} ${plan.documentNumber}`;
  return {
    text: ui.plan.writtenFrom[plan.writtenFrom](document),
    ...(plan.writtenFromNote ? { note: plan.writtenFromNote } : {}),
    ...(original ? { originalHref: original } : {}),
  };
}

/** The feeds a plan belongs to: its province's, its themes', all plans. */
function planFeeds(plan: Plan): FeedLink[] {
  return [
    ...(plan.currentProvince ? [feedLinks.province(plan.currentProvince.name, plan.currentProvince.id)] : []),
    ...plan.themes.map((t) => feedLinks.theme(t.name, t.id)),
    feedLinks.plans(),
  ];
}

export function planPage(plan: Plan): PlanPage {
  const feeds = planFeeds(plan);
  const attachments = plan.attachments.map((a) => ({ title: a.title, href: paths.attachment(a.file), details: attachmentDetails(a.file).label }));
  const original = originalHref(plan);
  const notice = writtenFromNotice(plan, original);
  return {
    head: {
      title: `${plan.typeLabel} ${plan.documentNumber}`,
      description: plan.summary,
      ogType: 'article',
      image: { path: paths.planImage(plan.id), alt: previewCardAlt(planPreviewCard(plan)) },
      structuredData: [planStructuredData(plan)],
      feeds,
      dataPath: paths.planData(plan.id),
      breadcrumbs: trail(crumbs.plans(), crumbs.year(plan.year), crumbs.current(plan.documentNumber)),
    },
    plan,
    kicker: ui.card.numbered(plan.typeLabel, plan.documentNumber),
    rows: planRows(plan),
    legalBasis: plan.legalBasis.map((doc) => ({ href: paths.legalDocument(doc.id), label: `${doc.typeLabel} ${doc.number}`, title: doc.title })),
    taskCaption: ui.plan.tasksCaption(plan.typeLabel, plan.documentNumber),
    ...(notice ? { writtenFrom: notice } : {}),
    ...(plan.tasks.length === 0 ? { tasksInOriginal: original ? { href: original } : {} } : {}),
    attachments,
    share: shareData(paths.plan(plan.id), ui.share.qrPlan(plan.typeLabel, plan.documentNumber), feeds, paths.planData(plan.id)),
    related: plan.related,
  };
}
