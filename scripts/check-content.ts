/**
 * npm run check:content — validates the content folder without building the
 * site and prints every problem; exits 1 when there is any. The build runs it
 * first. It also reminds, without failing, when the current or the coming
 * quarter has no topic, and where a plan's legal basis may break the rule of
 * CONTRIBUTING.md (src/editor-tools/legal-basis.ts). With --fix it first applies the safe fixes (src/editor-tools/safe-fixes.ts)
 * and lists them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLineOrExit } from '../src/editor-tools/command-line';
import { formatProblems, reviewContent } from '../src/editor-tools/content-check';
import { listAttachments, readContentFiles } from '../src/editor-tools/content-files';
import { applySafeFixes } from '../src/editor-tools/safe-fixes';
import { topicReminders } from '../src/editor-tools/topic-reminders';
import { vietnamDay } from '../src/lib/dates';
import { contentDir } from '../src/lib/content-dir';
import { describeProblem } from '../src/lib/content-problem';

/** Reminders printed at most: a long list would bury the errors below it. */
const REMINDERS_SHOWN = 20;

const { flags } = commandLineOrExit({
  command: 'npm run check:content',
  description: 'Kiểm tra toàn bộ thư mục content/ mà không dựng trang: in mọi lỗi kèm tệp, dòng và trường.',
  flags: {
    fix: { type: 'boolean', help: 'Trước khi kiểm tra, tự sửa những lỗi an toàn: dấu BOM, xuống dòng CRLF, chữ chưa ở dạng NFC, "hàng năm" → "hằng năm"; in danh sách chỗ đã sửa' },
  },
  examples: ['npm run check:content', 'npm run check:content -- --fix'],
});

const root = contentDir();
const shown = (file: string) => path.relative(process.cwd(), path.join(root, file));
const files = readContentFiles(root);
let fixable = 0;
for (const file of files) {
  const fixed = applySafeFixes(file.text);
  if (fixed.applied.length === 0) continue;
  if (!flags.fix) {
    fixable++;
    continue;
  }
  writeFileSync(path.join(root, file.path), fixed.text);
  file.text = fixed.text;
  console.log(`Đã sửa ${shown(file.path)}: ${fixed.applied.join('; ')}`);
}
const { problems, reminders } = reviewContent(files, listAttachments(root));
// A reminder, printed whatever the result and never failing the run: CI's build step shows it too.
for (const reminder of topicReminders(files, vietnamDay(new Date()))) console.warn(`Lưu ý: ${reminder}`);
for (const reminder of reminders.slice(0, REMINDERS_SHOWN)) console.warn(`Lưu ý: ${shown(reminder.file)} · ${describeProblem(reminder)}`);
if (reminders.length > REMINDERS_SHOWN) console.warn(`Lưu ý: còn ${reminders.length - REMINDERS_SHOWN} chỗ căn cứ pháp lý cần xem lại như trên.`);
if (fixable > 0) console.log(`${fixable} tệp có chỗ sửa tự động được (BOM, CRLF, NFC, "hàng năm"): chạy npm run check:content -- --fix`);
if (problems.length > 0) {
  console.error(formatProblems(problems, shown));
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${files.length} tệp trong ${path.relative(process.cwd(), root) || '.'}.`);
