/**
 * A plan's page, its preview image and its JSON share the plan's address.
 * planPaths() lists them; planPage() computes what the page shows. The page's
 * data is computed when the page renders, not in getStaticPaths: held for
 * every plan at once, QR codes and rows would grow the build's memory with the
 * corpus.
 */
import type { Catalog, Plan } from '../domain/catalog';
import { formatDate } from '../lib/dates';
import { documentNumberSearchForms } from '../lib/document-number';
import { formatQuarter } from '../lib/quarter';
import { paths, segments, withBase } from '../lib/urls';
import { attachmentDetails } from '../publish/attachments';
import { feedLinks, type FeedLink } from '../publish/feeds';
import { planPreviewCard, previewCardAlt } from '../publish/preview-cards';
import { planStructuredData } from '../publish/structured-data';
import { ui } from '../ui/vi';
import { crumbs, trail, type PageHead } from './page';
import { FILTER, SECTION } from './search-filters';
import { shareData, type ShareData } from './share';
import { dateRow, linksRow, summaryLinks, themesRow, type SummaryLink, type SummaryRow } from './summary';

export interface PlanAttachmentLink {
  title: string;
  href: string;
  /** "PDF, 1,2 MB". */
  details: string;
}

export interface PlanPage {
  head: PageHead;
  plan: Plan;
  searchFilters: Record<string, string | number | undefined>;
  /** Forms of the number and names a citizen may type that the page text does not hold. */
  searchKeywords: string[];
  kicker: string;
  rows: SummaryRow[];
  legalBasis: { href: string; label: string; title: string }[];
  taskCaption: string;
  /** Where the tasks are when the text the portal has stops before them: the attached original, else the source. */
  tasksInOriginal?: { href: string };
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
    { key: r.type, value: plan.typeLabel, filter: FILTER.type },
    { key: r.issuer, value: { text: plan.issuer.name, note: plan.issuer.levelLabel } },
    ...(plan.province ? [{ key: r.province, value: summaryLinks.province(plan.province) }] : []),
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
  const originalHref = attachments[0] ? withBase(attachments[0].href) : (plan.source.url ?? '#nguon');
  const provinceNames = [plan.province?.name, plan.currentProvince?.name].filter((n): n is string => Boolean(n));
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
    searchFilters: { [FILTER.section]: SECTION.plan, [FILTER.year]: plan.year, [FILTER.province]: plan.currentProvince?.name },
    searchKeywords: [...documentNumberSearchForms(plan.documentNumber), ...new Set(provinceNames)],
    kicker: ui.card.numbered(plan.typeLabel, plan.documentNumber),
    rows: planRows(plan),
    legalBasis: plan.legalBasis.map((doc) => ({ href: paths.legalDocument(doc.id), label: `${doc.typeLabel} ${doc.number}`, title: doc.title })),
    taskCaption: ui.plan.tasksCaption(plan.typeLabel, plan.documentNumber),
    ...(plan.tasks.length === 0 ? { tasksInOriginal: { href: originalHref } } : {}),
    attachments,
    share: shareData(paths.plan(plan.id), ui.share.qrPlan(plan.typeLabel, plan.documentNumber), feeds, paths.planData(plan.id)),
    related: plan.related,
  };
}
