/** Writes `_headers` into the built site, so Netlify-style hosts send the security headers. */
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { editorBackend } from '../config/editor';
import { editorContentSecurityPolicy, headersFile } from '../config/security';
import { paths } from '../lib/paths';
import type { PublishedFiles } from './published-files';

export default function securityHeadersIntegration(published: PublishedFiles): AstroIntegration {
  let base = '/';
  return {
    name: 'pbgdpl-security-headers',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        const entries = (await readdir(dir, { withFileTypes: true }))
          .filter((entry) => entry.name !== '_headers')
          .map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        // The search index is written after this step, so a cold build does not find its folder yet.
        const searchIndex = paths.searchIndex().replace(/\//g, '');
        if (!entries.some((entry) => entry.name === searchIndex)) entries.push({ name: searchIndex, folder: true });
        const editorFolder = paths.editor().replace(/\//g, '');
        await writeFile(file, headersFile(base, entries, editorFolder, editorContentSecurityPolicy(editorBackend().apiRoot)));
        published.record(file);
      },
    },
  };
}
