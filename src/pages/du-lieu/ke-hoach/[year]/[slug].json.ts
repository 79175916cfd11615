import type { APIRoute } from 'astro';
import { staticPaths } from '../../../../routes/static-paths';

export const getStaticPaths = staticPaths.planRecord;

export const GET: APIRoute<{ page: () => { body: string; type: string } }> = ({ props }) => {
  const { body, type } = props.page();
  return new Response(body, { headers: { 'Content-Type': type } });
};
