/**
 * What CONTRIBUTING.md promises an editor: `npm run new` with flags, fill in
 * the placeholders, build — and the plan is on its page, in the listings, on
 * its quarter page and in search.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { TO_WRITE } from '../../src/editor-tools/scaffold';
import { buildEnv, FIXTURE_CONTENT, launchChromium, searchResults, serveStatic } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a plan added with npm run new', () => {
  it('builds and appears in listings, on its quarter page and in search', async () => {
    const content = path.join(work, 'content');
    const dist = path.join(work, 'dist');
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const env = buildEnv({ PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: path.join(work, 'cache') });
    await run('npm', ['run', '--silent', 'new', '--', '--loai', 'ke-hoach', '--so', '4155/KH-UBND', '--tinh', 'ninh-thuan', '--ngay', '2022-09-22',
      '--tieu-de', 'Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2022', '--tom-tat', 'Ninh Thuận tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2022.'], { env });

    const file = path.join(content, 'plans/2022/ninh-thuan-4155-kh-ubnd.md');
    // The editor writes the placeholders and attaches the original document (a tiny PDF stands in for it).
    const original = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'.repeat(80);
    mkdirSync(path.join(content, 'attachments/2022'), { recursive: true });
    writeFileSync(path.join(content, 'attachments/2022/ninh-thuan-4155-kh-ubnd.pdf'), original);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replaceAll(TO_WRITE, 'Phần thân do biên tập viên viết.')
        .replace('source:\n', 'attachments:\n  - file: 2022/ninh-thuan-4155-kh-ubnd.pdf\n    title: Toàn văn Kế hoạch 4155/KH-UBND\nsource:\n'),
    );
    await run('npm', ['run', '--silent', 'build'], { env, maxBuffer: 20 * 1024 * 1024 });

    const planPath = '/ke-hoach/2022/ninh-thuan-4155-kh-ubnd/';
    const html = (p: string) => readFileSync(path.join(dist, p, 'index.html'), 'utf8');
    expect(existsSync(path.join(dist, planPath, 'index.html'))).toBe(true);
    expect(readFileSync(path.join(dist, 'van-ban-goc/2022/ninh-thuan-4155-kh-ubnd.pdf'), 'utf8')).toBe(original);
    expect(html(planPath)).toContain('href="/van-ban-goc/2022/ninh-thuan-4155-kh-ubnd.pdf"');
    expect(html(planPath)).toContain('(PDF, 4 KB)'); // 3,600 bytes
    for (const listing of ['/ke-hoach/', '/ke-hoach/2022/', '/tinh-thanh/khanh-hoa/', '/chu-de/2022/quy-3/', '/linh-vuc/pbgdpl/']) {
      expect(html(listing), listing).toContain(`href="${planPath}"`);
    }

    const site = await serveStatic(dist);
    const browser = await launchChromium();
    try {
      expect((await searchResults(browser, `${site.origin}/tim-kiem/?q=4155%2FKH-UBND`))[0]).toBe(planPath);
    } finally {
      await browser.close();
      site.close();
    }
  }, 180_000);
});
