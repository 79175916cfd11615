/**
 * Turns site paths (./paths.ts) into the links pages print: under the base for
 * a sub-path deployment, absolute for sharing, feeds and print. Pages import
 * `paths` from here too, so one import gives them everything about links.
 */
import { prefixBase } from './paths';

export { EDITOR_BUNDLE, pagePath, paths, segments } from './paths';

// Vite replaces import.meta.env at build time with the configured base and site. The search indexer reads
// route data in plain Node, where there is no import.meta.env; it uses paths without the base.
const BASE: string = import.meta.env?.BASE_URL ?? '/';
const SITE: string = import.meta.env?.SITE ?? 'http://localhost/';

/** Prefixes the configured base: "/ke-hoach/" → "/pbgdpl/ke-hoach/". */
export function withBase(path: string, base: string = BASE): string {
  return prefixBase(path, base);
}

/** The full address of a path, as shared, printed and put in feeds: "https://…/pbgdpl/ke-hoach/". */
export function absoluteUrl(path: string, site: string = SITE, base: string = BASE): string {
  return new URL(withBase(path, base), site).href;
}
