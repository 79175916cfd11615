/**
 * A content loader that keeps only each file's frontmatter in Astro's content
 * store. Astro's glob loader also stores every rendered body, and the whole
 * store becomes one module string: at 50,000 plans that string is larger than
 * V8 allows and the build fails. Plan pages render their own body from the
 * file instead (src/loaders/entry-body.ts).
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
    load: async ({ store, parseData, generateDigest }) => {
      const seen = new Map<string, string>();
      const pattern = options.extensions.length === 1 ? `**/*${options.extensions[0]}` : `**/*{${options.extensions.join(',')}}`;
      for (const relative of globSync(pattern, { cwd: options.base })) {
        const absolute = path.join(options.base, relative);
        const text = readFileSync(absolute, 'utf8');
        const extension = path.extname(relative);
        const id = relative.split(path.sep).join('/').slice(0, -extension.length);
        const filePath = path.relative(process.cwd(), absolute).split(path.sep).join('/');
        const other = seen.get(id);
        if (other) throw new Error(`Hai tệp cùng mã ${id}: ${other} và ${filePath}. Giữ một tệp, .md hoặc .mdx`);
        seen.set(id, filePath);
        const deferredRender = extension === '.mdx';
        const digest = generateDigest(text);
        const stored = store.get(id);
        if (stored?.digest === digest && stored.filePath === filePath) {
          if (deferredRender) store.addModuleImport(filePath);
          continue;
        }
        const { frontmatter } = splitFrontmatter(text);
        const data = await parseData({ id, data: parse(frontmatter ?? '', { schema: 'core' }) ?? {}, filePath });
        store.set({ id, data, filePath, digest, ...(deferredRender ? { deferredRender } : {}) });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
