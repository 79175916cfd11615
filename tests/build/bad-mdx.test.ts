/**
 * An `.mdx` body that is broken or tries to run code, or any body that
 * reaches outside its page, stops the build with its file and line, and
 * nothing is published — through `npm run build` (the content checker first)
 * and through `astro build` alone (the check each page runs before rendering
 * a body).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-bad-mdx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SAMPLE = 'plans/2019/lai-chau-972-kh-ubnd.mdx';

async function buildWith(name: string, command: string[], file: string, edit: (text: string) => string) {
  const content = path.join(work, name, 'content');
  const outDir = path.join(work, name, 'dist');
  cpSync('content', content, { recursive: true });
  const full = path.join(content, file);
  const before = readFileSync(full, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`fixture: ${file} unchanged`);
  writeFileSync(full, after);
  const env = buildEnv({ PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: outDir, PBGDPL_CACHE_DIR: path.join(work, name, 'cache') });
  try {
    await run(command[0]!, command.slice(1), { env, maxBuffer: 10 * 1024 * 1024 });
    return { failed: false, output: '', outDir, text: after };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { failed: true, output: stripVTControlCharacters(`${e.stdout}\n${e.stderr}`), outDir, text: after };
  }
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a broken .mdx plan', () => {
  it('fails npm run build at the unclosed tag, naming file and line, and publishes nothing', async () => {
    const result = await buildWith('unclosed', ['npm', 'run', 'build'], SAMPLE, (t) => t.replace('</Note>\n', ''));
    expect(result.failed).toBe(true);
    expect(result.output).toContain('lai-chau-972-kh-ubnd.mdx');
    expect(result.output).toMatch(new RegExp(`dòng ${lineOf(result.text, '<Note title=')}: Lỗi cú pháp MDX`));
    expect(existsSync(result.outDir)).toBe(false);
  }, 180_000);
});

describe('astro build alone', () => {
  it('fails at the unclosed tag of a broken .mdx plan, naming file and line', async () => {
    const result = await buildWith('unclosed-alone', ['npx', 'astro', 'build'], SAMPLE, (t) => t.replace('</Note>\n', ''));
    expect(result.failed).toBe(true);
    expect(result.output).toContain(`lai-chau-972-kh-ubnd.mdx:${lineOf(result.text, '<Note title=')}:1`);
    expect(result.output).toContain('Expected a closing tag for `<Note>`');
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  }, 180_000);

  it('refuses an unknown legal document id in an .mdx plan with file, line and the closest ids', async () => {
    const result = await buildWith('unknown-id', ['npx', 'astro', 'build'], SAMPLE, (t) => t.replace('<LegalDocument id="luat-14-2012-qh13" />', '<LegalDocument id="luat-14-2012-qh3" />'));
    expect(result.failed).toBe(true);
    expect(result.output).toContain(`lai-chau-972-kh-ubnd.mdx:${lineOf(result.text, 'luat-14-2012-qh3')}: <LegalDocument id="luat-14-2012-qh3">`);
    expect(result.output).toContain('Có phải bạn muốn: luat-14-2012-qh13');
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  }, 180_000);

  it('refuses a <script> in a plain .md plan', async () => {
    const result = await buildWith('code', ['npx', 'astro', 'build'], 'plans/2020/lang-son-176-kh-ubnd.md', (t) => `${t}\n<script>document.title = 'x'</script>\n`);
    expect(result.failed).toBe(true);
    expect(result.output).toContain(`lang-son-176-kh-ubnd.md:${lineOf(result.text, '<script>')}: Không dùng thẻ <script>`);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  }, 180_000);

  it('refuses a <meta http-equiv="refresh"> in a plain .md plan, which would send readers to another site', async () => {
    const result = await buildWith('refresh', ['npx', 'astro', 'build'], 'plans/2020/lang-son-176-kh-ubnd.md', (t) => `${t}\n<meta http-equiv="refresh" content="0; url=https://lua-dao.example/">\n`);
    expect(result.failed).toBe(true);
    expect(result.output).toContain(`lang-son-176-kh-ubnd.md:${lineOf(result.text, '<meta http-equiv')}: Không dùng thẻ <meta>`);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  }, 180_000);
});
