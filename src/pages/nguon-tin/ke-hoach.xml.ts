import type { APIRoute } from 'astro';
import { plansFeedXml } from '../../data/feeds';
import { getCatalog } from '../../data/site';
import { ATOM_CONTENT_TYPE } from '../../lib/atom';

export const GET: APIRoute = async () => new Response(plansFeedXml(await getCatalog()), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
