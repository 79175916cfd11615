/**
 * A page's cacheKey for Astro's incremental build (experimental.incrementalBuild
 * in astro.config.mjs): a hash of the data the page renders from. Astro skips
 * a page whose key and code are both unchanged since the last build and keeps
 * its earlier output; so the key must change whenever anything the page shows
 * changes, and should stay put otherwise.
 *
 * Route data holds the catalog's entries themselves, a graph with cycles (a
 * plan's related plans list it back). An entry met in the data is written with
 * its own fields, and the entries those name with theirs; an entry two steps
 * away is written as its id. No page reads deeper: a plan page shows a related
 * plan's issuer's name, a listing shows a task's plan's number. A plan's body
 * is not in the catalog, so a plan is written with the hash of its file.
 *
 * Agencies, provinces, themes and legal documents change rarely and are shown
 * everywhere, so every key also holds a hash of all of them, and of the names
 * of the content's images: editing one of them renders every page again,
 * editing a plan only the pages that show it.
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../domain/catalog-model';
import { listImages } from '../domain/images';

/** How many entries deep the data is written before an entry becomes its id. */
const ENTRY_DEPTH = 2;

type Kind = 'province' | 'agency' | 'theme' | 'legalDocument' | 'plan' | 'topic' | 'news';

/** One build's catalog, seen as keys: which object is which entry, and each entry's hash once computed. */
class Keyer {
  readonly kindOf = new Map<object, Kind>();
  /** Per depth: an entry's hash with its named entries written `depth - 1` deep. Most entries appear on many pages. */
  readonly #entryHashes: Map<object, string>[] = [];
  readonly reference: string;

  constructor(catalog: Catalog) {
    const collections: [Kind, Map<string, object>][] = [
      ['province', catalog.provinces],
      ['agency', catalog.agencies],
      ['theme', catalog.themes],
      ['legalDocument', catalog.legalDocuments],
      ['plan', catalog.plans],
      ['topic', catalog.topics],
      ['news', catalog.news],
    ];
    for (const [kind, entries] of collections) for (const entry of entries.values()) this.kindOf.set(entry, kind);
    // The images under content/images/ too: a `.md` body's image is checked when its page renders, so removing one must render the pages again.
    this.reference = hash(this.serialize([collections.slice(0, 4).map(([, entries]) => [...entries.values()]), [...listImages()].sort()], 1));
  }

  /** JSON-like text of `value`; an entry met with `depth` 0 left is written as its kind and id. */
  serialize(value: unknown, depth: number): string {
    const parts: string[] = [];
    const write = (v: unknown): void => {
      if (v === null || v === undefined) {
        parts.push('null');
      } else if (typeof v === 'string') {
        parts.push(JSON.stringify(v));
      } else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') {
        parts.push(String(v));
      } else if (v instanceof Date) {
        parts.push(`D${v.getTime()}`);
      } else if (typeof v === 'function' || typeof v === 'symbol') {
        parts.push('f');
      } else if (Array.isArray(v) || v instanceof Set) {
        parts.push('[');
        for (const item of v) {
          write(item);
          parts.push(',');
        }
        parts.push(']');
      } else if (v instanceof Map) {
        write([...v.entries()]);
      } else if (this.kindOf.has(v)) {
        parts.push(depth > 0 ? `#${this.entryHash(v, depth)}` : `@${this.kindOf.get(v)}:${String((v as { id: unknown }).id)}`);
      } else {
        const object = v as Record<string, unknown>;
        parts.push('{');
        for (const key of Object.keys(object)) {
          parts.push(JSON.stringify(key), ':');
          write(object[key]);
          parts.push(',');
        }
        parts.push('}');
      }
    };
    write(value);
    return parts.join('');
  }

  entryHash(entry: object, depth: number): string {
    const hashes = (this.#entryHashes[depth] ??= new Map());
    let h = hashes.get(entry);
    if (h === undefined) {
      const own = Object.fromEntries(Object.entries(entry));
      h = hash(`${this.kindOf.get(entry)}${this.serialize(own, depth - 1)}`);
      hashes.set(entry, h);
    }
    return h;
  }
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url');

const keyers = new WeakMap<Catalog, Keyer>();

/** The cacheKey of a page rendered from `data` with `catalog`. */
export function pageCacheKey(catalog: Catalog, data: unknown): string {
  let keyer = keyers.get(catalog);
  if (!keyer) keyers.set(catalog, (keyer = new Keyer(catalog)));
  return hash(keyer.reference + keyer.serialize(data, ENTRY_DEPTH));
}
