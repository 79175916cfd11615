/**
 * Builds the search index: `node --import tsx src/search/build-index.ts [site]`, run by
 * `npm run build:site` once `astro build` has exited, so that Astro's pages and Pagefind's
 * index are never in memory together.
 *
 * What search knows of each page comes from the content and the route data its page renders
 * (src/search/records.ts), never from the built HTML. The index is laid out as
 * src/search/index-layout.ts says: the primary index of entities, plans in parts of two layers,
 * and the word directory. Each part is indexed by a Pagefind process of its own, one after
 * another, and kept in the build cache under a hash of what it indexes and of the code that
 * writes it, so a rebuild after one edit indexes only the parts that hold the edited plan.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { cacheDir, outDir } from '../config/build-dirs';
import { CHUNK_WORD_POSITIONS, DIRECTORY_SHARD_BYTES, FULL_PART_PAGES, POSTED_NUMBER_PLANS, POSTED_PLANS, RECORD_PART_PAGES } from '../config/search-index';
import { buildCatalog } from '../domain/catalog';
import { parseContent, type SourceFile } from '../editor-tools/content-check';
import { contentDir } from '../lib/content-dir';
import { splitFrontmatter } from '../lib/frontmatter';
import { paths, searchIndexFiles } from '../lib/paths';
import { bodyBlocks } from './body-text';
import { buildDirectory, type DirectoryPlan } from './directory';
import { layerParts, type IndexManifest, type LayerPart, type ManifestPart } from './index-layout';
import { pagefindRecord, proseWords, recordWords, type Layer, type PagefindRecord } from './pagefind-record';
import { searchRecords, type SearchRecord } from './records';
import { buildTitleLists } from './title-lists';
import type { PartToWrite } from './write-part';

const PART_CACHE = path.resolve(cacheDir, 'search-parts');
/** What a part other than the primary needs: the primary index brings the code and the WebAssembly. */
const PART_FILES = /^(pagefind\..*\.pf_meta|index|fragment|filter)$/;
const ENTRY = 'pagefind-entry.json';
/** A cached part's folder holds Pagefind's index in CACHED_INDEX and the names of its fragments in FRAGMENTS. */
const CACHED_INDEX = 'pagefind';
const FRAGMENTS = 'fragments.json';

