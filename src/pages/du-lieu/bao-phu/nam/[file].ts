/** A year's coverage as JSON (<year>.json) and CSV (<year>.csv). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { coverageOf } from '../../../../domain/coverage';
import { getCatalog } from '../../../../domain/load';
import { CSV_CONTENT_TYPE, yearCoverageCsv, yearCoverageRecord } from '../../../../publish/coverage-data';
import { JSON_CONTENT_TYPE } from '../../../../publish/open-data';

export const getStaticPaths = (async () =>
  [...coverageOf(await getCatalog()).years.values()].flatMap((c) => [
    { params: { file: `${c.year}.json` }, props: { body: JSON.stringify(yearCoverageRecord(c), null, 1), type: JSON_CONTENT_TYPE } },
    { params: { file: `${c.year}.csv` }, props: { body: yearCoverageCsv(c), type: CSV_CONTENT_TYPE } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string; type: string }> = ({ props }) => new Response(props.body, { headers: { 'Content-Type': props.type } });
