import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../../data/catalog';
import { planPreviewCard, PREVIEW_IMAGE } from '../../../../data/preview-cards';
import { renderPreviewImage } from '../../../../data/preview-image';
import { getCatalog } from '../../../../data/site';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return [...catalog.plans.values()].map((plan) => {
    const [year, slug] = plan.id.split('/');
    return { params: { year, slug }, props: { plan } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(planPreviewCard(props.plan))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
