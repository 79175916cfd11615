import type { APIRoute } from 'astro';
import { JSON_CONTENT_TYPE } from '../../publish/open-data';
import { pageData } from '../../routes/page-data';

export const GET: APIRoute = async ({ site }) => new Response(await pageData.editorSetup(site?.href), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
