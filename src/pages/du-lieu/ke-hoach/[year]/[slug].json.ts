import type { APIRoute } from 'astro';
import type { Plan } from '../../../../domain/catalog';
import { JSON_CONTENT_TYPE, planRecord } from '../../../../publish/open-data';
import { staticPaths } from '../../../../routes/static-paths';

export const getStaticPaths = staticPaths.planRecord;

export const GET: APIRoute<{ plan: Plan }> = ({ props }) => new Response(JSON.stringify(planRecord(props.plan), null, 2), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
