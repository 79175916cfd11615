/**
 * Builds the Pagefind index of a built site: `node --import tsx src/search/build-index.ts [dir]`,
 * run by `npm run build:site` once `astro build` has exited, so that Astro's
 * pages and Pagefind's index are never in memory together.
 *
 * What a page gives the index (src/search/page-html.ts) is kept in the build
 * cache, one file per page named by a hash of the page and of the code that
 * prepares it, so a rebuild prepares only the pages that changed; one file
 * each, not one map, so that this process holds no more than a page while
 * Pagefind holds the whole index. Pagefind itself builds its index whole
 * every time: it has no way to update one.
 */
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { cacheDir, outDir } from '../config/build-dirs';
import { pageForIndex, type IndexedPage } from './page-html';

const IN_FLIGHT = 16;
const PREPARED_CACHE = path.resolve(cacheDir, 'search-pages');

/** A hash of the code that turns a page into what Pagefind indexes (this folder and the pure functions it uses). */
function preparingCode(): string {
  const src = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  for (const file of globSync('{search,lib}/**/*.ts', { cwd: src }).sort()) hash.update(file).update(readFileSync(path.join(src, file)));
  return hash.digest('base64url');
}

/** The prepared page stored under `key`, null for a page not indexed, undefined when none is stored. */
function readPrepared(key: string): IndexedPage | null | undefined {
  try {
    return JSON.parse(readFileSync(path.join(PREPARED_CACHE, `${key}.json`), 'utf8')) as IndexedPage | null;
  } catch {
    return undefined;
  }
}

function writePrepared(key: string, page: IndexedPage | null): void {
  const file = path.join(PREPARED_CACHE, `${key}.json`);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(page));
  renameSync(partial, file);
}

/** Removes what no page of this build used, so the cache kept between builds holds one site's pages. */
function prunePrepared(used: ReadonlySet<string>): void {
  for (const name of readdirSync(PREPARED_CACHE)) if (!used.has(name)) rmSync(path.join(PREPARED_CACHE, name), { force: true });
}

export async function buildSearchIndex(site: string): Promise<{ pages: number; byKind: Record<string, number>; prepared: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const byKind: Record<string, number> = {};
  let pages = 0;
  const code = preparingCode();
  const used = new Set<string>();
  mkdirSync(PREPARED_CACHE, { recursive: true });
  // Preparing a page (here) and indexing it (Pagefind's own process) overlap: up to IN_FLIGHT pages are
  // with Pagefind while the next is prepared, so both cores work.
  const inFlight = new Set<Promise<void>>();
  const add = async (sitePath: string, html: string) => {
    const added = await index.addHTMLFile({ url: sitePath, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${sitePath}: ${added.errors.join('; ')}`);
  };
  let prepared = 0;
  try {
    for (const file of globSync('**/*.html', { cwd: site }).sort()) {
      const sitePath = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
      const html = readFileSync(path.join(site, file), 'utf8');
      const key = createHash('sha256').update(code).update(sitePath).update(html).digest('base64url');
      let page = readPrepared(key);
      if (page === undefined) {
        page = pageForIndex(sitePath, html) ?? null;
        writePrepared(key, page);
        prepared++;
      }
      used.add(`${key}.json`);
      if (!page) continue;
      const adding = add(sitePath, page.html).finally(() => inFlight.delete(adding));
      inFlight.add(adding);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      byKind[page.kind] = (byKind[page.kind] ?? 0) + 1;
      pages++;
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  prunePrepared(used);
  return { pages, byKind, prepared };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = path.resolve(process.argv[2] ?? outDir);
  const { pages, byKind, prepared } = await buildSearchIndex(site);
  const kinds = Object.entries(byKind).map(([kind, n]) => `${n} ${kind.toLowerCase()}`).join(', ');
  console.log(`Pagefind đã lập chỉ mục ${pages} trang (${kinds}); ${prepared} trang mới chuẩn bị, còn lại lấy từ bộ đệm`);
}
