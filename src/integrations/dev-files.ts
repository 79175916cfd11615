/**
 * How the dev server answers, before Astro routes, an address where the build
 * publishes a file that no route serves in development (a content image, the
 * web editor's bundle): one middleware shape for each such folder.
 */
import { createReadStream, statSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** A file to answer with, and its Content-Type. */
export interface ServedFile {
  file: string;
  type: string;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Answers every address under `base` that `fileFor` maps (given the path without the base) to an existing file; any other goes on. */
export function serveFiles(server: DevServer, base: string, fileFor: (sitePath: string) => ServedFile | undefined) {
  server.middlewares.use((request, response, next) => {
    // The URL as asked: Astro's middleware before this one has taken the base off request.url, or let
    // through a path without it, which the built site would not answer.
    const requested = new URL(request.originalUrl ?? request.url ?? '/', 'http://localhost').pathname;
    const found = requested.startsWith(base) ? fileFor(`/${requested.slice(base.length)}`) : undefined;
    if (!found || !isFile(found.file)) return next();
    response.setHeader('Content-Type', found.type);
    createReadStream(found.file).on('error', () => next()).pipe(response);
  });
}
