import type { APIRoute } from 'astro';
import { JSON_CONTENT_TYPE, plansIndex } from '../../data/open-data';
import { getCatalog } from '../../data/site';

export const GET: APIRoute = async () => new Response(JSON.stringify(plansIndex(await getCatalog()), null, 1), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
