/** What the tests know about the built site in dist/. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DIST = path.resolve(process.env.PBGDPL_OUT_DIR ?? 'dist');

/** Every page path listed in the sitemap, e.g. "/ke-hoach/". */
export function sitemapPaths(): string[] {
  const files = globSync('sitemap-*.xml', { cwd: DIST }).filter((f) => f !== 'sitemap-index.xml');
  return files.flatMap((f) => [...readFileSync(path.join(DIST, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
}

/** The old addresses the build forwards, each with the page it forwards to, as `_redirects` lists them (src/integrations/redirects.ts). */
export function redirects(): { from: string; to: string }[] {
  const file = path.join(DIST, '_redirects');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [from, to] = line.split(' ');
      return { from: from!, to: to! };
    });
}

/** Every page of the build, as a site path: its HTML files but the small pages that forward an old address. */
export function htmlPaths(): string[] {
  const forwarding = new Set(redirects().map((r) => r.from));
  return globSync('**/*.html', { cwd: DIST })
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !forwarding.has(p));
}

export function readHtml(sitePath: string): string {
  const file = sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
  return readFileSync(path.join(DIST, file), 'utf8');
}

export const SEED_PLANS = [
  { path: '/ke-hoach/2019/lai-chau-972-kh-ubnd/', number: '972/KH-UBND', province: 'Lai Châu', provinceAscii: 'lai chau', currentProvince: 'Lai Châu', theme: 'Chuyển đổi số, ứng dụng công nghệ thông tin' },
  { path: '/ke-hoach/2020/lang-son-176-kh-ubnd/', number: '176/KH-UBND', province: 'Lạng Sơn', provinceAscii: 'lang son', currentProvince: 'Lạng Sơn', theme: 'Chuẩn tiếp cận pháp luật' },
  { path: '/ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/', number: '31/KH-HĐPHPBGDPL', province: 'Hải Phòng', provinceAscii: 'hai phong', currentProvince: 'Hải Phòng', theme: 'Phổ biến, giáo dục pháp luật' },
  { path: '/ke-hoach/2023/soc-trang-26-kh-ubnd/', number: '26/KH-UBND', province: 'Sóc Trăng', provinceAscii: 'soc trang', currentProvince: 'Cần Thơ', theme: 'Hòa giải ở cơ sở' },
] as const;

/**
 * What the search index stores for each page, by path: the Pagefind fragments of the primary index and
 * of the plans' full text (which holds their records too), as the search page reads them.
 */
export function storedPages(): Map<string, { content: string; meta: Record<string, string> }> {
  const pages = new Map<string, { content: string; meta: Record<string, string> }>();
  const folders = ['fragment', ...globSync('phan/toan-van/*/fragment', { cwd: path.join(DIST, 'pagefind') })];
  for (const folder of folders) {
    for (const file of globSync('*.pf_fragment', { cwd: path.join(DIST, 'pagefind', folder) })) {
      const stored = JSON.parse(gunzipSync(readFileSync(path.join(DIST, 'pagefind', folder, file))).subarray('pagefind_dcd'.length).toString('utf8')) as {
        url: string;
        content: string;
        meta: Record<string, string>;
      };
      pages.set(stored.url, stored);
    }
  }
  return pages;
}
