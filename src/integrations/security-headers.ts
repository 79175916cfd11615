/** Writes `_headers` into the built site, so Netlify-style hosts send the security headers. */
import { writeFile } from 'node:fs/promises';
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
        await writeFile(file, headersFile(base, paths.editor(), editorContentSecurityPolicy(editorBackend().apiRoot)));
        published.record(file);
      },
    },
  };
}
