/**
 * Prepares pages for the search index in a worker thread (src/search/build-index.ts runs one per core):
 * reading a built page and writing what Pagefind indexes is most of the indexer's own work, a few
 * milliseconds a page, so at national scale it is spread over every core.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageForIndex } from './page-html';

export interface PagesToPrepare {
  site: string;
  /** The cache folder of prepared records. */
  cache: string;
  pages: { file: string; sitePath: string; key: string }[];
}

export interface PreparedRecord {
  /** A hash of the record: what the page gives the index. */
  recordHash: string;
  /** Whether the record was made now rather than read from the cache. */
  prepared: boolean;
}

export const preparedFile = (cache: string, key: string) => path.join(cache, `${key}.json`);

/** Writes under a temporary name first, so that a stopped build never leaves half a file. */
export function writeAtomically(file: string, text: string): void {
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/**
 * Prepares each page unless its record is stored already, and names the record by its content: a change
 * to a page that does not reach the index (a listing, the site's header, a new script bundle) leaves it as it was.
 */
export default function preparePages({ site, cache, pages }: PagesToPrepare): PreparedRecord[] {
  return pages.map((page) => {
    let record: string;
    let prepared = false;
    try {
      record = readFileSync(preparedFile(cache, page.key), 'utf8');
    } catch {
      record = JSON.stringify(pageForIndex(page.sitePath, readFileSync(path.join(site, page.file), 'utf8')) ?? null);
      writeAtomically(preparedFile(cache, page.key), record);
      prepared = true;
    }
    return { recordHash: createHash('sha256').update(record).digest('base64url'), prepared };
  });
}
