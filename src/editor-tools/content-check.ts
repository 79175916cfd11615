/**
 * Checks a content folder as an editor wrote it and lists every problem at
 * once, each with its file, line and field: YAML syntax, schema errors,
 * references to entries that do not exist. It reads the raw files itself so
 * that it sees what YAML would otherwise hide (an impossible date rolled
 * over to the next month), then runs the same schemas and the same
 * reference check as the build.
 */
import { z } from 'astro/zod';
import { describeProblem, WHOLE_CONTENT, type ContentProblem } from '../lib/content-problem';
import { lineOfPath, parseYaml, parseYamlData, splitFrontmatter } from '../lib/frontmatter';
import { COLLECTIONS, type CollectionName } from '../schemas/collections';
import type { ReferenceFn } from '../schemas/fields';
import { redirectProblems } from '../publish/redirects';
import { TO_WRITE } from './scaffold';
import { contentBodyProblems } from '../domain/body-safety';
import { legalBasisReminders } from './legal-basis';
import { listImages } from '../domain/images';
import { buildCatalog } from '../domain/catalog';
import type { RawContent, RawEntry } from '../domain/catalog-model';
import { missingReferenceMessage } from '../domain/content-error';
import { identityProblems } from '../domain/identity';

export interface SourceFile {
  /** Path inside the content folder, with forward slashes: "plans/2020/lang-son-176-kh-ubnd.md". */
  path: string;
  text: string;
}


interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  /** Line numbers of the entry's fields, worked out only when a problem needs them. */
  lines: () => ReadonlyMap<string, number>;
}

/** Marks a whole collection unreadable: its one YAML file did not parse, so none of its ids is known. */
const EVERY_ID = '*';

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * Stands in for Astro's reference() and also checks that the id exists, so a
 * dangling reference is reported with its field in the same pass as every
 * other problem, even in an entry that has other problems too.
 */
function checkedReference(ids: ReadonlyMap<string, ReadonlySet<string>>, unreadable: ReadonlyMap<string, ReadonlySet<string>>, checked: boolean): ReferenceFn {
  return (collection) =>
    z.string().transform((id, ctx) => {
      const valid = ids.get(collection) ?? new Set<string>();
      const unread = unreadable.get(collection);
      if (checked && !valid.has(id) && !unread?.has(id) && !unread?.has(EVERY_ID)) ctx.addIssue({ code: 'custom', message: missingReferenceMessage(id, collection, valid) });
      return { id, collection };
    });
}


/**
 * Reads every file into entries. A file that cannot be read at all is reported
 * once, here, and listed in `unreadable`, so references to it are not reported again.
 */
function load(files: readonly SourceFile[], problems: ContentProblem[], unreadable: { collection: CollectionName; id: string }[]): LoadedEntry[] {
  const entries: LoadedEntry[] = [];
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (spec.shape === 'map') {
      const file = files.find((f) => f.path === spec.path);
      if (!file) {
        problems.push({ file: spec.path, message: `Thiếu tệp ${spec.path}` });
        continue;
      }
      const parsed = parseYaml(file.text);
      problems.push(...parsed.errors.map((e) => ({ file: file.path, ...e })));
      if (parsed.errors.length > 0) {
        unreadable.push({ collection: name, id: EVERY_ID });
        continue;
      }
      if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
        problems.push({ file: file.path, message: 'Tệp phải là danh sách các mục, mỗi mục bắt đầu bằng mã (id) rồi dấu hai chấm' });
        continue;
      }
      for (const [id, data] of Object.entries(parsed.data)) {
        const lines = once(() => new Map([...parsed.lines].filter(([k]) => k === id || k.startsWith(`${id}.`)).map(([k, v]) => [k.slice(id.length + 1), v])));
        entries.push({ collection: name, id, file: file.path, data, lines });
      }
      continue;
    }
    const prefix = `${spec.path}/`;
    for (const file of files) {
      if (!file.path.startsWith(prefix)) continue;
      if (!spec.extensions.some((extension) => file.path.endsWith(extension))) {
        problems.push({ file: file.path, message: `tệp trong content/${spec.path}/ phải có đuôi ${spec.extensions.join(' hoặc ')}; tệp này sẽ không được đăng` });
        continue;
      }
      file.text.split('\n').forEach((text, i) => {
        if (text.includes(TO_WRITE) && !text.trimStart().startsWith('#')) {
          problems.push({ file: file.path, line: i + 1, message: `còn chỗ chưa viết (${TO_WRITE}): thay bằng nội dung thật trước khi gửi` });
        }
      });
      const id = file.path.slice(prefix.length).replace(/\.[^.]+$/, '');
      let source = file.text;
      let firstLine = 1;
      if (spec.shape === 'entries') {
        const split = splitFrontmatter(file.text);
        if (split.frontmatter === undefined) {
          problems.push({ file: file.path, line: 1, message: 'Thiếu phần thông tin đầu tệp: tệp phải mở đầu bằng dòng --- , các trường, rồi một dòng --- nữa' });
          unreadable.push({ collection: name, id });
          continue;
        }
        source = split.frontmatter;
        firstLine = split.frontmatterLine;
      }
      const lines = once(() => parseYaml(source, firstLine).lines);
      const fast = parseYamlData(source);
      if (fast) {
        entries.push({ collection: name, id, file: file.path, data: fast.data, lines });
        continue;
      }
      const parsed = parseYaml(source, firstLine);
      problems.push(...parsed.errors.map((e) => ({ file: file.path, ...e })));
      unreadable.push({ collection: name, id });
    }
  }
  return entries;
}

