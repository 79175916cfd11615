/**
 * schema.org descriptions of pages (JSON-LD), so that search engines and other
 * portals read a plan's number, issuer, jurisdiction and legal basis without
 * scraping. Plans and legal documents are schema.org Legislation, the closest
 * type for an administrative document with a number and legal force; quarterly
 * topics are Articles. Every URL passed in is absolute.
 */
import { isoDate } from '../lib/dates';
import { absoluteUrl, paths } from '../lib/urls';
import { ui } from '../ui/vi';
import type { LegalDocument, Plan, Topic } from '../domain/catalog-model';

export type StructuredData = Record<string, unknown>;

const CONTEXT = 'https://schema.org';
const VIETNAM = { '@type': 'Country', name: 'Việt Nam' };

const LEGAL_FORCE: Record<string, string> = {
  'dang-thuc-hien': 'https://schema.org/InForce',
  'da-ket-thuc': 'https://schema.org/NotInForce',
  'da-thay-the': 'https://schema.org/NotInForce',
};

function legislationRef(doc: LegalDocument): StructuredData {
  return { '@type': 'Legislation', name: doc.title, legislationIdentifier: doc.number, url: absoluteUrl(paths.legalDocument(doc.id)) };
}

export function planStructuredData(plan: Plan): StructuredData {
  const url = absoluteUrl(paths.plan(plan.id));
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url,
    url,
    name: plan.title,
    alternateName: `${plan.typeLabel} ${plan.documentNumber}`,
    abstract: plan.summary,
    inLanguage: 'vi',
    legislationIdentifier: plan.documentNumber,
    legislationType: plan.typeLabel,
    ...(plan.issuedOn ? { legislationDate: isoDate(plan.issuedOn) } : {}),
    ...(plan.effectiveOn ? { legislationDateVersion: isoDate(plan.effectiveOn) } : {}),
    legislationLegalForce: LEGAL_FORCE[plan.status],
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: plan.issuer.name },
    legislationJurisdiction: plan.province ? { '@type': 'AdministrativeArea', name: plan.province.label } : VIETNAM,
    temporalCoverage: plan.periodLabel,
    keywords: plan.themes.map((t) => t.name),
    ...(plan.legalBasis.length > 0 ? { citation: plan.legalBasis.map(legislationRef) } : {}),
    ...(plan.source.url ? { isBasedOn: plan.source.url } : {}),
    image: absoluteUrl(paths.planImage(plan.id)),
    encoding: { '@type': 'MediaObject', encodingFormat: 'application/json', contentUrl: absoluteUrl(paths.planData(plan.id)) },
  };
}

export function legalDocumentStructuredData(doc: LegalDocument): StructuredData {
  const url = absoluteUrl(paths.legalDocument(doc.id));
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url,
    url,
    name: doc.title,
    abstract: doc.summary,
    inLanguage: 'vi',
    legislationIdentifier: doc.number,
    legislationType: doc.typeLabel,
    legislationDate: isoDate(doc.issuedOn),
    ...(doc.inForceOn ? { legislationDateVersion: isoDate(doc.inForceOn) } : {}),
    legislationLegalForce: doc.replacedBy ? 'https://schema.org/NotInForce' : 'https://schema.org/InForce',
    legislationPassedBy: { '@type': 'GovernmentOrganization', name: doc.issuer.name },
    legislationJurisdiction: VIETNAM,
    ...(doc.officialUrl ? { sameAs: doc.officialUrl } : {}),
  };
}

export function topicStructuredData(topic: Topic): StructuredData {
  const url = absoluteUrl(paths.topic(topic.id));
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': url,
    url,
    headline: topic.title,
    description: topic.summary,
    inLanguage: 'vi',
    about: topic.themes.map((t) => ({ '@type': 'Thing', name: t.name })),
    ...(topic.legalDocuments.length > 0 ? { citation: topic.legalDocuments.map(legislationRef) } : {}),
    image: absoluteUrl(paths.topicImage(topic.id)),
    publisher: { '@type': 'Organization', name: ui.siteName, url: absoluteUrl(paths.home()) },
  };
}

/** The home page: the site, and how to search it from a browser's address bar or a search engine. */
export function siteStructuredData(): StructuredData {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: ui.siteName,
    alternateName: ui.siteLongName,
    url: absoluteUrl(paths.home()),
    inLanguage: 'vi',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(paths.search())}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** Crumbs as the layout shows them: a label, and a path without base except on the current page. */
export function breadcrumbStructuredData(crumbs: readonly { label: string; href?: string }[], pageUrl: string): StructuredData {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: crumb.href ? absoluteUrl(crumb.href) : pageUrl,
    })),
  };
}

/** JSON for a script element: "<" escaped so no text in the data can close the element. */
export function jsonLdText(data: StructuredData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
