import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../domain/load';
import { ATOM_CONTENT_TYPE } from '../../../lib/atom';
import { agencyFeedXml } from '../../../publish/agency-feeds';
import { tasksOfAgencies } from '../../../routes/agencies';

export const getStaticPaths = (async () =>
  [...tasksOfAgencies(await getCatalog()).values()].map((entry) => ({ params: { id: entry.agency.id }, props: { xml: agencyFeedXml(entry) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ xml: string }> = ({ props }) => new Response(props.xml, { headers: { 'Content-Type': ATOM_CONTENT_TYPE } });
