/**
 * Builds the Pagefind index right after Astro writes the site, so that
 * `astro build` alone yields a searchable site. The indexer runs in its own
 * Node process: Astro's pages and Pagefind's index are never in memory together.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INDEXER = fileURLToPath(new URL('../search/build-index.ts', import.meta.url));

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pbgdpl-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const output = await new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', INDEXER, fileURLToPath(dir)], { stdio: ['ignore', 'pipe', 'inherit'] });
          let out = '';
          child.stdout.on('data', (d) => (out += d));
          child.on('error', reject);
          child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`Pagefind: trình lập chỉ mục dừng với mã ${code}`))));
        });
        logger.info(output);
      },
    },
  };
}
