/** What a build left and what it reported: folder sizes, page weights, the preview images it drew; and a cache emptied but for those images. */
import { globSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { PageWeight, PreviewImageCost } from './report';

export function dirBytes(dir: string): number {
  let total = 0;
  for (const file of globSync('**/*', { cwd: dir })) {
    const stat = statSync(path.join(dir, file));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** What the preview-image integration reported for one build (src/integrations/preview-images.ts). */
export function previewImageCost(output: string): PreviewImageCost {
  const m = /Ảnh xem trước: (\d+) ảnh, vẽ mới (\d+) trong ([\d.]+) s \((\d+) luồng; build chờ thêm ([\d.]+) s/.exec(output);
  if (!m) throw new Error(`The build did not report its preview images:\n${output.slice(-2000)}`);
  return { images: Number(m[1]), drawn: Number(m[2]), seconds: Number(m[3]), threads: Number(m[4]), waitedSeconds: Number(m[5]) };
}

/** Empties a build's caches but the preview images', and removes its output: "kept cache" in issue 12's sense. */
export function keepOnlyPreviewImageCache(cache: string, dist: string, previewImages: string): void {
  for (const entry of readdirSync(cache)) {
    const full = path.join(cache, entry);
    if (full !== previewImages) rmSync(full, { recursive: true, force: true });
  }
  rmSync(dist, { recursive: true, force: true });
}

/** gzip bytes of a page and of what it loads up front: CSS, JS, fonts (Pagefind loads only on a query). */
export function pageWeight(dist: string, sitePath: string): PageWeight {
  const htmlFile = path.join(dist, sitePath, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const local = (href: string) => path.join(dist, href.replace(/^\//, ''));
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => local(m[1]!));
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => local(m[1]!));
  const fonts = css.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/url\(([^)]+\.woff2?)\)/g)].map((m) => local(m[1]!.replace(/["']/g, ''))));
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
  const weight = { path: sitePath, html: gz(htmlFile), css: sum(css), js: sum(js), fonts: sum(fonts) };
  return { ...weight, total: weight.html + weight.css + weight.js + weight.fonts };
}
