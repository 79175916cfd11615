import type { APIRoute, GetStaticPaths } from 'astro';
import type { Topic } from '../../../../../domain/catalog';
import { PREVIEW_IMAGE, topicPreviewCard } from '../../../../../publish/preview-cards';
import { renderPreviewImage } from '../../../../../publish/preview-image';
import { topicPaths } from '../../../../../routes/topic';
import { getCatalog } from '../../../../../domain/load';

export const getStaticPaths = (async () => topicPaths(await getCatalog())) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: Topic }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(topicPreviewCard(props.topic))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
