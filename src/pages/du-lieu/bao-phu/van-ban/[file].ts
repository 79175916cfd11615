/** A legal document's coverage as JSON (<id>.json) and CSV (<id>.csv). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { coverageOf } from '../../../../domain/coverage';
import { getCatalog } from '../../../../domain/load';
import { CSV_CONTENT_TYPE, documentCoverageCsv, documentCoverageRecord } from '../../../../publish/coverage-data';
import { JSON_CONTENT_TYPE } from '../../../../publish/open-data';

export const getStaticPaths = (async () =>
  [...coverageOf(await getCatalog()).directives.values()].flatMap((c) => [
    { params: { file: `${c.document.id}.json` }, props: { body: JSON.stringify(documentCoverageRecord(c), null, 1), type: JSON_CONTENT_TYPE } },
    { params: { file: `${c.document.id}.csv` }, props: { body: documentCoverageCsv(c), type: CSV_CONTENT_TYPE } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; type: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
