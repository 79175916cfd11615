/**
 * The build's list of preview pictures, written with the pages from the same
 * catalog and read back (then deleted) by ../preview-images.ts, which draws them.
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../domain/load';
import { previewImages } from '../../publish/preview-cards';

export const GET: APIRoute = async () => Response.json(previewImages(await getCatalog()));
