/**
 * Builds the Pagefind index of a built site: `node --import tsx src/search/build-index.ts [dir]`,
 * run by `npm run build:site` once `astro build` has exited, so that Astro's
 * pages and Pagefind's index are never in memory together.
 *
 * A large site is indexed in parts (src/search/index-parts.ts), one Pagefind
 * process after another, so that Pagefind holds one part at a time. Each
 * part's written index is kept in the build cache under a hash of what its
 * pages give the index, so a rebuild after one edit indexes only that page's
 * part and copies the others.
 *
 * What a page gives the index (src/search/page-html.ts) is kept in the build
 * cache too, one file per page named by a hash of the page and of the code
 * that prepares it: a build prepares only the pages that changed, in worker
 * threads (src/search/prepare-pages.ts), and this process holds no more than
 * a page while Pagefind holds a part.
 *
 * Beside the parts, the manifest lists the words every part knows (src/search/common-words.ts), counted
 * as each part is written and kept with it in the cache.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { Piscina } from 'piscina';
import { cacheDir, outDir } from '../config/build-dirs';
import { SEARCH_COMMON_WORD_SHARE, SEARCH_PART_MIN_PAGES, SEARCH_PART_PAGES_SET, SEARCH_PLAN_PARTS } from '../config/search-index';
import { commonWords, countWords, indexedWords, type WordPages } from './common-words';
import { INDEX_PARTS_DIR, INDEX_PARTS_MANIFEST, indexParts, partSize, planYearOf, type IndexManifest, type IndexPart } from './index-parts';
import type { IndexedPage } from './page-html';
import { preparedFile as preparedFileIn, writeAtomically, type PagesToPrepare, type PreparedRecord } from './prepare-pages';

const IN_FLIGHT = 16;
const PREPARED_CACHE = path.resolve(cacheDir, 'search-pages');
const PART_CACHE = path.resolve(cacheDir, 'search-parts');
/** What a part other than the primary needs: the search page's primary index brings the code and the WebAssembly. */
const PART_FILES = /^(pagefind\..*\.pf_meta|index|fragment|filter)$/;

/** A hash of the code that turns a page into what Pagefind indexes (this folder and the pure functions it uses), and of Pagefind's version. */
function indexingCode(): string {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  for (const file of globSync('{search,lib}/**/*.ts', { cwd: src }).sort()) hash.update(file).update(readFileSync(path.join(src, file)));
  hash.update(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind')))));
  return hash.digest('base64url');
}

const preparedFile = (key: string) => preparedFileIn(PREPARED_CACHE, key);

/** The prepared page stored under `key`: JSON of an IndexedPage, or null for a page not indexed. */
function readPrepared(key: string): IndexedPage | null {
  return JSON.parse(readFileSync(preparedFile(key), 'utf8')) as IndexedPage | null;
}

/** Pages handed to a worker at a time: enough that passing them costs little beside preparing them. */
const PREPARE_BATCH = 64;

/** Every page's record, prepared in worker threads, one per core, unless the cache holds it. */
async function prepareAll(site: string, pages: readonly SitePage[]): Promise<PreparedRecord[]> {
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(pages.length / PREPARE_BATCH)));
  const pool = new Piscina({ filename: new URL('./prepare-pages.ts', import.meta.url).href, minThreads: threads, maxThreads: threads });
  try {
    const batches: Promise<PreparedRecord[]>[] = [];
    for (let i = 0; i < pages.length; i += PREPARE_BATCH) {
      const task: PagesToPrepare = { site, cache: PREPARED_CACHE, pages: pages.slice(i, i + PREPARE_BATCH) };
      batches.push(pool.run(task) as Promise<PreparedRecord[]>);
    }
    return (await Promise.all(batches)).flat();
  } finally {
    await pool.destroy();
  }
}

/** Removes what this build did not use, so the cache kept between builds holds one site. */
function prune(dir: string, used: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(path.join(dir, name), { recursive: true, force: true });
}

const ENTRY = 'pagefind-entry.json';

/**
 * Puts a part's index (`bundle`, from the cache) at `target` in the site, unless the same index is there
 * already: Pagefind's entry file names the index by a hash of its content, and it is copied last, so a
 * matching entry means a whole, identical copy. The primary part's folder also holds the other parts.
 */
function publishPart(bundle: string, target: string, isPrimary: boolean): void {
  const entry = path.join(target, ENTRY);
  if (existsSync(entry) && readFileSync(entry).equals(readFileSync(path.join(bundle, ENTRY)))) return;
  if (isPrimary && existsSync(target)) prune(target, new Set([INDEX_PARTS_DIR, INDEX_PARTS_MANIFEST]));
  else rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const names = readdirSync(bundle).filter((name) => name !== ENTRY && (isPrimary || PART_FILES.test(name)));
  for (const name of [...names, ENTRY]) cpSync(path.join(bundle, name), path.join(target, name), { recursive: true });
}

interface SitePage {
  file: string;
  sitePath: string;
  /** Names the page's prepared record: a hash of the indexing code, the path and the HTML. */
  key: string;
}

/** What a part holds, kept beside its index in the cache. */
interface PartSummary {
  byKind: Record<string, number>;
  words: WordPages;
}

