import type { APIRoute } from 'astro';
import { getCatalog } from '../../domain/load';
import { coverageDataIndex } from '../../publish/coverage-data';
import { JSON_CONTENT_TYPE } from '../../publish/open-data';

export const GET: APIRoute = async () => new Response(JSON.stringify(coverageDataIndex(await getCatalog()), null, 1), { headers: { 'Content-Type': JSON_CONTENT_TYPE } });
