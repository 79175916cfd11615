import type { APIRoute, GetStaticPaths } from 'astro';
import type { QuarterDigest } from '../../../../data/catalog';
import { PREVIEW_IMAGE, quarterPreviewCard } from '../../../../data/preview-cards';
import { renderPreviewImage } from '../../../../data/preview-image';
import { getCatalog } from '../../../../data/site';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.quarters.map((digest) => ({
    params: { year: String(digest.quarter.year), quarter: `quy-${digest.quarter.quarter}` },
    props: { digest },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ digest: QuarterDigest }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewImage(quarterPreviewCard(props.digest))), { headers: { 'Content-Type': PREVIEW_IMAGE.type } });