/** Indexes one part's pages with a Pagefind process of its own, into `target`. */
async function writePart(pages: readonly SitePage[], target: string): Promise<PartSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const byKind: Record<string, number> = {};
  const words: WordPages = {};
  // Reading a prepared page (here) and indexing it (Pagefind's own process) overlap: up to IN_FLIGHT pages
  // are with Pagefind while the next is read, so both cores work.
  const inFlight = new Set<Promise<void>>();
  const add = async (sitePath: string, html: string) => {
    const added = await index.addHTMLFile({ url: sitePath, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${sitePath}: ${added.errors.join('; ')}`);
  };
  try {
    for (const { sitePath, key } of pages) {
      const page = readPrepared(key);
      if (!page) continue;
      const adding = add(sitePath, page.html).finally(() => inFlight.delete(adding));
      inFlight.add(adding);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      byKind[page.kind] = (byKind[page.kind] ?? 0) + 1;
      countWords(words, indexedWords(page.html));
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    // Ends the Pagefind process, and with it the memory this part took.
    await pagefind.close();
  }
  return { byKind, words };
}

export interface SearchIndexBuilt {
  pages: number;
  byKind: Record<string, number>;
  /** Pages prepared anew rather than read from the cache. */
  prepared: number;
  parts: { name: string; pages: number; reused: boolean }[];
}

export async function buildSearchIndex(site: string): Promise<SearchIndexBuilt> {
  const code = indexingCode();
  const sitePages: SitePage[] = globSync('**/*.html', { cwd: site })
    .sort()
    .map((file) => {
      const sitePath = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
      const key = createHash('sha256').update(code).update(sitePath).update(readFileSync(path.join(site, file))).digest('base64url');
      return { file, sitePath, key };
    });
  mkdirSync(PREPARED_CACHE, { recursive: true });
  mkdirSync(PART_CACHE, { recursive: true });
  const usedPrepared = new Set(sitePages.map((p) => `${p.key}.json`));
  const usedParts = new Set<string>();
  const built: SearchIndexBuilt = { pages: 0, byKind: {}, prepared: 0, parts: [] };
  const wordsOfParts: WordPages[] = [];
  const primary = path.join(site, 'pagefind');
  const sitePaths = sitePages.map((p) => p.sitePath);
  const planPages = sitePaths.filter((p) => planYearOf(p) !== undefined).length;
  const parts: IndexPart[] = indexParts(sitePaths, SEARCH_PART_PAGES_SET ?? partSize(planPages, SEARCH_PART_MIN_PAGES, SEARCH_PLAN_PARTS));
  const records = await prepareAll(site, sitePages);
  built.prepared = records.filter((r) => r.prepared).length;
  for (const part of parts) {
    const pages = part.pages.map((i) => sitePages[i]!);
    const partKey = createHash('sha256').update(code).update(part.name);
    for (const i of part.pages) partKey.update(sitePages[i]!.sitePath).update(records[i]!.recordHash);
    const cached = path.join(PART_CACHE, partKey.digest('base64url'));
    usedParts.add(path.basename(cached));
    const summaryFile = path.join(cached, 'part.json');
    const reused = existsSync(summaryFile);
    if (!reused) {
      const writing = `${cached}.${process.pid}.tmp`;
      rmSync(writing, { recursive: true, force: true });
      const summary = await writePart(pages, path.join(writing, 'pagefind'));
      writeFileSync(path.join(writing, 'part.json'), JSON.stringify(summary));
      rmSync(cached, { recursive: true, force: true });
      renameSync(writing, cached);
    }
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as PartSummary;
    const target = part.name === '' ? primary : path.join(primary, INDEX_PARTS_DIR, part.name);
    publishPart(path.join(cached, 'pagefind'), target, part.name === '');
    let partTotal = 0;
    for (const [kind, n] of Object.entries(summary.byKind)) {
      built.byKind[kind] = (built.byKind[kind] ?? 0) + n;
      partTotal += n;
    }
    built.pages += partTotal;
    wordsOfParts.push(summary.words);
    built.parts.push({ name: part.name, pages: partTotal, reused });
  }
  const others = built.parts.filter((p) => p.name !== '');
  const manifest: IndexManifest = {
    parts: others.map((p) => `${INDEX_PARTS_DIR}/${p.name}/`),
    common: commonWords(wordsOfParts, Math.max(1, Math.ceil(built.pages * SEARCH_COMMON_WORD_SHARE))),
  };
  // The manifest names the new parts before the old ones go, so a build stopped in between leaves a working index.
  writeAtomically(path.join(primary, INDEX_PARTS_MANIFEST), `${JSON.stringify(manifest)}\n`);
  const partsDir = path.join(primary, INDEX_PARTS_DIR);
  if (others.length === 0) rmSync(partsDir, { recursive: true, force: true });
  else prune(partsDir, new Set(others.map((p) => p.name)));
  prune(PREPARED_CACHE, usedPrepared);
  prune(PART_CACHE, usedParts);
  return built;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = path.resolve(process.argv[2] ?? outDir);
  const { pages, byKind, prepared, parts } = await buildSearchIndex(site);
  const kinds = Object.entries(byKind).map(([kind, n]) => `${n} ${kind.toLowerCase()}`).join(', ');
  const reused = parts.filter((p) => p.reused).length;
  console.log(
    `Pagefind đã lập chỉ mục ${pages} trang (${kinds}) trong ${parts.length} phần, ${parts.length - reused} phần lập mới, ${reused} phần lấy từ bộ đệm; ${prepared} trang mới chuẩn bị`,
  );
}
