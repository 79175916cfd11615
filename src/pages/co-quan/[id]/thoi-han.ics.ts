import type { APIRoute } from 'astro';
import { CALENDAR_CONTENT_TYPE } from '../../../publish/ical';
import { staticPaths } from '../../../routes/static-paths';

export const getStaticPaths = staticPaths.agencyCalendar;

export const GET: APIRoute<{ page: () => string }> = ({ props }) => new Response(props.page(), { headers: { 'Content-Type': CALENDAR_CONTENT_TYPE } });
