/**
 * A content loader that keeps only each file's frontmatter in Astro's content
 * store. Astro's glob loader also stores every rendered body, and the whole
 * store becomes one module string: at 50,000 plans that string is larger than
 * V8 allows and the build fails. Plan pages render their own body from the
 * file instead (src/loaders/plan-body.ts).
 *
 * YAML is read with the 1.2 core schema, like the content checker, so dates
 * reach the schema as written and an impossible one is refused, not rolled over.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/frontmatter';

export function frontmatterLoader(options: { base: string; extension: string }): Loader {
  return {
    name: 'pbgdpl-frontmatter',
    load: async ({ store, parseData, generateDigest }) => {
      const seen = new Set<string>();
      for (const relative of globSync(`**/*${options.extension}`, { cwd: options.base })) {
        const absolute = path.join(options.base, relative);
        const text = readFileSync(absolute, 'utf8');
        const id = relative.split(path.sep).join('/').slice(0, -options.extension.length);
        const filePath = path.relative(process.cwd(), absolute);
        seen.add(id);
        const digest = generateDigest(text);
        if (store.get(id)?.digest === digest) continue;
        const { frontmatter } = splitFrontmatter(text);
        const data = await parseData({ id, data: parse(frontmatter ?? '', { schema: 'core' }) ?? {}, filePath });
        store.set({ id, data, filePath, digest });
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}
