import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../../data/catalog';
import { JSON_CONTENT_TYPE, planRecord } from '../../../../data/open-data';
import { getCatalog } from '../../../../data/site';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return [...catalog.plans.values()].map((plan) => {
    const [year, slug] = plan.id.split('/');
    return { params: { year, slug }, props: { plan } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) => new Response(JSON.stringify(planRecord(props.plan), null, 2), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
