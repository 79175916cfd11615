/**
 * Old addresses that keep working. An entry that is renamed or moved lists the
 * paths it had in `redirectFrom`; each becomes an Astro redirect to its page
 * today, so links already shared in chats, emails and print never break.
 */
import { WHOLE_CONTENT, type ContentProblem } from '../lib/content-problem';
import { paths } from '../lib/paths';
import type { RawContent } from '../domain/catalog-model';

export interface Redirect {
  from: string;
  to: string;
  /** The entry that claims the old path. */
  filePath?: string;
}

/** The current page of every entry that can carry redirects. */
function pagesOf(raw: Pick<RawContent, 'plans' | 'topics' | 'legalDocuments' | 'news'>) {
  return [
    ...raw.plans.map((e) => ({ entry: e, path: paths.plan(e.id) })),
    ...raw.topics.map((e) => ({ entry: e, path: paths.topic(e.id) })),
    ...raw.legalDocuments.map((e) => ({ entry: e, path: paths.legalDocument(e.id) })),
    ...raw.news.map((e) => ({ entry: e, path: paths.news(e.id) })),
  ];
}

export function contentRedirects(raw: Pick<RawContent, 'plans' | 'topics' | 'legalDocuments' | 'news'>): Redirect[] {
  return pagesOf(raw).flatMap(({ entry, path }) =>
    entry.data.redirectFrom.map((from) => ({ from, to: path, ...(entry.filePath ? { filePath: entry.filePath } : {}) })),
  );
}

/**
 * The data files that moved with a renamed legal document: its coverage as JSON and CSV, under the old id,
 * to the files published under the new one (`published` says which are). A static host can forward a
 * page, not a data file; hosts that read `_redirects` forward these too.
 */
export function dataFileRedirects(redirects: readonly Redirect[], published: (sitePath: string) => boolean): Redirect[] {
  const documentPage = /^\/van-ban\/([a-z0-9-]+)\/$/;
  return redirects.flatMap((r) => {
    const from = documentPage.exec(r.from)?.[1];
    const to = documentPage.exec(r.to)?.[1];
    if (!from || !to) return [];
    return (['json', 'csv'] as const)
      .map((format) => ({ from: paths.documentCoverageData(from, format), to: paths.documentCoverageData(to, format) }))
      .filter((file) => published(file.to));
  });
}

/** An old path must not be a page that exists today, nor be claimed by two entries. */
export function redirectProblems(raw: Pick<RawContent, 'plans' | 'topics' | 'legalDocuments' | 'news'>): ContentProblem[] {
  const live = new Map(pagesOf(raw).map(({ entry, path }) => [path, entry.filePath ?? entry.id]));
  const claimed = new Map<string, Redirect>();
  const problems: ContentProblem[] = [];
  for (const redirect of contentRedirects(raw)) {
    const owner = live.get(redirect.from);
    if (owner) {
      problems.push({
        file: redirect.filePath ?? WHOLE_CONTENT,
        field: 'redirectFrom',
        message: `Địa chỉ cũ (redirectFrom): "${redirect.from}" đang là địa chỉ của ${owner === redirect.filePath ? 'chính mục này' : owner}; chỉ ghi những địa chỉ không còn dùng`,
      });
      continue;
    }
    const earlier = claimed.get(redirect.from);
    if (earlier) {
      problems.push({
        file: redirect.filePath ?? WHOLE_CONTENT,
        field: 'redirectFrom',
        message: `Địa chỉ cũ (redirectFrom): "${redirect.from}" đã được ${earlier.filePath ?? earlier.to} nhận; một địa chỉ cũ chỉ dẫn tới một trang`,
      });
      continue;
    }
    claimed.set(redirect.from, redirect);
  }
  return problems;
}

