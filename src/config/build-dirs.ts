/**
 * Where a build writes and caches, from the environment so that tests and the
 * benchmark can build other content side by side. Read by astro.config.mjs and
 * by build-time code that keeps its own cache (preview images).
 */
import path from 'node:path';

export const outDir = process.env.PBGDPL_OUT_DIR ?? './dist';
/** Astro's own default; the deploy recipes keep this folder between builds (preview images, content store, incremental build). */
export const DEFAULT_CACHE_DIR = 'node_modules/.astro';
export const PREVIEW_IMAGES = 'preview-images';
export const cacheDir = process.env.PBGDPL_CACHE_DIR ?? `./${DEFAULT_CACHE_DIR}`;
export const previewImageCacheDir = path.resolve(cacheDir, PREVIEW_IMAGES);
