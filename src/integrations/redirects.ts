/**
 * Turns the old paths that entries list in `redirectFrom` into Astro redirects:
 * a static build writes a small page at each old path that forwards to the new
 * one, on any host. It also writes `_redirects`, from which Netlify-style hosts
 * answer the old path with a real 301, and forward a renamed legal document's
 * data files too.
 *
 * The config is read before content collections load, so this reads the
 * content files itself, with the checker's parser, but parses only the files
 * that name an old path: parsing them all here cost seconds at every start of
 * `npm run dev` and every build of a large corpus (bench/README.md). Entries that do not parse
 * are skipped here: the collection schemas fail the build on them anyway.
 */
import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseContent } from '../editor-tools/content-check';
import { readContentFiles } from '../editor-tools/content-files';
import { contentRedirects, dataFileRedirects, type Redirect } from '../publish/redirects';
import { contentDir } from '../lib/content-dir';
import { prefixBase } from '../lib/paths';
import type { PublishedFiles } from './published-files';

export default function redirectsIntegration(published: PublishedFiles): AstroIntegration {
  let redirects: Redirect[] = [];
  let base = '/';
  return {
    name: 'pbgdpl-redirects',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        base = config.base;
        const naming = readContentFiles(contentDir(), { containing: 'redirectFrom' });
        redirects = contentRedirects(parseContent(naming, { checkReferences: false }).raw);
        if (redirects.length > 0) logger.info(`${redirects.length} địa chỉ cũ chuyển tới trang mới`);
        // Astro puts the base before the old path but not before the destination.
        updateConfig({ redirects: Object.fromEntries(redirects.map((r) => [r.from, prefixBase(r.to, base)])) });
      },
      'astro:build:done': async ({ dir }) => {
        if (redirects.length === 0) return;
        const site = fileURLToPath(dir);
        const moved = dataFileRedirects(redirects, (sitePath) => existsSync(path.join(site, sitePath)));
        const lines = [...redirects, ...moved].map((r) => `${prefixBase(r.from, base)} ${prefixBase(r.to, base)} 301\n`);
        const file = fileURLToPath(new URL('_redirects', dir));
        await writeFile(file, lines.join(''));
        published.record(file);
      },
    },
  };
}
