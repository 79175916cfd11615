/**
 * The build's list of preview pictures, written with the pages from the same
 * catalog and read back (then deleted) by ../preview-images.ts, which draws them.
 * It is also handed to that integration at once, if it listens in this process,
 * so drawing starts while the pages are still being rendered.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../domain/load';
import { previewImages } from '../../publish/preview-cards';

// A Symbol.for key rather than an import: the integration was loaded with the config, this route from Astro's bundle.
const START_DRAWING = Symbol.for('pbgdpl.preview-images.start');

export const GET: APIRoute = async () => {
  const images = previewImages(await getCatalog());
  const start = (globalThis as Record<symbol, unknown>)[START_DRAWING];
  if (typeof start === 'function') start(images);
  return Response.json(images);
};