/** A hash of the code that turns content into what Pagefind indexes (this folder, the pure functions, routes and strings it uses), and of Pagefind's version. */
function indexingCode(): string {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  for (const file of globSync('{search,lib,routes,domain,schemas,ui,config}/**/*.ts', { cwd: src }).sort()) hash.update(file).update(readFileSync(path.join(src, file)));
  hash.update(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')))));
  return hash.digest('base64url');
}

/** Writes under a temporary name first, so that a stopped build never leaves half a file. */
export function writeAtomically(file: string, text: string): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** The content, every plan's body left in its file (read again when its full text is indexed), so that the corpus is never held whole. */
function readContent(root: string): { files: SourceFile[]; text: (contentPath: string) => string } {
  const files = globSync('**/*.{md,mdx,yaml,yml}', { cwd: root }).map((file) => {
    const posix = file.split(path.sep).join('/');
    const text = readFileSync(path.join(root, file), 'utf8');
    if (!posix.startsWith('plans/')) return { path: posix, text };
    const { frontmatter } = splitFrontmatter(text);
    return { path: posix, text: frontmatter === undefined ? text : `---\n${frontmatter}\n---\n` };
  });
  const kept = new Map(files.filter((f) => !f.path.startsWith('plans/')).map((f) => [f.path, f.text]));
  return { files, text: (contentPath) => kept.get(contentPath) ?? readFileSync(path.join(root, contentPath), 'utf8') };
}

interface WrittenPart {
  /** The part's folder in the build cache. */
  dir: string;
  /** Pagefind's fragment names by page path. */
  fragments: Record<string, string>;
  reused: boolean;
}

/** Writes parts of the index in worker threads, one per core, each part kept in the build cache. */
class PartWriter {
  private readonly pool: Piscina;
  private readonly threads = Math.max(1, availableParallelism());
  private readonly inFlight = new Set<Promise<unknown>>();
  readonly used = new Set<string>();
  constructor(private readonly code: string) {
    this.pool = new Piscina({ filename: new URL('./write-part.ts', import.meta.url).href, minThreads: this.threads, maxThreads: this.threads });
  }

  /**
   * Starts a part, from the cache or written anew, once a thread is free: records wait in memory only for
   * the parts being written, while the caller prepares the next. The part itself comes with `written`.
   */
  async submit(layer: Layer | 'entities', name: string, records: readonly PagefindRecord[]): Promise<{ written: Promise<WrittenPart> }> {
    const key = createHash('sha256').update(this.code).update(layer).update(name).update(String(CHUNK_WORD_POSITIONS));
    for (const record of records) key.update(JSON.stringify(record));
    const dir = path.join(PART_CACHE, key.digest('base64url'));
    this.used.add(path.basename(dir));
    const fragmentsFile = path.join(dir, FRAGMENTS);
    if (existsSync(fragmentsFile)) return { written: Promise.resolve({ dir, fragments: JSON.parse(readFileSync(fragmentsFile, 'utf8')) as Record<string, string>, reused: true }) };
    while (this.inFlight.size >= this.threads) await Promise.race(this.inFlight);
    const writing = `${dir}.${process.pid}.tmp`;
    rmSync(writing, { recursive: true, force: true });
    const task: PartToWrite = { records: [...records], target: path.join(writing, CACHED_INDEX) };
    const written = (this.pool.run(task) as Promise<Record<string, string>>).then((fragments): WrittenPart => {
      writeFileSync(path.join(writing, FRAGMENTS), JSON.stringify(fragments));
      rmSync(dir, { recursive: true, force: true });
      renameSync(writing, dir);
      return { dir, fragments, reused: false };
    });
    const settled = written.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(settled);
    void settled.then(() => this.inFlight.delete(settled));
    return { written };
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/**
 * Puts a part's index (`bundle`, from the cache) at `target` in the site, unless the same index is there
 * already: Pagefind's entry file names the index by a hash of its content, and it is copied last, so a
 * matching entry means a whole, identical copy. The primary part's folder also holds everything else.
 */
function publishPart(bundle: string, target: string, isPrimary: boolean): void {
  const entry = path.join(target, ENTRY);
  if (existsSync(entry) && readFileSync(entry).equals(readFileSync(path.join(bundle, ENTRY)))) return;
  if (isPrimary && existsSync(target)) prune(target, '', [searchIndexFiles.parts, searchIndexFiles.directory, searchIndexFiles.titleLists, searchIndexFiles.manifest]);
  else rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const names = readdirSync(bundle).filter((name) => name !== ENTRY && (isPrimary || PART_FILES.test(name)));
  for (const name of [...names, ENTRY]) cpSync(path.join(bundle, name), path.join(target, name), { recursive: true });
}

/**
 * Removes from `folder` (a path under `root`) every entry but the `used` ones (paths under `root`), so that
 * a folder kept between builds holds one site.
 */
function prune(root: string, folder: string, used: Iterable<string>): void {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return;
  const kept = new Set(Array.from(used, (p) => path.posix.normalize(p).replace(/\/$/, '')));
  for (const name of readdirSync(dir)) if (!kept.has(path.posix.join(folder, name))) rmSync(path.join(dir, name), { recursive: true, force: true });
}

/** Words interned as numbers, so that a national corpus's words per plan fit in memory. */
class WordIds {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];
  of(words: Iterable<string>): Int32Array {
    return Int32Array.from(words, (word) => {
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(word, id);
        this.words.push(word);
      }
      return id;
    });
  }
  set(ids: Int32Array): Set<string> {
    return new Set(Array.from(ids, (id) => this.words[id]!));
  }
}

/** What the directory needs of a plan, its words as numbers (`WordIds`). */
interface PlanWords extends Omit<DirectoryPlan, 'record' | 'full' | 'strong'> {
  record: Int32Array;
  /** Words of its full text that its record lacks. */
  fullOnly: Int32Array;
  strong: Int32Array;
}

export interface SearchIndexBuilt {
  entities: number;
  plans: number;
  parts: { layer: Layer | 'entities'; name: string; pages: number; reused: boolean }[];
  directoryShards: number;
}

export async function buildSearchIndex(site: string, root = contentDir()): Promise<SearchIndexBuilt> {
  const code = indexingCode();
  const content = readContent(root);
  const { raw, problems } = parseContent(content.files);
  if (problems.length > 0) throw new Error(`Nội dung có lỗi, chạy npm run check:content để xem: ${problems[0]!.file}: ${problems[0]!.message}`);
  const catalog = buildCatalog(raw);
  const byPath = new Set(content.files.map((f) => f.path));
  const bodyPath = (collection: string, id: string) => [`${collection}/${id}.mdx`, `${collection}/${id}.md`].find((p) => byPath.has(p))!;
  const bodyText = (contentPath: string) => {
    const { body } = splitFrontmatter(content.text(contentPath));
    return bodyBlocks(body, contentPath.endsWith('.mdx') ? 'mdx' : 'md', catalog);
  };
  // Plans' bodies are read only for the full-text parts, one part at a time.
  const records = searchRecords(catalog, bodyText, bodyPath);
  const plans = records.filter((r) => r.plan);
  const entities = records.filter((r) => !r.plan);
  const dated = plans.map((r) => ({ date: r.plan!.date, url: r.url }));
  const layout = { record: layerParts(dated, RECORD_PART_PAGES), full: layerParts(dated, FULL_PART_PAGES) };

  mkdirSync(PART_CACHE, { recursive: true });
  const built: SearchIndexBuilt = { entities: entities.length, plans: plans.length, parts: [], directoryShards: 0 };
  const primary = path.join(site, paths.searchIndex());

  const writer = new PartWriter(code);
  const entityPart = (await writer.submit('entities', '', entities.map((r) => pagefindRecord(r, 'full')))).written;

  const provinces = catalog.currentProvinces.map((p) => p.id);
  const wordIds = new WordIds();
  const perPlan = plans.map((r): PlanWords => ({
    record: new Int32Array(0),
    fullOnly: new Int32Array(0),
    strong: new Int32Array(0),
    year: r.plan!.year,
    province: r.plan!.province ? provinces.indexOf(r.plan!.province) : -1,
    recordPart: -1,
    recordFragment: '',
    fullPart: -1,
    fullFragment: '',
  }));
  const manifestParts: Record<Layer, ManifestPart[]> = { record: [], full: [] };
  const writing: { layer: Layer; partIndex: number; part: LayerPart; written: Promise<WrittenPart> }[] = [];
  try {
    for (const layer of ['record', 'full'] as const) {
      for (const [partIndex, part] of layout[layer].entries()) {
        const partRecords = part.records.map((i) => {
          const plan = perPlan[i]!;
          if (layer === 'record') {
            plan.record = wordIds.of(recordWords(plans[i]!, 'record'));
            plan.strong = wordIds.of(strongWords(plans[i]!));
            return pagefindRecord(plans[i]!, layer);
          }
          const withBody = { ...plans[i]!, prose: [...bodyText(plans[i]!.plan!.file), ...plans[i]!.prose] };
          const inRecord = new Set(plan.record);
          plan.fullOnly = wordIds.of(proseWords(withBody)).filter((id) => !inRecord.has(id));
          return pagefindRecord(withBody, layer);
        });
        writing.push({ layer, partIndex, part, written: (await writer.submit(layer, part.name, partRecords)).written });
      }
    }
    const entityWritten = await entityPart;
    publishPart(path.join(entityWritten.dir, CACHED_INDEX), primary, true);
    built.parts.push({ layer: 'entities', name: '', pages: entities.length, reused: entityWritten.reused });
    for (const { layer, partIndex, part, written } of writing) {
      const { dir, fragments, reused } = await written;
      const folder = searchIndexFiles.part(layer, part.name);
      publishPart(path.join(dir, CACHED_INDEX), path.join(primary, folder), false);
      manifestParts[layer].push({ path: folder, from: part.from, to: part.to, pages: part.records.length });
      built.parts.push({ layer, name: part.name, pages: part.records.length, reused });
      for (const i of part.records) {
        const record = plans[i]!;
        const plan = perPlan[i]!;
        const fragment = fragments[record.url];
        if (!fragment) throw new Error(`Pagefind không ghi mảnh cho ${record.url}`);
        if (layer === 'record') {
          plan.recordPart = partIndex;
          plan.recordFragment = fragment;
        } else {
          plan.fullPart = partIndex;
          plan.fullFragment = fragment;
        }
      }
    }
  } finally {
    await writer.close();
  }
  const directoryPlans = function* (): Generator<DirectoryPlan> {
    for (const p of perPlan) {
      const record = wordIds.set(p.record);
      const full = new Set([...record, ...wordIds.set(p.fullOnly)]);
      yield { record, full, strong: wordIds.set(p.strong), year: p.year, province: p.province, recordPart: p.recordPart, recordFragment: p.recordFragment, fullPart: p.fullPart, fullFragment: p.fullFragment };
    }
  };
  const directory = buildDirectory({
    recordPartPages: layout.record.map((p) => p.records.length),
    plans: directoryPlans,
    entities: entities.map((r) => recordWords(r, 'full')),
    fullParts: layout.full.length,
    posted: POSTED_PLANS,
    postedNumbers: POSTED_NUMBER_PLANS,
    shardBytes: DIRECTORY_SHARD_BYTES,
  });
  built.directoryShards = directory.shards.length;
  const titles = buildTitleLists(
    plans.map((record, i) => {
      const { year, province, recordPart, recordFragment } = perPlan[i]!;
      const { title, number, place } = record.meta;
      const facts = [number, place, ...record.plan!.places].filter((fact): fact is string => Boolean(fact));
      return { province, entry: { t: title, o: facts, y: year, r: recordPart, f: recordFragment } };
    }),
  );

  // The new directory, lists and parts are in place before the manifest names them, and the old ones go after.
  mkdirSync(path.join(primary, searchIndexFiles.directory), { recursive: true });
  directory.shards.forEach((shard, i) => writeAtomically(path.join(primary, searchIndexFiles.directoryShard(i)), JSON.stringify(shard)));
  mkdirSync(path.join(primary, searchIndexFiles.titleLists), { recursive: true });
  const titleFiles = [...titles.lists].map(([name, list]) => ({ file: searchIndexFiles.titleList(name), text: JSON.stringify(list) }));
  for (const { file, text } of titleFiles) writeAtomically(path.join(primary, file), text);
  const version = createHash('sha256');
  for (const shard of directory.shards) version.update(JSON.stringify(shard));
  for (const { file, text } of titleFiles) version.update(file).update(text);
  const manifest: IndexManifest = {
    version: version.digest('base64url').slice(0, 12),
    record: manifestParts.record,
    full: manifestParts.full,
    plans: plans.length,
    entities: entities.length,
    shards: directory.shards.length,
    provinces: catalog.currentProvinces.map((p) => p.name),
    formerProvinces: [...catalog.provinces.values()].filter((p) => !p.isCurrent).map((p) => [p.name, provinces.indexOf(p.currentId)] as [string, number]),
    titles: titles.index,
  };
  writeAtomically(path.join(primary, searchIndexFiles.manifest), `${JSON.stringify(manifest)}\n`);
  prune(primary, searchIndexFiles.directory, directory.shards.map((_, i) => searchIndexFiles.directoryShard(i)));
  prune(primary, searchIndexFiles.titleLists, titleFiles.map((f) => f.file));
  const layers = ['record', 'full'] as const;
  for (const layer of layers) prune(primary, searchIndexFiles.layer(layer), layout[layer].map((p: LayerPart) => searchIndexFiles.part(layer, p.name)));
  prune(primary, searchIndexFiles.parts, layers.map(searchIndexFiles.layer));
  prune(PART_CACHE, '', writer.used);
  return built;
}

/** The words of a plan's title, number and keywords: a match there is the strongest. */
function strongWords(record: SearchRecord): string[] {
  const { title, number } = record.meta;
  const words = recordWords({ ...record, meta: { kind: '', title, ...(number ? { number } : {}) }, facts: [], text: [], prose: [] }, 'record');
  return [...words];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  const site = path.resolve(process.argv[2] ?? outDir);
  const { entities, plans, parts, directoryShards } = await buildSearchIndex(site);
  const reused = parts.filter((p) => p.reused).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Pagefind đã lập chỉ mục ${plans} kế hoạch và ${entities} trang khác trong ${parts.length} phần (${parts.length - reused} phần lập mới, ${reused} phần lấy từ bộ đệm), danh bạ từ ${directoryShards} tệp, trong ${seconds} s`,
  );
}
