import type { APIRoute } from 'astro';
import { ATOM_CONTENT_TYPE } from '../../lib/atom';
import { pageData } from '../../routes/page-data';

export const GET: APIRoute = async () => new Response(await pageData.plansFeed(), { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
