import type { APIRoute } from 'astro';
import { PREVIEW_IMAGE, sitePreviewCard } from '../publish/preview-cards';
import { renderPreviewImage } from '../publish/preview-image';

/** The preview of every page that has none of its own. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderPreviewImage(sitePreviewCard())), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
