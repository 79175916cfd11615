/**
 * Builds the Pagefind index of a built site: `node --import tsx src/search/build-index.ts [dir]`,
 * run by `npm run build:site` once `astro build` has exited, so that Astro's
 * pages and Pagefind's index are never in memory together.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { outDir } from '../config/build-dirs';
import { pageForIndex } from './page-html';

const IN_FLIGHT = 16;

export async function buildSearchIndex(site: string): Promise<{ pages: number; byKind: Record<string, number> }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const byKind: Record<string, number> = {};
  let pages = 0;
  // Preparing a page (here) and indexing it (Pagefind's own process) overlap: up to IN_FLIGHT pages are
  // with Pagefind while the next is prepared, so both cores work; waiting for each page took twice as long.
  const inFlight = new Set<Promise<void>>();
  const add = async (sitePath: string, html: string) => {
    const added = await index.addHTMLFile({ url: sitePath, content: html });
    if (added.errors.length > 0) throw new Error(`Pagefind, ${sitePath}: ${added.errors.join('; ')}`);
  };
  try {
    for (const file of globSync('**/*.html', { cwd: site }).sort()) {
      const sitePath = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
      const page = pageForIndex(sitePath, readFileSync(path.join(site, file), 'utf8'));
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
  return { pages, byKind };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = path.resolve(process.argv[2] ?? outDir);
  const { pages, byKind } = await buildSearchIndex(site);
  const kinds = Object.entries(byKind).map(([kind, n]) => `${n} ${kind.toLowerCase()}`).join(', ');
  console.log(`Pagefind đã lập chỉ mục ${pages} trang (${kinds})`);
}
