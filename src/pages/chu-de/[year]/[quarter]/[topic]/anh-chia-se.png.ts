import type { APIRoute, GetStaticPaths } from 'astro';
import type { Topic } from '../../../../../data/catalog';
import { PREVIEW_IMAGE, topicPreviewCard } from '../../../../../data/preview-cards';
import { renderPreviewImage } from '../../../../../data/preview-image';
import { topicRoutes } from '../../../../../data/routes';
import { getCatalog } from '../../../../../data/site';

export const getStaticPaths = (async () => topicRoutes(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(topicPreviewCard(props.topic))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