/**
 * Parses and validates every file: the valid entries, ready for buildCatalog(), and every problem found.
 * `checkReferences: false` takes every reference as valid, for a caller that reads a few entries
 * without the ones they point at; the checker and the collections check them.
 */
export function parseContent(files: readonly SourceFile[], { checkReferences = true } = {}): { raw: RawContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const unreadableEntries: { collection: CollectionName; id: string }[] = [];
  const entries = load(files, problems, unreadableEntries);

  const idsOf = (list: readonly { collection: string; id: string }[]) => {
    const ids = new Map<string, Set<string>>();
    for (const entry of list) {
      if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
      ids.get(entry.collection)!.add(entry.id);
    }
    return ids;
  };
  const reference = checkedReference(idsOf(entries), idsOf(unreadableEntries), checkReferences);

  // One schema per collection for the whole run: building a zod schema costs far more than using it.
  const schemas = new Map((Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [name, COLLECTIONS[name].schema(reference)]));
  const raw: RawContent = { provinces: [], agencies: [], themes: [], legalDocuments: [], plans: [], topics: [], news: [] };
  for (const entry of entries) {
    const result = schemas.get(entry.collection)!.safeParse(entry.data);
    if (result.success) {
      (raw[entry.collection] as RawEntry<unknown>[]).push({ id: entry.id, data: result.data, filePath: entry.file });
      continue;
    }
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      problems.push({ file: entry.file, line: lineOfPath(entry.lines(), path), ...(path.length ? { field: path.join('.') } : {}), message: issue.message });
    }
  }

  return { raw, problems };
}

/**
 * `attachments` lists the files under content/attachments/ (paths inside it); when given, every
 * attachment a plan names must be among them.
 */
export function checkContent(files: readonly SourceFile[], attachments?: ReadonlySet<string>): ContentProblem[] {
  return reviewContent(files, attachments).problems;
}

/**
 * The problems, which fail the check, and the reminders, which an editor should look at but which
 * only the original text can settle (src/editor-tools/legal-basis.ts). One parse serves both.
 */
export function reviewContent(files: readonly SourceFile[], attachments?: ReadonlySet<string>): { problems: ContentProblem[]; reminders: ContentProblem[] } {
  const { raw, problems } = parseContent(files);
  problems.push(...contentBodyProblems(files, raw, listImages()));
  if (attachments) {
    for (const plan of raw.plans) {
      plan.data.attachments.forEach((a, i) => {
        if (!attachments.has(a.file)) {
          problems.push({ file: plan.filePath!, field: `attachments.${i}.file`, message: `không có tệp content/attachments/${a.file}. Chép văn bản gốc vào đúng chỗ đó, hoặc sửa đường dẫn` });
        }
      });
    }
  }
  problems.push(...identityProblems(raw), ...redirectProblems(raw));
  // With every entry valid, the catalog is built as the site would build it, catching what no single entry shows.
  if (problems.length === 0) {
    try {
      buildCatalog(raw);
    } catch (error) {
      problems.push({ file: WHOLE_CONTENT, message: error instanceof Error ? error.message : String(error) });
    }
  }

  const byPlace = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  return { problems: problems.sort(byPlace), reminders: legalBasisReminders(raw).sort(byPlace) };
}

/** The report an editor reads: problems grouped by file, then what to do. */
export function formatProblems(problems: readonly ContentProblem[], displayPath: (file: string) => string = (f) => f): string {
  if (problems.length === 0) return '';
  const lines: string[] = [];
  let current: string | undefined;
  for (const p of problems) {
    if (p.file !== current) {
      current = p.file;
      lines.push('', `✗ ${displayPath(p.file)}`);
    }
    lines.push(`    ${describeProblem(p)}`);
  }
  const fileCount = new Set(problems.map((p) => p.file)).size;
  lines.push('', `Có ${problems.length} lỗi trong ${fileCount} tệp. Sửa xong, chạy lại: npm run check:content`);
  return lines.join('\n');
}
