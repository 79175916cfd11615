/**
 * Turns the old paths that entries list in `redirectFrom` into Astro redirects.
 * The config is read before content collections load, so this reads the
 * content files itself, with the checker's parser. Entries that do not parse
 * are skipped here: the collection schemas fail the build on them anyway.
 */
import type { AstroIntegration } from 'astro';
import { parseContent } from '../data/content-check';
import { readContentFiles } from '../data/content-files';
import { astroRedirects, contentRedirects } from '../data/redirects';
import { contentDir } from '../lib/content-dir';

export default function redirectsIntegration(): AstroIntegration {
  return {
    name: 'pbgdpl-redirects',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        const { raw } = parseContent(readContentFiles(contentDir()));
        const redirects = contentRedirects(raw);
        if (redirects.length > 0) logger.info(`${redirects.length} địa chỉ cũ chuyển tới trang mới`);
        updateConfig({ redirects: astroRedirects(redirects) });
      },
    },
  };
}
