import type { APIRoute, GetStaticPaths } from 'astro';
import type { QuarterDigest } from '../../../../data/catalog';
import { PREVIEW_IMAGE, quarterPreviewCard } from '../../../../data/preview-cards';
import { renderPreviewImage } from '../../../../data/preview-image';
import { quarterRoutes } from '../../../../data/routes';
import { getCatalog } from '../../../../data/site';

export const getStaticPaths = (async () => quarterRoutes(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ digest: QuarterDigest }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(quarterPreviewCard(props.digest))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
