/**
 * One problem in the content, as every producer reports it (YAML reading, the
 * schemas through the checker, cross-entry rules, the catalog, redirects) and
 * every consumer shows it (the checker's report, the build's error).
 */
export interface ContentProblem {
  /** The entry's file: inside the content folder for the checker, as Astro names it in a build. */
  file: string;
  line?: number;
  /** Dotted path of the field: "tasks.0.deadline"; "(tên tệp)" for the file's name. */
  field?: string;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** The usual cause and how to fix it, when the message alone does not say. */
  hint?: string;
}

/** Stands for the whole content when a problem belongs to no single file. */
export const WHOLE_CONTENT = '(toàn bộ nội dung)';

/** The file of an entry, or "collection/id" when the entry was built in memory without one. */
export function entryFile(entry: { id: string; filePath?: string }, collection: string): string {
  return entry.filePath ?? `${collection}/${entry.id}`;
}

/** One line: "dòng 5 · issuer: message. hint", without the file. */
export function describeProblem(problem: ContentProblem): string {
  const where = [problem.line !== undefined ? `dòng ${problem.line}` : undefined, problem.field].filter(Boolean).join(' · ');
  return `${where ? `${where}: ` : ''}${problem.message}${problem.hint ? `. ${problem.hint}` : ''}`;
}
