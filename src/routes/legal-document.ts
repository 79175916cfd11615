/** A legal document's page (its facts and everything that cites it) and the index of documents. */
import type { Catalog, LegalDocument, News, Plan, Topic } from '../domain/catalog-model';
import { formatDate } from '../lib/dates';
import { paths } from '../lib/urls';
import { legalDocumentStructuredData } from '../publish/structured-data';
import { ui } from '../ui/vi';
import { documentCoverageView, type DirectiveCoverageView } from './coverage';
import { crumbs, trail, type PageHead } from './page';
import { previewList, type PreviewList } from './preview-list';
import { dateRow, linksRow, summaryLinks, type SummaryRow } from './summary';

export interface LegalDocumentPage {
  head: PageHead;
  doc: LegalDocument;
  kicker: string;
  rows: SummaryRow[];
  /** Which provinces and ministries have a plan under this document, when plans implement it. */
  coverage?: DirectiveCoverageView;
  citingPlansHeading: string;
  citingPlans: PreviewList<Plan>;
  topics: Topic[];
  news: { title: string; href: string }[];
}

function documentRows(doc: LegalDocument, catalog: Catalog): SummaryRow[] {
  const r = ui.legalDocument.row;
  const link = (id: string) => summaryLinks.legalDocument(catalog.legalDocuments.get(id)!);
  return [
    { key: r.number, value: doc.number },
    { key: r.type, value: doc.typeLabel },
    { key: r.issuer, value: doc.issuer.name },
    dateRow(r.issuedOn, doc.issuedOn),
    ...(doc.inForceOn ? [dateRow(r.inForceOn, doc.inForceOn)] : []),
    ...(doc.replacedBy ? [{ key: r.replacedBy, value: link(doc.replacedBy) }] : []),
    ...linksRow(r.replaces, doc.replaces.map(link)),
  ];
}

export function legalDocumentPaths(catalog: Catalog) {
  return [...catalog.legalDocuments.values()].map((doc) => ({ params: { id: doc.id }, props: { doc } }));
}

export function legalDocumentPage(doc: LegalDocument, catalog: Catalog): LegalDocumentPage {
  const plans = catalog.plansCiting.get(doc.id) ?? [];
  const news: News[] = catalog.newsCiting.get(doc.id) ?? [];
  const coverage = documentCoverageView(catalog, doc.id);
  return {
    head: {
      title: `${doc.typeLabel} ${doc.number}`,
      description: doc.summary,
      structuredData: [legalDocumentStructuredData(doc)],
      breadcrumbs: trail(crumbs.legalDocuments(), crumbs.current(doc.number)),
    },
    doc,
    kicker: ui.card.numbered(doc.typeLabel, doc.number),
    rows: documentRows(doc, catalog),
    ...(coverage ? { coverage } : {}),
    citingPlansHeading: ui.legalDocument.citingPlans(plans.length),
    citingPlans: previewList(plans, paths.legalDocumentPlans(doc.id), ui.legalDocument.allCitingPlans),
    topics: catalog.topicsCiting.get(doc.id) ?? [],
    news: news.map((n) => ({ title: n.title, href: paths.news(n.id) })),
  };
}

export interface LegalDocumentsIndexPage {
  head: PageHead;
  documents: { href: string; label: string; byline: string; title: string }[];
}

export function legalDocumentsIndexPage(catalog: Catalog): LegalDocumentsIndexPage {
  return {
    head: { title: ui.legalDocuments.title, description: ui.legalDocuments.description, breadcrumbs: trail(crumbs.current(ui.legalDocuments.crumb)) },
    documents: catalog.legalDocumentsByDate.map((doc) => ({
      href: paths.legalDocument(doc.id),
      label: `${doc.typeLabel} ${doc.number}`,
      byline: ` · ${doc.issuer.shortName}, ${formatDate(doc.issuedOn)}${doc.replacedBy ? ui.legalDocuments.replaced : ''}`,
      title: doc.title,
    })),
  };
}
