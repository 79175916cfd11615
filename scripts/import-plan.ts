/**
 * npm run import -- <tệp> [--dinh-kem] — drafts a plan entry from its official
 * text (.txt, .html, .docx, .pdf with a text layer): prints every field it
 * found with its line, every field it could not determine, and, last, the path
 * of the entry it wrote. `npm run import -- --help` lists the flags.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLineOrExit } from '../src/editor-tools/command-line';
import { agencyYaml, draftPlan, type OriginalFile } from '../src/editor-tools/import/draft-entry';
import { loadImportContext } from '../src/editor-tools/import/import-context';
import { documentText } from '../src/editor-tools/import/document-text';
import { readPlan } from '../src/editor-tools/import/read-plan';
import { contentDir } from '../src/lib/content-dir';

const { flags, positionals } = commandLineOrExit({
  command: 'npm run import',
  description:
    'Đọc văn bản kế hoạch chính thức (.txt chép từ trang web, .html, .docx, .pdf có lớp chữ) và viết bản nháp mục kế hoạch\n' +
    'vào đúng chỗ npm run new viết. In từng trường tìm được kèm dòng nguồn, rồi những gì chưa xác định được;\n' +
    'dòng cuối là đường dẫn tệp đã viết. Tóm tắt và phần thân để [CẦN VIẾT]: biên tập viên viết bằng lời của mình.',
  flags: {
    'dinh-kem': { type: 'boolean', help: 'Đính kèm tệp gốc (.pdf, .docx) vào mục: chép vào content/attachments/ và ghi ở attachments' },
    'ghi-de': { type: 'boolean', help: 'Viết lại mục đã có (mặc định: không đụng đến tệp đã có)' },
  },
  positionals: { name: '<tệp>', help: 'văn bản kế hoạch: .txt, .html, .docx hoặc .pdf', min: 1, max: 1 },
  examples: ['npm run import -- ~/Tải\\ về/ke-hoach-176-kh-ubnd.docx --dinh-kem', 'npm run import -- ke-hoach.txt'],
});

const file = path.resolve(positionals[0]!);
if (!existsSync(file)) {
  console.error(`Không thấy tệp ${positionals[0]}.`);
  process.exit(1);
}
const read = await documentText(file).catch((error: unknown) => ({ ok: false as const, error: `không đọc được tệp (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` }));
if (!read.ok) {
  console.error(`${positionals[0]}: ${read.error}.`);
  process.exit(1);
}

const root = contentDir();
const context = loadImportContext(root, new Date());

const extension = path.extname(file).slice(1).toLowerCase();
const original: OriginalFile | undefined = flags['dinh-kem'] && ['pdf', 'docx', 'doc'].includes(extension) ? { name: path.basename(file), extension: extension as OriginalFile['extension'] } : undefined;
if (flags['dinh-kem'] && !original) console.log(`Không đính kèm: chỉ đính kèm được .pdf, .doc, .docx (tệp này là .${extension}).`);

const draft = draftPlan(readPlan(read.text), read.text, context, original);
const shown = (inside: string) => path.relative(process.cwd(), path.join(root, inside));
const target = path.join(root, draft.path);
if (existsSync(target) && !flags['ghi-de']) {
  console.error(`Đã có ${shown(draft.path)}: văn bản này đã được nhập. Mở tệp đó để sửa, hoặc chạy lại với --ghi-de để viết lại.`);
  process.exit(1);
}

console.log('Tìm được:');
for (const line of draft.found) console.log(`  ✓ ${line}`);
console.log(draft.missing.length ? 'Chưa xác định được (điền tay, không đoán):' : 'Không còn trường nào chưa xác định.');
for (const line of draft.missing) console.log(`  ? ${line}`);

mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, draft.text);
for (const doc of draft.legalDocuments) {
  const docPath = path.join(root, doc.path);
  if (existsSync(docPath)) continue;
  writeFileSync(docPath, doc.text);
  console.log(`Đã viết nháp văn bản căn cứ ${shown(doc.path)}`);
}
const agenciesText = readFileSync(path.join(root, 'agencies.yaml'), 'utf8');
for (const agency of draft.newAgencies) {
  if (new RegExp(`^${agency.id}:`, 'm').test(agenciesText)) continue;
  appendFileSync(path.join(root, 'agencies.yaml'), `\n${agencyYaml(agency)}`);
  console.log(`Đã thêm cơ quan ${agency.id} vào ${shown('agencies.yaml')}`);
}
if (draft.attachment) {
  const attachment = path.join(root, 'attachments', draft.attachment);
  mkdirSync(path.dirname(attachment), { recursive: true });
  copyFileSync(file, attachment);
  console.log(`Đã đính kèm ${shown(path.join('attachments', draft.attachment))}`);
}
console.log('Tiếp theo: đối chiếu từng trường với văn bản gốc, viết tóm tắt và phần thân bằng lời của mình, rồi chạy npm run check:content.');
console.log(shown(draft.path));
