import type { APIRoute } from 'astro';
import { paths, withBase } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${withBase(paths.editor())}\n\nSitemap: ${new URL(withBase(paths.sitemap()), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
