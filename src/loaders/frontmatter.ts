/**
 * A content loader that keeps only each file's frontmatter in Astro's content
 * store. Astro's glob loader also stores every rendered body, and the whole
 * store becomes one module string: at 50,000 plans that string is larger than
 * V8 allows and the build fails. Plan pages render their own body from the
 * file instead (src/routes/entry-body.ts).
 *
 * An `.mdx` file is stored the way Astro's glob loader stores one, with its
 * path and `deferredRender`: Astro's MDX content type then compiles that one
 * file as its own module, and render(entry) returns its Content component.
 * `.md` files are never compiled as modules, so they stay on the fast path.
 * Compiling MDX ourselves at page build (@mdx-js/mdx or satteri's evaluate)
 * would duplicate what Astro's MDX integration already does — the site's
 * Markdown features and heading rule, the JSX renderer, style propagation —
 * and deferredRender costs the store only a path.
 *
 * YAML is read with the 1.2 core schema, like the content checker, so dates
 * reach the schema as written and an impossible one is refused, not rolled over.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter';

export function frontmatterLoader(options: { base: string; extensions: readonly string[] }): Loader {
  return {
    name: 'pbgdpl-frontmatter',
    load: async ({ store, parseData, generateDigest, watcher, logger }) => {
      const base = path.resolve(options.base);
      const idOf = (relative: string) => relative.split(path.sep).join('/').slice(0, -path.extname(relative).length);
      const isEntry = (relative: string) => !relative.startsWith('..') && !path.isAbsolute(relative) && options.extensions.includes(path.extname(relative));

      async function sync(relative: string): Promise<void> {
        const absolute = path.join(base, relative);
        const text = readFileSync(absolute, 'utf8');
        const id = idOf(relative);
        const filePath = path.relative(process.cwd(), absolute).split(path.sep).join('/');
        const deferredRender = path.extname(relative) === '.mdx';
        const digest = generateDigest(text);
        const stored = store.get(id);
        if (stored?.digest === digest && stored.filePath === filePath) {
          if (deferredRender) store.addModuleImport(filePath);
          return;
        }
        const { frontmatter } = splitFrontmatter(text);
        const data = await parseData({ id, data: parse(frontmatter ?? '', { schema: 'core' }) ?? {}, filePath });
        store.set({ id, data, filePath, digest, ...(deferredRender ? { deferredRender } : {}) });
      }

      const seen = new Map<string, string>();
      const pattern = options.extensions.length === 1 ? `**/*${options.extensions[0]}` : `**/*{${options.extensions.join(',')}}`;
      for (const relative of globSync(pattern, { cwd: base })) {
        const id = idOf(relative);
        const file = path.relative(process.cwd(), path.join(base, relative));
        const other = seen.get(id);
        if (other) throw new Error(`Hai tệp cùng mã ${id}: ${other} và ${file}. Giữ một tệp, .md hoặc .mdx`);
        seen.set(id, file);
        await sync(relative);
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      // The dev server: an edited, added or removed file updates its entry, so the preview follows the editor without a restart.
      if (!watcher) return;
      watcher.add(base);
      const onChange = async (changed: string) => {
        const relative = path.relative(base, changed);
        if (!isEntry(relative)) return;
        try {
          await sync(relative);
          logger.info(`Đã đọc lại ${relative}`);
        } catch (error) {
          logger.error(`Không đọc lại được ${relative}: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (removed: string) => {
        const relative = path.relative(base, removed);
        if (isEntry(relative)) store.delete(idOf(relative));
      });
    },
  };
}
