/**
 * Bad content must stop the build with a message an editor can act on, and
 * publish nothing. Each case copies the seed content to a temporary folder,
 * breaks one thing, and runs the real build on it.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv, FIXTURE_CONTENT } from './helpers/site';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-bad-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PLAN = 'plans/2020/lang-son-176-kh-ubnd.md';

async function buildWith(name: string, command: string[], breakContent: (dir: string) => void) {
  const content = path.join(work, name, 'content');
  const outDir = path.join(work, name, 'dist');
  cpSync(FIXTURE_CONTENT, content, { recursive: true });
  breakContent(content);
  const env = buildEnv({ PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: outDir, PBGDPL_CACHE_DIR: path.join(work, name, 'cache') });
  try {
    await run(command[0]!, command.slice(1), { env, maxBuffer: 10 * 1024 * 1024 });
    return { failed: false, output: '', outDir };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    // Astro colours its output when CI is set; the messages are compared as plain text.
    return { failed: true, output: stripVTControlCharacters(`${e.stdout}\n${e.stderr}`), outDir };
  }
}

const edit = (dir: string, file: string, from: string, to: string) => {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not in ${file}`);
  writeFileSync(full, text.replace(from, to));
};

describe('npm run build on bad content', () => {
  it('lists every problem with file, line and field, and publishes nothing', async () => {
    const result = await buildWith('several', ['npm', 'run', 'build'], (dir) => {
      edit(dir, PLAN, 'issuer: ubnd-lang-son\n', 'issuer: ubnd-lang-sonn\n');
      edit(dir, PLAN, 'issuedOn: 2020-10-27', 'issuedOn: 2020-10-32');
      edit(dir, 'topics/2023/quy-4/ngay-phap-luat-2023.md', 'quarter: Quý IV/2023', 'quarter: Quý 5/2023');
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('lang-son-176-kh-ubnd.md');
    expect(result.output).toContain('dòng 5 · issuer: "ubnd-lang-sonn" không có trong content/agencies.yaml. Có phải bạn muốn: ubnd-lang-son');
    expect(result.output).toContain('dòng 8 · issuedOn: Ngày ban hành (issuedOn): ngày 2020-10-32 không có trên lịch');
    expect(result.output).toContain('dòng 2 · quarter: Quý (quarter): "Quý 5/2023" sai');
    expect(result.output).toContain('Có 3 lỗi trong 2 tệp');
    expect(existsSync(result.outDir)).toBe(false);
  }, 120_000);
});

describe('astro build alone on bad content', () => {
  it('still refuses a reference that points at nothing, naming file and field', async () => {
    const result = await buildWith('reference', ['npx', 'astro', 'build'], (dir) => {
      edit(dir, PLAN, '  - quyet-dinh-1521-qd-ttg\n', '  - quyet-dinh-1521-qd-tg\n');
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain(`${PLAN} → legalBasis.0: "quyet-dinh-1521-qd-tg" không có trong content/legal-documents/. Có phải bạn muốn: quyet-dinh-1521-qd-ttg`);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  }, 120_000);

  it('refuses a field that breaks its schema, naming the entry and the field', async () => {
    const result = await buildWith('schema', ['npx', 'astro', 'build'], (dir) => {
      edit(dir, PLAN, 'status: dang-thuc-hien', 'status: dang-lam');
    });
    expect(result.failed).toBe(true);
    expect(result.output).toContain('plans → 2020/lang-son-176-kh-ubnd');
    expect(result.output).toContain('status: Tình trạng (status): chọn một trong: dang-thuc-hien (Đang thực hiện)');
  }, 120_000);
});
