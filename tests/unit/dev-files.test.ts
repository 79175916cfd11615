/**
 * The dev server's middleware for published files, mounted on a real HTTP
 * server: Vite's dev server is not started for it, so its `middlewares.use`
 * is the one stand-in; requests go through node:http as a browser's would.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFileFor } from '../../src/integrations/content-files';
import { serveFiles } from '../../src/integrations/dev-files';
import { baseFolder } from '../../src/lib/paths';

const root = path.resolve('tests/fixtures/content');
type Handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
let origin = '';
const http = createServer();

beforeAll(async () => {
  const handlers: Handler[] = [];
  serveFiles({ middlewares: { use: (handler: Handler) => handlers.push(handler) } } as never, baseFolder('/co-so'), (sitePath) => contentFileFor(sitePath, root));
  http.on('request', (request, response) => handlers[0]!(request, response, () => response.writeHead(404).end('astro')));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

describe('serveFiles (published files in the dev server)', () => {
  it('answers a mapped address under the base with the file and its type', async () => {
    const response = await fetch(`${origin}/co-so/van-ban-goc/2019/lai-chau-972-kh-ubnd-tom-tat.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('hands on to Astro an address without the base, one mapped to no file, and any other address', async () => {
    for (const address of ['/van-ban-goc/2019/lai-chau-972-kh-ubnd-tom-tat.pdf', '/co-so/van-ban-goc/2019/khong-co.pdf', '/co-so/ke-hoach/']) {
      const response = await fetch(`${origin}${address}`);
      expect([address, response.status, await response.text()]).toEqual([address, 404, 'astro']);
    }
  });
});
