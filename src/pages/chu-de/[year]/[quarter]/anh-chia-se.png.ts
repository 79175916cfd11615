import type { APIRoute, GetStaticPaths } from 'astro';
import type { QuarterDigest } from '../../../../domain/catalog';
import { PREVIEW_IMAGE, quarterPreviewCard } from '../../../../publish/preview-cards';
import { renderPreviewImage } from '../../../../publish/preview-image';
import { quarterPaths } from '../../../../routes/quarter';
import { getCatalog } from '../../../../domain/load';

export const getStaticPaths = (async () => quarterPaths(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ digest: QuarterDigest }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(quarterPreviewCard(props.digest))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
