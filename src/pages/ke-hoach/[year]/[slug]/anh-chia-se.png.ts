import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../../data/catalog';
import { planPreviewCard, PREVIEW_IMAGE } from '../../../../data/preview-cards';
import { renderPreviewImage } from '../../../../data/preview-image';
import { planRoutes } from '../../../../data/routes';
import { getCatalog } from '../../../../data/site';

export const getStaticPaths = (async () => planRoutes(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(planPreviewCard(props.plan))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
