/** Each attached original document, copied to a stable address: /van-ban-goc/<path under content/attachments/>. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readAttachment } from '../../publish/attachments';
import { getCatalog } from '../../domain/load';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return [...catalog.plans.values()].flatMap((plan) => plan.attachments.map((a) => ({ params: { file: a.file }, props: { planId: plan.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => new Response(new Uint8Array(readAttachment(params.file!, props.planId as string)));
