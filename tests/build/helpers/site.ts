/** Serving and searching a built site in tests: a plain static server, and Debian's Chromium. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json' };

/** Serves `dist` under `base` ("/" or "/pbgdpl/"), as a plain static host would. */
export async function serveStatic(dist: string, base = '/'): Promise<{ origin: string; close: () => void }> {
  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    if (!url.startsWith(base)) return void res.writeHead(404).end();
    let file = path.join(dist, url.slice(base.length));
    if (url.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** The paths of the results a search page shows for `query`. */
export async function searchResults(browser: Browser, searchUrl: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.goto(searchUrl);
    await page.locator('[data-search-results] li').first().waitFor();
    return await page.locator('[data-search-results] li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  } finally {
    await page.close();
  }
}

/**
 * The environment of a build a test starts: the user's, without what Vitest adds to it. Its NODE_ENV=test
 * and its import.meta.env values (DEV, PROD, MODE, SSR) would make the build a development one: no
 * Content-Security-Policy meta, no incremental build keys.
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_ENV, DEV, PROD, MODE, SSR, ...env } = process.env;
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

/** The content the build tests copy and build: a frozen fixture, so their counts do not follow the live content. */
export const FIXTURE_CONTENT = path.resolve('tests/fixtures/content');
