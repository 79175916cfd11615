/**
 * Serves a built site as a static host does: text compressed with gzip (Pagefind's own files are
 * compressed already), an ETag on every file and 304 for a copy the browser holds, revalidated on every
 * use (`no-cache`), as Netlify serves. So a file fetched twice in one page costs its headers the second
 * time, never its body, and a first visit pays for everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

export function serveStatic(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    let file = path.join(dist, url);
    if (url.endsWith('/')) file = path.join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const type = TYPES[path.extname(file)];
    if (type && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': type ?? 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ server, origin: `http://127.0.0.1:${address.port}` });
    }),
  );
}
