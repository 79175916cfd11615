import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, htmlPaths, readHtml } from './site';

/** Site paths that a built file answers: "/x/" needs x/index.html, "/a.css" needs a.css. */
function resolves(sitePath: string): boolean {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  const file = clean.endsWith('/') ? path.join(DIST, clean, 'index.html') : path.join(DIST, clean);
  return existsSync(file);
}

test('no internal link, image, stylesheet or script points at nothing', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of htmlPaths()) {
    const html = readHtml(page === '/404.html' ? page : page);
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const target = match[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|#|data:)/.test(target)) continue;
      checked++;
      const absolute = new URL(target, `http://site${page}`).pathname;
      if (!resolves(absolute)) broken.push(`${page} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test('internal links answer 200 over HTTP too', async ({ request }) => {
  const targets = new Set<string>();
  for (const page of htmlPaths()) {
    for (const match of readHtml(page).matchAll(/\shref="(\/[^"#?]*)"/g)) targets.add(match[1]!);
  }
  expect(targets.size).toBeGreaterThan(100);
  for (const target of targets) {
    const response = await request.get(target);
    expect(response.status(), target).toBe(200);
  }
});
