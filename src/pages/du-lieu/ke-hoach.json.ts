import type { APIRoute } from 'astro';
import { JSON_CONTENT_TYPE, plansIndex } from '../../publish/open-data';
import { getCatalog } from '../../domain/load';

export const GET: APIRoute = async () => new Response(JSON.stringify(plansIndex(await getCatalog()), null, 1), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
