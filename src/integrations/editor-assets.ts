/**
 * Puts Decap CMS's prebuilt bundle beside the web editor's page
 * (/quan-tri/decap/), as published files of this build, and serves it there
 * in the dev server. The bundle loads its chunks from its own folder, so it
 * is copied whole (without source maps) rather than passed through Vite, and
 * no other page ever references it.
 */
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { baseFolder, paths } from '../lib/paths';
import { serveFiles } from './dev-files';
import type { PublishedFiles } from './published-files';

const require = createRequire(import.meta.url);
const decapDist = () => path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
/** The bundle's folder in the site, and the same without the leading slash (a folder of the build's output). */
const PREFIX = paths.editorAsset('');
const FOLDER = PREFIX.slice(1);
const SHIPPED = /\.(js|wasm|txt)$/;
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8' };

export default function editorAssetsIntegration(published: PublishedFiles): AstroIntegration {
  let base = '/';
  return {
    name: 'pbgdpl-editor-assets',
    hooks: {
      'astro:config:setup': ({ config }) => {
        base = baseFolder(config.base);
      },
      'astro:server:setup': ({ server }) =>
        serveFiles(server, base, (sitePath) => {
          const name = sitePath.startsWith(PREFIX) ? sitePath.slice(PREFIX.length) : '';
          if (!name || name.includes('/') || !SHIPPED.test(name)) return undefined;
          return { file: path.join(decapDist(), name), type: TYPES[path.extname(name)]! };
        }),
      'astro:build:done': async ({ dir }) => {
        const target = path.join(fileURLToPath(dir), FOLDER);
        await mkdir(target, { recursive: true });
        const names = (await readdir(decapDist())).filter((name) => SHIPPED.test(name));
        await Promise.all(
          names.map(async (name) => {
            await copyFile(path.join(decapDist(), name), path.join(target, name));
            published.record(path.join(target, name));
          }),
        );
      },
    },
  };
}
