import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../../data/catalog';
import { JSON_CONTENT_TYPE, planRecord } from '../../../../data/open-data';
import { planRoutes } from '../../../../data/routes';
import { getCatalog } from '../../../../data/site';

export const getStaticPaths = (async () => planRoutes(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) => new Response(JSON.stringify(planRecord(props.plan), null, 2), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
