/** Each image under content/images/ (shown in MDX bodies with <Figure>), published unchanged at /hinh-anh/<path>. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { imagesDir, listImages } from '../../domain/images';

export const getStaticPaths = (() => [...listImages()].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(readFileSync(path.join(imagesDir(), params.file!))));
