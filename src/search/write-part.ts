/**
 * Writes one part of the search index with a Pagefind process of its own, in a worker thread
 * (src/search/build-index.ts runs one per core): Pagefind takes in a part's records on about one
 * core, so two parts written side by side take half the time of one after the other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { CHUNK_WORD_POSITIONS } from '../config/search-index';
import { FRAGMENT_PREFIX } from './directory';
import type { PagefindRecord } from './pagefind-record';

export interface PartToWrite {
  records: PagefindRecord[];
  /** The folder Pagefind writes the index into. */
  target: string;
}

/** Records with Pagefind at a time: enough that its process never waits for the next. */
const IN_FLIGHT = 16;

/** Pagefind's fragment names by page path, read from a written index. */
function fragmentNames(index: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const file of readdirSync(path.join(index, 'fragment'))) {
    const data = gunzipSync(readFileSync(path.join(index, 'fragment', file)));
    const { url } = JSON.parse(data.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string };
    names[url] = file.replace(/\.pf_fragment$/, '').slice(FRAGMENT_PREFIX.length);
  }
  return names;
}

/** Indexes the records into `target` and names the fragment of each page. */
export default async function writePart({ records, target }: PartToWrite): Promise<Record<string, string>> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_WORD_POSITIONS);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const inFlight = new Set<Promise<void>>();
    for (const record of records) {
      const adding: Promise<void> = index.addCustomRecord(record).then((added) => {
        if (added.errors.length > 0) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
      });
      const tracked = adding.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    // Ends the Pagefind process, and with it the memory this part took.
    await pagefind.close();
  }
  return fragmentNames(target);
}
