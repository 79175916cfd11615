import type { APIRoute, GetStaticPaths } from 'astro';
import type { Plan } from '../../../../domain/catalog';
import { JSON_CONTENT_TYPE, planRecord } from '../../../../publish/open-data';
import { planPaths } from '../../../../routes/plan';
import { getCatalog } from '../../../../domain/load';

export const getStaticPaths = (async () => planPaths(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) => new Response(JSON.stringify(planRecord(props.plan), null, 2), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
