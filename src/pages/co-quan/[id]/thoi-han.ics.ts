import type { APIRoute, GetStaticPaths } from 'astro';
import type { AgencyTasks } from '../../../domain/agency-tasks';
import { getCatalog } from '../../../domain/load';
import { agencyCalendar, CALENDAR_CONTENT_TYPE } from '../../../publish/ical';
import { tasksOfAgencies } from '../../../routes/agencies';

export const getStaticPaths = (async () =>
  [...tasksOfAgencies(await getCatalog()).values()].map((entry) => ({ params: { id: entry.agency.id }, props: { entry } }))) satisfies GetStaticPaths;

// Written when its route renders, so the build never holds every agency's calendar at once.
export const GET: APIRoute<{ entry: AgencyTasks }> = ({ props }) =>
  new Response(agencyCalendar(props.entry), { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
