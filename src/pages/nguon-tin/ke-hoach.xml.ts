import type { APIRoute } from 'astro';
import { plansFeedXml } from '../../publish/feeds';
import { getCatalog } from '../../domain/load';
import { ATOM_CONTENT_TYPE } from '../../lib/atom';

export const GET: APIRoute = async () => new Response(plansFeedXml(await getCatalog()), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
