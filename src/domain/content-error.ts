/** How the build and the checker tell an editor what is wrong: every problem, with its file, and the closest valid ids. */
import { describeProblem, type ContentProblem } from '../lib/content-problem';
import { closest } from '../lib/suggest';

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      [
        `Nội dung có ${problems.length} lỗi (content errors):`,
        ...problems.map((p) => `  ${p.file} → ${describeProblem(p)}`),
      ].join('\n'),
    );
    this.name = 'ContentError';
  }
}

const COLLECTION_LABELS: Record<string, string> = {
  provinces: 'content/provinces.yaml',
  agencies: 'content/agencies.yaml',
  themes: 'content/themes.yaml',
  legalDocuments: 'content/legal-documents/',
  plans: 'content/plans/',
  topics: 'content/topics/',
  news: 'content/news/',
};

/** What an editor reads when an id points at nothing: where ids live and the closest valid ones. */
export function missingReferenceMessage(id: string, collection: string, validIds: Iterable<string>): string {
  const near = closest(id, validIds);
  return `"${id}" không có trong ${COLLECTION_LABELS[collection] ?? collection}.${near.length ? ` Có phải bạn muốn: ${near.join(', ')}?` : ''}`;
}
