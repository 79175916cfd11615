/**
 * What the ids in an MDX body stand for. The route data of a page with a
 * body (src/routes/entry-body.ts) asks this module for the legal document,
 * plan, attachment or image an editor named, and an id that names nothing
 * stops the build with the closest valid ids; the components in
 * src/components/mdx/ only render what the page's data holds. The content checker
 * has already reported such an id with its file and line
 * (src/domain/body-safety.ts); these errors are the net under a build
 * started without it.
 */
import { attachmentDetails, type AttachmentDetails } from './attachments';
import type { BodyReferences } from './body-safety';
import { listImages } from './images';
import { closest } from '../lib/suggest';
import type { Catalog, LegalDocument, Plan } from './catalog-model';
import { missingReferenceMessage } from './content-error';

let images: Set<string> | undefined;
const knownImages = () => (images ??= listImages());

// Every page checks its body against the same ids: built once per catalog, not once per page
// (at 10,000 plans, a set of every plan id per plan page would cost a hundred million insertions).
const sharedIds = new WeakMap<Catalog, Omit<BodyReferences, 'attachments'>>();

/** The ids a body may point at, for the entry that lists `attachments`. */
export function bodyReferences(catalog: Catalog, attachments: readonly { file: string }[] = []): BodyReferences {
  let shared = sharedIds.get(catalog);
  if (!shared) {
    shared = { legalDocuments: new Set(catalog.legalDocuments.keys()), plans: new Set(catalog.plans.keys()), images: knownImages() };
    sharedIds.set(catalog, shared);
  }
  return { ...shared, attachments: new Set(attachments.map((a) => a.file)) };
}

export function legalDocumentFor(catalog: Catalog, id: string): LegalDocument {
  const found = catalog.legalDocuments.get(id);
  if (!found) throw new Error(`<LegalDocument id="${id}">: ${missingReferenceMessage(id, 'legalDocuments', catalog.legalDocuments.keys())}`);
  return found;
}

export function planFor(catalog: Catalog, id: string): Plan {
  const found = catalog.plans.get(id);
  if (!found) throw new Error(`<PlanLink id="${id}">: ${missingReferenceMessage(id, 'plans', catalog.plans.keys())}`);
  return found;
}

/** An attached file, with the title its plan gives it and the type and size a reader sees before downloading. */
export function attachmentFor(catalog: Catalog, file: string): { file: string; title: string; details: AttachmentDetails } {
  for (const plan of catalog.plans.values()) {
    const found = plan.attachments.find((a) => a.file === file);
    if (found) return { file, title: found.title, details: attachmentDetails(file) };
  }
  const listed = [...catalog.plans.values()].flatMap((p) => p.attachments.map((a) => a.file));
  const near = closest(file, listed);
  throw new Error(`<Attachment file="${file}">: không kế hoạch nào ghi tệp này ở trường attachments.${near.length ? ` Có phải bạn muốn: ${near.join(', ')}?` : ''}`);
}

export function imageFor(src: string): string {
  if (!knownImages().has(src)) {
    const near = closest(src, knownImages());
    throw new Error(`<Figure src="${src}">: không có ảnh content/images/${src}.${near.length ? ` Có phải bạn muốn: ${near.join(', ')}?` : ''}`);
  }
  return src;
}
