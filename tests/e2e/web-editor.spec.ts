/**
 * The web editor (/quan-tri/) run for real: Decap CMS in Chromium, against
 * decap-server in git mode on a git working tree of this machine (a copy of
 * content/), with the editorial workflow: an entry sits on its own branch
 * until it is published. What a hosted forge adds (sign-in, pull requests,
 * CI on them) cannot run here; decap-server stands in for it, as Decap's own
 * documentation does for local editing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/frontmatter';

test.describe.configure({ mode: 'serial' });

const SERVER = 'http://localhost:8081/api/v1';
let repo: string;
let server: ChildProcess;
/** The plan's official title, as its file in content/ has it: an official title is typed exactly, never retold. */
let officialTitle: string;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
const NEW_PLAN = 'content/plans/2020/lang-son-176-kh-ubnd';

test.beforeAll(async () => {
  repo = mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-editor-'));
  cpSync('content', path.join(repo, 'content'), { recursive: true });
  officialTitle = (parse(splitFrontmatter(readFileSync(`${NEW_PLAN}.md`, 'utf8')).frontmatter ?? '') as { title: string }).title;
  // The form re-creates this plan with its real facts, so its file starts absent.
  rmSync(path.join(repo, `${NEW_PLAN}.md`));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bien-tap@example.invalid');
  git('config', 'user.name', 'Biên tập viên');
  git('add', '-A');
  git('commit', '-qm', 'Nội dung ban đầu');
  server = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, PORT: '8081', MODE: 'git', GIT_REPO_DIRECTORY: repo, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  await expect
    .poll(async () => {
      try {
        return (await fetch(SERVER, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' })).ok;
      } catch {
        return false;
      }
    })
    .toBe(true);
});

test.afterAll(() => {
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

async function signIn(page: Page, hash: string) {
  await page.goto('/quan-tri/');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.goto(`/quan-tri/${hash}`);
}

/** Picks an option of a select by typing part of its label, as an official would. */
async function choose(page: Page, field: string, typed: string, option: string | RegExp) {
  const input = page.locator(`[id^="${field}-field-"]`).first();
  await input.click();
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).first().click();
}

test('a new plan filled in the form is written where the checker expects it, on its own branch until published', async ({ page }) => {
  await signIn(page, '#/collections/plans-mdx/new');
  await page.getByLabel('Trích yếu', { exact: true }).fill(officialTitle);
  await page.getByLabel('Số ký hiệu', { exact: true }).fill('176/KH-UBND');
  await choose(page, 'documentType', 'Kế', 'Kế hoạch');
  await choose(page, 'issuer', 'Lạng Sơn', 'Ủy ban nhân dân tỉnh Lạng Sơn');
  await page.getByLabel('Ngày ban hành', { exact: false }).first().fill('2020-10-27');
  await page.getByLabel('Thời gian thực hiện', { exact: true }).fill('từ 2020');
  await choose(page, 'status', 'Đang', 'Đang thực hiện');
  await page.getByLabel('Tóm tắt', { exact: true }).fill(
    'Ủy ban nhân dân tỉnh Lạng Sơn giao các sở, ngành và huyện quán triệt Kết luận 80-KL/TW trong Quý IV/2020 và hằng năm đổi mới hình thức phổ biến pháp luật.',
  );
  await choose(page, 'legalBasis', '1521', /1521\/QĐ-TTg/);
  await choose(page, 'themes', 'Phổ biến', /^Phổ biến, giáo dục pháp luật/);
  for (const [i, task] of [
    { title: 'Quán triệt Kết luận 80-KL/TW và nâng cao trách nhiệm của hệ thống chính trị', lead: 'Ủy ban nhân dân tỉnh Lạng Sơn', deadline: 'Quý IV/2020' },
    { title: 'Đổi mới, đa dạng hóa hình thức phổ biến, giáo dục pháp luật', lead: 'Sở Tư pháp tỉnh Lạng Sơn', deadline: 'hằng năm' },
  ].entries()) {
    await page.getByRole('button', { name: 'Add nhiệm vụ' }).click();
    await page.getByLabel('Nhiệm vụ', { exact: true }).nth(i).fill(task.title);
    await page.locator('[id^="lead-field-"]').nth(i).click();
    await page.keyboard.type(task.lead.split(' ').slice(-2).join(' '));
    await page.getByRole('option', { name: task.lead, exact: true }).click();
    await page.getByLabel('Thời hạn', { exact: false }).nth(i).fill(task.deadline);
  }
  await page.getByLabel('Nơi đăng', { exact: true }).fill('Ủy ban nhân dân tỉnh Lạng Sơn');
  await page.getByRole('button', { name: 'Add Component' }).click();
  await page.getByRole('menuitem', { name: 'Hộp lưu ý' }).click();
  await page.getByLabel('Tiêu đề', { exact: false }).last().fill('Báo cáo kết quả');
  await page.getByLabel('Nội dung trong hộp (Markdown)').fill('Các cơ quan báo cáo kết quả thực hiện về Sở Tư pháp để tổng hợp.');
  await page.screenshot({ path: 'test-results/editor-body.png' });
  await save(page);
  // Saved, not published: the entry sits on its own branch, main does not have it.
  const file = `${NEW_PLAN}.mdx`;
  expect(git('branch', '--list')).toContain('cms/plans-mdx/2020/lang-son-176-kh-ubnd');
  // Read from git, not the working tree, which decap-server checks the entry's branch out into while it works.
  expect(git('ls-tree', '--name-only', 'main', '--', file)).toBe('');
  expect(git('ls-tree', '--name-only', 'cms/plans-mdx/2020/lang-son-176-kh-ubnd', '--', file).trim()).toBe(file);
  await page.screenshot({ path: 'test-results/editor-saved.png' });

  await publish(page);
  await expect.poll(() => git('ls-tree', '--name-only', 'main', '--', file).trim()).toBe(file);
  const written = git('show', `main:${file}`);
  expect(written).toBe(written.normalize('NFC'));
  // The schema's order, and only what was filled.
  expect([...written.matchAll(/^(\w+):/gm)].map((m) => m[1])).toEqual([
    'title', 'documentNumber', 'documentType', 'issuer', 'issuedOn', 'period', 'status', 'summary', 'legalBasis', 'themes', 'tasks', 'source',
  ]);
  expect((parse(splitFrontmatter(written).frontmatter ?? '') as { title: string }).title).toBe(officialTitle);
  expect(written).toContain('tasks:\n  - title: Quán triệt Kết luận 80-KL/TW và nâng cao trách nhiệm của hệ thống chính trị\n    lead:\n      - ubnd-lang-son\n    deadline: Quý IV/2020\n');
  expect(written).toContain('<Note title="Báo cáo kết quả">\n\nCác cơ quan báo cáo kết quả thực hiện về Sở Tư pháp để tổng hợp.\n\n</Note>');

  // The checker accepts the file, and the build publishes its page.
  await page.close();
  const env = { ...process.env, PBGDPL_CONTENT_DIR: path.join(repo, 'content') };
  execFileSync('npx', ['tsx', 'scripts/check-content.ts'], { env, stdio: 'pipe' });
  // Built outside the working tree: decap-server commits everything in it.
  const build = mkdtempSync(path.join(os.tmpdir(), 'pbgdpl-editor-build-'));
  const out = path.join(build, 'dist');
  try {
    execFileSync('npm', ['run', 'build:site'], {
      env: { ...env, PBGDPL_OUT_DIR: out, PBGDPL_CACHE_DIR: path.join(build, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    });
  } finally {
    process.on('exit', () => rmSync(build, { recursive: true, force: true }));
  }
  const html = readFileSync(path.join(out, 'ke-hoach/2020/lang-son-176-kh-ubnd/index.html'), 'utf8');
  expect(html).toContain('176/KH-UBND');
  expect(html).toContain('Các cơ quan báo cáo kết quả thực hiện về Sở Tư pháp để tổng hợp.');
});

async function save(page: Page) {
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Mục đã được lưu')).toBeVisible();
  await expect(page.getByText('Thay đổi đã được lưu')).toBeVisible();
}

/** Through the editorial workflow: the entry is marked ready, then published, which merges its branch. */
async function publish(page: Page) {
  // Decap asks "publish this entry?" in a confirm dialog; the official says yes.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /^Trạng/ }).click();
  await page.getByRole('menuitem', { name: 'Sẵn sàng' }).click();
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Công bố ngay' }).click();
}

for (const { collection, id, extension, was, edited } of [
  {
    collection: 'plans',
    id: '2023/soc-trang-26-kh-ubnd',
    extension: 'md',
    was: /^Ủy ban nhân dân tỉnh Sóc Trăng/,
    edited: 'Ủy ban nhân dân tỉnh Sóc Trăng ban hành kế hoạch phổ biến, giáo dục pháp luật năm 2023.',
  },
  // Its body holds every component, three of them inside sentences; left untouched, it is written back as it was.
  {
    collection: 'plans-mdx',
    id: '2019/lai-chau-972-kh-ubnd',
    extension: 'mdx',
    was: /^Ủy ban nhân dân tỉnh Lai Châu/,
    edited: 'Ủy ban nhân dân tỉnh Lai Châu ban hành kế hoạch thực hiện các hoạt động trọng tâm về phổ biến, giáo dục pháp luật đến năm 2021.',
  },
]) {
  test(`editing one field of an existing plan (.${extension}) changes that line of its file and nothing else`, async ({ page }) => {
    const file = `content/plans/${id}.${extension}`;
    const before = git('show', `main:${file}`);
    await signIn(page, `#/collections/${collection}/entries/${id}`);
    const summary = page.getByLabel('Tóm tắt', { exact: true });
    await expect(summary).toHaveValue(was);
    await summary.fill(edited);
    await save(page);
    await publish(page);
    await expect.poll(() => git('show', `main:${file}`)).not.toBe(before);

    const after = git('show', `main:${file}`).split('\n');
    const lines = before.split('\n');
    expect(after).toHaveLength(lines.length);
    const changed = lines.flatMap((line, i) => (line === after[i] ? [] : [[line.slice(0, 9), after[i]]]));
    expect(changed).toEqual([['summary: ', `summary: ${edited}`]]);
  });
}

test('a form with a required field left empty or a deadline the checker would refuse cannot be saved', async ({ page }) => {
  const branches = git('branch', '--list');
  await signIn(page, '#/collections/plans/new');
  await page.getByLabel('Trích yếu', { exact: true }).fill('Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2023');
  await page.getByRole('button', { name: 'Add nhiệm vụ' }).click();
  await page.getByLabel('Nhiệm vụ', { exact: true }).fill('Tổ chức Ngày Pháp luật');
  await page.getByLabel('Thời hạn', { exact: false }).fill('Quý V/2020');
  await page.getByRole('button', { name: 'Lưu' }).click();

  await expect(page.getByText('Bạn còn thiếu vài thông tin bắt buộc')).toBeVisible();
  await expect(page.getByText('Tóm tắt bắt buộc nhập.')).toBeVisible();
  await expect(page.getByText('Số ký hiệu bắt buộc nhập.')).toBeVisible();
  await expect(page.getByText('Thời hạn: quý phải có dạng "Quý IV/2020"')).toBeVisible();
  await page.screenshot({ path: 'test-results/editor-refused.png' });
  expect(git('branch', '--list')).toBe(branches);
});
