/**
 * npm run check:content — validates the content folder without building the
 * site and prints every problem; exits 1 when there is any. The build runs it first.
 */
import path from 'node:path';
import { checkContent, formatProblems } from '../src/editor-tools/content-check';
import { listAttachments, readContentFiles } from '../src/editor-tools/content-files';
import { commandLineOrExit } from '../src/editor-tools/command-line';
import { contentDir } from '../src/lib/content-dir';

commandLineOrExit({
  command: 'npm run check:content',
  description: 'Kiểm tra toàn bộ thư mục content/ mà không dựng trang: in mọi lỗi kèm tệp, dòng và trường.',
  flags: {},
  examples: ['npm run check:content'],
});

const root = contentDir();
const files = readContentFiles(root);
const problems = checkContent(files, listAttachments(root));
if (problems.length > 0) {
  console.error(formatProblems(problems, (file) => path.relative(process.cwd(), path.join(root, file))));
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${files.length} tệp trong ${path.relative(process.cwd(), root) || '.'}.`);
