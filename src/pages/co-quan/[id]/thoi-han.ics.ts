import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../domain/load';
import { agencyCalendar, CALENDAR_CONTENT_TYPE } from '../../../publish/ical';
import { tasksOfAgencies } from '../../../routes/agencies';

export const getStaticPaths = (async () =>
  [...tasksOfAgencies(await getCatalog()).values()].map((entry) => ({ params: { id: entry.agency.id }, props: { ics: agencyCalendar(entry) } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ ics: string }> = ({ props }) => new Response(props.ics, { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
