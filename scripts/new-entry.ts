/**
 * npm run new — starts a new entry with every field in place.
 *
 *   npm run new                                  (asks, one question at a time)
 *   npm run new -- --loai ke-hoach --so 176/KH-UBND --tinh lang-son --ngay 2020-10-27 --tieu-de "Kế hoạch …"
 *
 * `npm run new -- --help` lists the flags.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse } from 'yaml';
import { ENTRY_KINDS, scaffold, type ScaffoldAnswers, type ScaffoldContext } from '../src/editor-tools/scaffold';
import { WRITTEN_FROM } from '../src/schemas/plan';
import { commandLineOrExit, type CommandSpec, type FlagSpec } from '../src/editor-tools/command-line';
import { contentDir } from '../src/lib/content-dir';

const COMMAND = {
  command: 'npm run new',
  description: 'Tạo tệp cho một mục mới (kế hoạch, chủ đề theo quý, văn bản pháp luật) với đủ các trường và lời dẫn.\nKhông có cờ thì lệnh hỏi lần lượt từng thông tin.',
  flags: {
    loai: { type: 'string', value: 'ke-hoach|chu-de|van-ban', help: 'Loại mục (mặc định ke-hoach)' },
    so: { type: 'string', value: 'số ký hiệu', help: 'Số ký hiệu như trên văn bản, ví dụ 176/KH-UBND' },
    tinh: { type: 'string', value: 'mã tỉnh', help: 'Tỉnh, thành ban hành (mã trong provinces.yaml), ví dụ lang-son' },
    'co-quan': { type: 'string', value: 'mã cơ quan', help: 'Cơ quan ban hành (mã trong agencies.yaml); mặc định UBND tỉnh' },
    ngay: { type: 'string', value: 'năm-tháng-ngày', help: 'Ngày ban hành, ví dụ 2020-10-27' },
    'tieu-de': { type: 'string', value: 'tên', help: 'Trích yếu hoặc tên chủ đề, tên văn bản' },
    quy: { type: 'string', value: 'quý', help: 'Quý của chủ đề, ví dụ "Quý IV/2023"' },
    kieu: { type: 'string', value: 'loại văn bản', help: 'Loại văn bản pháp luật: luat, nghi-quyet, nghi-dinh, quyet-dinh, chi-thi, ket-luan, thong-tu' },
    'tom-tat': { type: 'string', value: 'đoạn chữ', help: 'Tóm tắt, viết bằng lời của mình' },
    'linh-vuc': { type: 'string', value: 'mã lĩnh vực', help: 'Lĩnh vực (mã trong themes.yaml), mặc định pbgdpl' },
    nguon: { type: 'string', value: Object.keys(WRITTEN_FROM).join('|'), help: 'Kế hoạch: văn bản có được là toàn văn, phần đầu, quyết định ban hành hay tin bài (mặc định toan-van)' },
  },
  examples: [
    'npm run new',
    'npm run new -- --loai ke-hoach --so 176/KH-UBND --tinh lang-son --ngay 2020-10-27 --tieu-de "Kế hoạch thực hiện Kết luận số 80-KL/TW"',
  ],
} as const satisfies CommandSpec<Record<string, FlagSpec>>;

const FLAG_ANSWERS: Record<keyof typeof COMMAND.flags, keyof ScaffoldAnswers> = {
  loai: 'kind', so: 'number', tinh: 'province', 'co-quan': 'issuer', ngay: 'date', 'tieu-de': 'title',
  quy: 'quarter', kieu: 'type', 'tom-tat': 'summary', 'linh-vuc': 'theme', nguon: 'writtenFrom',
};
const QUESTIONS: Record<string, [keyof ScaffoldAnswers, string][]> = {
  'ke-hoach': [['number', 'Số ký hiệu (ví dụ 176/KH-UBND)'], ['province', 'Tỉnh, thành ban hành (mã, ví dụ lang-son)'], ['date', 'Ngày ban hành (năm-tháng-ngày, ví dụ 2020-10-27)'], ['title', 'Trích yếu (tên kế hoạch)'], ['writtenFrom', `Văn bản có được (${Object.keys(WRITTEN_FROM).join(', ')}; để trống là toan-van)`]],
  'chu-de': [['quarter', 'Quý (ví dụ Quý IV/2023)'], ['title', 'Tên chủ đề']],
  'van-ban': [['type', 'Loại văn bản (luat, nghi-quyet, nghi-dinh, quyet-dinh, chi-thi, ket-luan, thong-tu)'], ['number', 'Số ký hiệu (ví dụ 14/2012/QH13)'], ['date', 'Ngày ban hành (năm-tháng-ngày)'], ['title', 'Tên văn bản']],
};

function loadContext(root: string): ScaffoldContext {
  const read = (file: string) => parse(readFileSync(path.join(root, file), 'utf8'), { schema: 'core' }) as Record<string, Record<string, unknown>>;
  const agencies = read('agencies.yaml');
  return {
    provinces: new Map(Object.entries(read('provinces.yaml')).map(([id, p]) => [id, { name: String(p.name), kind: String(p.kind) }])),
    agencies: new Map(Object.entries(agencies).map(([id, a]) => [id, { name: String(a.name), ...(a.province ? { province: String(a.province) } : {}) }])),
    themes: Object.keys(read('themes.yaml')),
  };
}

const root = contentDir();
const { flags } = commandLineOrExit(COMMAND);
const answers: ScaffoldAnswers = Object.fromEntries(
  Object.entries(flags).map(([flag, value]) => [FLAG_ANSWERS[flag as keyof typeof FLAG_ANSWERS], value]),
);
if (process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  answers.kind ??= (await rl.question(`Loại mục (${Object.entries(ENTRY_KINDS).map(([k, v]) => `${k} = ${v}`).join(', ')}): `)).trim();
  for (const [key, question] of QUESTIONS[answers.kind] ?? []) answers[key] ??= (await rl.question(`${question}: `)).trim();
  rl.close();
}
answers.kind ??= 'ke-hoach';

const result = scaffold(answers, loadContext(root));
if (!result.ok) {
  console.error(['Chưa tạo được tệp:', ...result.errors.map((e) => `  - ${e}`)].join('\n'));
  process.exit(1);
}
const target = path.join(root, result.path);
if (existsSync(target)) {
  console.error(`Đã có ${path.relative(process.cwd(), target)}: văn bản này đã được nhập. Mở tệp đó để sửa.`);
  process.exit(1);
}
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, result.text);
if (result.newAgency) {
  appendFileSync(path.join(root, 'agencies.yaml'), `\n${result.newAgency.yaml}`);
  console.log(`Đã thêm cơ quan ${result.newAgency.id} vào ${path.relative(process.cwd(), path.join(root, 'agencies.yaml'))}.`);
}
console.log(`Đã tạo ${path.relative(process.cwd(), target)}.
Tiếp theo: mở tệp, thay mọi chỗ [CẦN VIẾT], rồi chạy "npm run check:content" và "npm run dev" để xem trước.`);
