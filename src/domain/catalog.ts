/**
 * The catalog: every collection resolved into linked objects (./catalog-model.ts),
 * with every listing and index computed once (./catalog-index.ts). Route data
 * reads from it; pages and components only render what route data gives them.
 *
 * It is also where cross-references are checked: Astro's reference() records
 * an id but does not check that the entry exists, so a dangling id would only
 * surface as a broken page. buildCatalog() refuses to build instead, naming
 * the file, the field and the closest valid ids, all problems at once
 * (./content-error.ts), with the rules on file names (./identity.ts).
 */
import { AGENCY_KINDS, AGENCY_LEVELS } from '../schemas/agency';
import { LEGAL_DOCUMENT_TYPES } from '../schemas/legal-document';
import { planDatedOn, PLAN_STATUSES, PLAN_TYPES } from '../schemas/plan';
import { formatDeadline, deadlineQuarter, UNSTATED_DEADLINE } from '../lib/deadline';
import { formatPeriod } from '../lib/period';
import { entryFile, type ContentProblem } from '../lib/content-problem';
import { currentProvinceOf, mergerNote, provinceLabel, provinceTitle } from '../lib/provinces';
import { quarterOfDate } from '../lib/quarter';
import { compareVietnamese } from '../lib/vietnamese';
import { indexCatalog } from './catalog-index';
import type { Agency, Catalog, LegalDocument, News, Plan, Province, RawContent, RawEntry, Task, Theme, Topic } from './catalog-model';
import { ContentError, missingReferenceMessage } from './content-error';
import { identityProblems } from './identity';

interface Ref {
  id: string;
  collection: string;
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
    const datedOn = planDatedOn(p.data);
    const preMerger = province ? preMergerOf(province, datedOn, provinces) : undefined;
    plans.set(p.id, {
      id: p.id,
      filePath: p.filePath ?? '',
      ...(p.digest !== undefined ? { fileHash: String(p.digest) } : {}),
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
      filePath: t.filePath ?? '',
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
      filePath: n.filePath ?? '',
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
