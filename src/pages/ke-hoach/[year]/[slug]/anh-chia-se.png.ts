import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../../domain/catalog';
import { planPreviewCard, PREVIEW_IMAGE } from '../../../../publish/preview-cards';
import { renderPreviewImage } from '../../../../publish/preview-image';
import { planPaths } from '../../../../routes/plan';
import { getCatalog } from '../../../../domain/load';

export const getStaticPaths = (async () => planPaths(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(planPreviewCard(props.plan))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
