/** A legal document's coverage as JSON (<id>.json) and CSV (<id>.csv). */
import type { APIRoute } from 'astro';
import { staticPaths } from '../../../../routes/static-paths';

export const getStaticPaths = staticPaths.documentCoverageFile;

export const GET: APIRoute<{ body: string; type: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
