/**
 * npm run check:content — validates the content folder without building the
 * site and prints every problem; exits 1 when there is any. The build runs it first.
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblems } from '../src/data/content-check';
import { contentDir } from '../src/lib/content-dir';

const root = contentDir();
const files = globSync('**/*.{md,mdx,yaml,yml}', { cwd: root }).map((file) => ({
  path: file.split(path.sep).join('/'),
  text: readFileSync(path.join(root, file), 'utf8'),
}));
const attachments = new Set(globSync('**/*', { cwd: path.join(root, 'attachments') }).map((file) => file.split(path.sep).join('/')));
const problems = checkContent(files, attachments);
if (problems.length > 0) {
  console.error(formatProblems(problems, (file) => path.relative(process.cwd(), path.join(root, file))));
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${files.length} tệp trong ${path.relative(process.cwd(), root) || '.'}.`);
