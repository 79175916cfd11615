import type { APIRoute, GetStaticPaths } from 'astro';
import { themeFeedsXml } from '../../../publish/feeds';
import { getCatalog } from '../../../domain/load';
import { ATOM_CONTENT_TYPE } from '../../../lib/atom';

export const getStaticPaths = (async () => themeFeedsXml(await getCatalog()).map(({ id, xml }) => ({ params: { id }, props: { xml } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) => new Response(props.xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
