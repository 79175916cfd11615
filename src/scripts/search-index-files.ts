/**
 * The search index's files over the network, as the search page reads them:
 * the manifest revalidated on every visit, since it names this build's
 * directory; each directory shard under that name, so a kept copy never
 * outlives a deploy, and each title list too; a plan's stored page unpacked from Pagefind's fragment.
 */
import { FRAGMENT_PREFIX, type DirectoryShard } from '../search/directory';
import { searchIndexFiles } from '../lib/paths';
import type { IndexManifest } from '../search/index-layout';
import type { StoredPage } from '../search/match';
import type { TitleEntry } from '../search/title-lists';
import type { IndexFiles, PagefindModule } from './search-engine';

/** The files of the primary index at `root` ("/pagefind/" under the site's base) and of its parts. */
export function indexFilesAt(root: string): IndexFiles {
  return {
    manifest: () =>
      fetch(`${root}${searchIndexFiles.manifest}`, { cache: 'no-cache' }).then((response) => {
        if (!response.ok) throw new Error(`${searchIndexFiles.manifest}: HTTP ${response.status}`);
        return response.json() as Promise<IndexManifest>;
      }),
    shard: (n, version) =>
      fetch(`${root}${searchIndexFiles.directoryShard(n)}?v=${version}`).then((response) => {
        if (!response.ok) throw new Error(`${searchIndexFiles.directoryShard(n)}: HTTP ${response.status}`);
        return response.json() as Promise<DirectoryShard>;
      }),
    titleList: (name, version) =>
      fetch(`${root}${searchIndexFiles.titleList(name)}?v=${version}`).then((response) => {
        if (!response.ok) throw new Error(`${searchIndexFiles.titleList(name)}: HTTP ${response.status}`);
        return response.json() as Promise<TitleEntry[]>;
      }),
    fragment: async (part, fragment) => {
      const url = `${root}${part}fragment/${FRAGMENT_PREFIX}${fragment}.pf_fragment`;
      const response = await fetch(url);
      if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
      // Pagefind's files open with a signature before their JSON.
      return JSON.parse(new TextDecoder().decode(bytes.subarray('pagefind_dcd'.length))) as StoredPage;
    },
    pagefind: () => import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<PagefindModule>,
  };
}
