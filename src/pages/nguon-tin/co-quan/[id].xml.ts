import type { APIRoute } from 'astro';
import { ATOM_CONTENT_TYPE } from '../../../lib/atom';
import { staticPaths } from '../../../routes/static-paths';

export const getStaticPaths = staticPaths.agencyFeed;

export const GET: APIRoute<{ body: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
