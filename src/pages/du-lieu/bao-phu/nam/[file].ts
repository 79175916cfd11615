/** A year's coverage as JSON (<year>.json) and CSV (<year>.csv). */
import type { APIRoute } from 'astro';
import { staticPaths } from '../../../../routes/static-paths';

export const getStaticPaths = staticPaths.yearCoverageFile;

export const GET: APIRoute<{ body: string; type: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
