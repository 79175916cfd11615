/**
 * The dev server's preview pictures, drawn when a page's og:image is asked
 * for. A build has no such route: it draws every picture in worker threads
 * once the pages are written (../preview-images.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../domain/load';
import { PREVIEW_IMAGE, previewImages, type PreviewCard } from '../../publish/preview-cards';
import { renderPreviewImage } from '../../publish/preview-image';

const FILE_NAME = '/anh-chia-se.png';

export const getStaticPaths = (async () =>
  previewImages(await getCatalog()).map(({ path, card }) => ({
    // The site's own picture sits at the root, where the rest parameter is empty.
    params: { dir: path === FILE_NAME ? undefined : path.slice(1, -FILE_NAME.length) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(props.card)), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
