/**
 * `npm run import` as an editor runs it: the draft lands where `npm run new`
 * would put it, the last line names it, a second run gives the same file, the
 * original can be attached, and once the editor writes the placeholders the
 * entry passes the checker.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/editor-tools/content-check';
import { listAttachments, readContentFiles } from '../../src/editor-tools/content-files';
import { TO_WRITE } from '../../src/editor-tools/scaffold';
import { writeFixtureFile } from './helpers/import-fixtures';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-import-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = path.join(work, 'content');
cpSync('content', content, { recursive: true });
rmSync(path.join(content, 'plans/2020/lang-son-176-kh-ubnd.md'));
const env = { ...process.env, PBGDPL_CONTENT_DIR: content };

async function importPlan(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['scripts/import-plan.ts', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run import', () => {
  it('answers --help, and a wrong flag with one line and status 2', async () => {
    const help = await importPlan('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--dinh-kem');
    expect(help.stdout).toContain('Ví dụ:');
    const wrong = await importPlan('a.txt', '--dinhkem');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('Không có cờ "--dinhkem"');
  }, 30_000);

  it('writes the draft where npm run new would, the same file on every run, and attaches the original', async () => {
    const docx = await writeFixtureFile('tests/fixtures/import/lang-son-176-kh-ubnd-nhan.docx.txt', work);
    const first = await importPlan(docx, '--dinh-kem');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(path.resolve(lines.at(-1)!)).toBe(path.join(content, 'plans/2020/lang-son-176-kh-ubnd.md'));
    expect(first.stdout).toContain('Số ký hiệu: 176/KH-UBND (dòng 3)');
    const draft = readFileSync(path.join(content, 'plans/2020/lang-son-176-kh-ubnd.md'), 'utf8');
    expect(draft).toContain('  - file: 2020/lang-son-176-kh-ubnd.docx');
    expect(readFileSync(path.join(content, 'attachments/2020/lang-son-176-kh-ubnd.docx'))).toEqual(readFileSync(docx));

    const again = await importPlan(docx, '--dinh-kem');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã được nhập');
    expect((await importPlan(docx, '--dinh-kem', '--ghi-de')).code).toBe(0);
    expect(readFileSync(path.join(content, 'plans/2020/lang-son-176-kh-ubnd.md'), 'utf8')).toBe(draft);
  }, 30_000);

  it('gives a draft the checker refuses until the editor writes it, and accepts after', async () => {
    const file = path.join(content, 'plans/2020/lang-son-176-kh-ubnd.md');
    const problems = checkContent(readContentFiles(content), listAttachments(content));
    expect(problems.filter((p) => p.file === 'plans/2020/lang-son-176-kh-ubnd.md').map((p) => p.message)).toContainEqual(expect.stringContaining(TO_WRITE));

    const written = readFileSync(file, 'utf8')
      .replace(`period: "${TO_WRITE}"`, 'period: từ 2020')
      .replace(`status: "${TO_WRITE}"`, 'status: dang-thuc-hien')
      .replace(`summary: "${TO_WRITE} Tóm tắt kế hoạch bằng lời của mình."`, 'summary: Lạng Sơn giao việc cho từng sở, ngành và huyện để thực hiện Kết luận 80-KL/TW.')
      .replace(`publisher: "${TO_WRITE}"`, 'publisher: Ủy ban nhân dân tỉnh Lạng Sơn')
      .replace(/\n\[CẦN VIẾT\].*\n/, '\nBiên tập viên viết phần thân bằng lời của mình.\n');
    writeFileSync(file, written);
    expect(checkContent(readContentFiles(content), listAttachments(content)).filter((p) => p.file === 'plans/2020/lang-son-176-kh-ubnd.md')).toEqual([]);
    expect(existsSync(path.join(content, 'attachments/2020/lang-son-176-kh-ubnd.docx'))).toBe(true);
  });
});
