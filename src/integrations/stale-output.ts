/**
 * Astro empties the output folder before every build, and an incremental
 * build then copies back every page it did not render again: at 10,000 plans,
 * emptying 1 GB of pages, images and index and copying 16,000 pages back took
 * about 35 s of a 75 s rebuild. So the folder is kept
 * (`vite.build.emptyOutDir: false` in astro.config.mjs), Astro leaves a page
 * that is still valid where it is, and this removes what the build did not
 * publish: a file older than the build's start that no route put out. Pages
 * taken from the cache keep their old file and are among the routes' outputs;
 * everything else the build wrote (pages, feeds, assets, public files, preview
 * images, sitemap) is newer than its start. A removed plan's page, an old
 * script bundle: all go, as an emptied folder would have them. The search index (pagefind/) is left to the indexer, which runs
 * after Astro and replaces the parts of it that changed.
 * tests/build/incremental.test.ts holds the result to a cold build's.
 * A kept page is trusted to be the cache's page, so one output folder goes with
 * one cache folder (PBGDPL_OUT_DIR with PBGDPL_CACHE_DIR), as in every recipe.
 */
import { mkdir, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Written in the output folder when the build starts: its time, from the file system's own clock and
 * at its own resolution, is what "older than the build" means (a network or container mount may keep
 * another time than this process).
 */
const START_MARK = '.pbgdpl-build-start';

/** The search index's folder, written by src/search/build-index.ts after Astro. */
const SEARCH_INDEX = 'pagefind';

/**
 * Removes files under `dir` older than `before` that are not in `keep`, then the folders left empty,
 * leaving `spared` (a folder) alone; returns how many files.
 */
async function removeStale(dir: string, keep: ReadonlySet<string>, before: number, spared: string): Promise<number> {
  const counts = await Promise.all(
    (await readdir(dir, { withFileTypes: true })).map(async (entry) => {
      const file = path.join(dir, entry.name);
      if (file === spared) return 0;
      if (entry.isDirectory()) {
        const removed = await removeStale(file, keep, before, spared);
        if ((await readdir(file)).length === 0) await rmdir(file);
        return removed;
      }
      if (keep.has(file) || (await stat(file)).mtimeMs >= before) return 0;
      await rm(file, { force: true });
      return 1;
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

export default function staleOutput(): AstroIntegration {
  let mark = '';
  let started = 0;
  return {
    name: 'pbgdpl-stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        mark = path.join(fileURLToPath(config.outDir), START_MARK);
      },
      'astro:build:start': async () => {
        await mkdir(path.dirname(mark), { recursive: true });
        await writeFile(mark, '');
        started = (await stat(mark)).mtimeMs;
      },
      // Listed last in astro.config.mjs, so that it runs after every other integration has written its files.
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const published = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const removed = await removeStale(site, published, started, path.join(site, SEARCH_INDEX));
        await rm(mark, { force: true });
        if (removed > 0) logger.info(`Bỏ ${removed} tệp của build trước không còn trang nào xuất ra`);
      },
    },
  };
}
