/** Each attached original document, copied to a stable address: /van-ban-goc/<path under content/attachments/>. */
import type { APIRoute } from 'astro';
import { staticPaths } from '../../routes/static-paths';

export const getStaticPaths = staticPaths.attachment;

export const GET: APIRoute<{ page: () => Uint8Array<ArrayBuffer> }> = ({ props }) => new Response(props.page());
