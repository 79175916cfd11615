/** Writes `_headers` into the built site, so Netlify-style hosts send the security headers. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../config/security';

export default function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'pbgdpl-security-headers',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
