import type { APIRoute } from 'astro';
import { JSON_CONTENT_TYPE } from '../../publish/open-data';
import { pageData } from '../../routes/page-data';

export const GET: APIRoute = async () => new Response(await pageData.coverageIndex(), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
