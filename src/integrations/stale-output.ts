/**
 * Astro empties the output folder before every build, and an incremental
 * build then copies back every page it did not render again: for a national
 * corpus that was half of a rebuild (bench/README.md). So the folder is kept
 * (`vite.build.emptyOutDir: false` in astro.config.mjs), Astro leaves a page
 * that is still valid where it is, and this removes every file the build did
 * not publish, whatever its timestamp. Published are: the routes' outputs (pages
 * taken from the cache among them), the files of the public folder, Vite's
 * bundles, the sitemaps the sitemap index lists, and what our integrations
 * record in `PublishedFiles` as they write it (preview images, `_headers`,
 * `_redirects`). A removed plan's page, an old script bundle: all go, as an
 * emptied folder would have them. The search index (pagefind/) is left to the
 * indexer, which runs after Astro and replaces the parts of it that changed.
 * tests/build/incremental.test.ts holds the result to a cold build's, and a
 * cold build must remove nothing (a writer this file does not know would show
 * there).
 * A kept page is trusted to be the cache's page, so one output folder goes with
 * one cache folder (PBGDPL_OUT_DIR with PBGDPL_CACHE_DIR), as in every recipe.
 */
import { readdirSync, statSync } from 'node:fs';
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { paths } from '../lib/paths';
import type { PublishedFiles } from './published-files';

/** The search index's folder, written by src/search/build-index.ts after Astro. */
const SEARCH_INDEX = paths.searchIndex();

/** What @astrojs/sitemap writes: its index, which lists the sitemaps it wrote beside it. */
const SITEMAP_INDEX = 'sitemap-index.xml';

/** Removes the files under `dir` that are not in `keep`, then the folders left empty, leaving `spared` (a folder) alone; returns the files removed. */
async function removeUnpublished(dir: string, keep: ReadonlySet<string>, spared: string): Promise<string[]> {
  const removed = await Promise.all(
    (await readdir(dir, { withFileTypes: true })).map(async (entry): Promise<string[]> => {
      const file = path.join(dir, entry.name);
      if (file === spared) return [];
      if (entry.isDirectory()) {
        const inside = await removeUnpublished(file, keep, spared);
        if ((await readdir(file)).length === 0) await rmdir(file);
        return inside;
      }
      if (keep.has(file)) return [];
      await rm(file, { force: true });
      return [file];
    }),
  );
  return removed.flat();
}

/**
 * Where the files of the public folder land in the output folder: every file, a dot-file (.nojekyll,
 * .well-known/) and a symbolic link's target included, since Vite copies them all.
 */
export function publicFilesIn(publicDir: string, site: string): string[] {
  const entries = (() => {
    try {
      return readdirSync(publicDir, { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
  })();
  return entries.filter((entry) => statSync(path.join(publicDir, entry), { throwIfNoEntry: false })?.isFile()).map((entry) => path.join(site, entry));
}

/** The sitemaps that the index in `site` lists, with the index itself; none when the site has no sitemap. */
async function sitemapFiles(site: string): Promise<string[]> {
  const index = path.join(site, SITEMAP_INDEX);
  const xml = await readFile(index, 'utf8').catch(() => undefined);
  if (xml === undefined) return [];
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => path.join(site, path.posix.basename(new URL(url!).pathname)));
  return [index, ...listed];
}

export default function staleOutput(published: PublishedFiles): AstroIntegration {
  let publicDir = '';
  /** Vite's output, as paths inside the output folder (client scripts, and the styles Astro moves there). */
  const bundled = new Set<string>();
  return {
    name: 'pbgdpl-stale-output',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pbgdpl-bundle-files',
                writeBundle(_options: unknown, bundle: Record<string, unknown>) {
                  for (const name of Object.keys(bundle)) bundled.add(name);
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:build:start': () => {
        published.clear();
        bundled.clear();
      },
      // Listed last in astro.config.mjs, so that it runs after every other integration has written its files.
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir);
        const keep = new Set([
          ...[...assets.values()].flat().map((url) => fileURLToPath(url)),
          ...publicFilesIn(publicDir, site),
          ...[...bundled].map((name) => path.join(site, name)),
          ...(await sitemapFiles(site)),
          ...published.files,
        ]);
        const removed = await removeUnpublished(site, keep, path.join(site, SEARCH_INDEX).replace(/[\\/]$/, ''));
        if (removed.length > 0) {
          const shown = removed.slice(0, 5).map((file) => path.relative(site, file));
          logger.info(`Bỏ ${removed.length} tệp của build trước không còn trang nào xuất ra: ${shown.join(', ')}${removed.length > shown.length ? ', …' : ''}`);
        }
      },
    },
  };
}
