// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cacheDir, outDir } from './src/config/build-dirs.ts';
import contentFiles from './src/integrations/content-files.ts';
import editorAssets from './src/integrations/editor-assets.ts';
import previewImages from './src/integrations/preview-images.ts';
import { publishedFiles } from './src/integrations/published-files.ts';
import redirects from './src/integrations/redirects.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import staleOutput from './src/integrations/stale-output.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { bodyHeadings } from './src/lib/body-headings.ts';
import { paths } from './src/lib/paths.ts';

// Astro reads the process environment into import.meta.env, and a BASE_URL or SITE variable there (set by
// some CI hosts, and by Vitest for the builds its tests start) silently replaces `base` or `site` below.
// The base and site come from PBGDPL_BASE and PBGDPL_SITE only.
delete process.env.BASE_URL;
delete process.env.SITE;

// Where the site is published, chosen at build time: a domain root or a sub-path. On Netlify,
// its own URL variable names the site when PBGDPL_SITE is not set.
const site = process.env.PBGDPL_SITE ?? (process.env.NETLIFY === 'true' ? process.env.URL : undefined) ?? 'http://localhost:4321';
const base = process.env.PBGDPL_BASE ?? '/';
const published = publishedFiles();

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A rebuild renders again only pages whose cacheKey (src/routes/cache-key.ts) or code changed and keeps
  // the others from the cache; tests/build/incremental.test.ts holds its output to a cold build's.
  experimental: { incrementalBuild: true },
  markdown: { processor: satteri({ hastPlugins: [bodyHeadings()] }) },
  // staleOutput last: it removes what no route or integration published, once all have written; ours record
  // what they write in `published`.
  integrations: [
    previewImages(published),
    contentFiles(),
    redirects(published),
    editorAssets(published),
    securityHeaders(published),
    mdx(),
    // The web editor is for officials, not for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith(paths.editor()) }),
    staleOutput(published),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Scripts ship as files, never inline: cacheable across pages, allowed by a
    // strict Content-Security-Policy, and clear of the Astro 7 bug that leaves
    // __VITE_PRELOAD__ in inlined scripts with a dynamic import (withastro/astro#17265).
    // The output folder is kept between builds, so an incremental build leaves unchanged pages in place
    // rather than copying them back; src/integrations/stale-output.ts removes what a build no longer publishes.
    build: { assetsInlineLimit: 0, emptyOutDir: false },
  },
});
