import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../../lib/urls';
import { JSON_CONTENT_TYPE } from '../../publish/open-data';
import { pageData } from '../../routes/page-data';

export const GET: APIRoute = async () =>
  new Response(await pageData.editorSetup(absoluteUrl(paths.home())), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
