import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/editor-tools/content-check';
import { listAttachments } from '../../src/editor-tools/content-files';
import { applySafeFixes } from '../../src/editor-tools/safe-fixes';
import { CONTENT_DIR, fileText, readContent, withFile } from './helpers/content';

const seed = readContent();
const PLAN = 'plans/2020/lang-son-176-kh-ubnd.md';
const TOPIC = 'topics/2023/quy-4/ngay-phap-luat-2023.md';
const planWith = (from: string, to: string) => withFile(seed, PLAN, fileText(seed, PLAN).replace(from, to));

describe('checkContent on the seed content', () => {
  it('finds no problem', () => {
    expect(checkContent(seed)).toEqual([]);
  });
});

describe('checkContent on bad entries', () => {
  it('names file, line and field of a dangling reference, with the closest ids', () => {
    const [problem, ...rest] = checkContent(planWith('issuer: ubnd-lang-son\n', 'issuer: ubnd-lang-sonn\n'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: PLAN, line: 5, field: 'issuer' });
    expect(problem!.message).toContain('"ubnd-lang-sonn" không có trong content/agencies.yaml');
    expect(problem!.message).toContain('Có phải bạn muốn: ubnd-lang-son');
  });

  it('sees an impossible date that YAML would roll over to the next month', () => {
    const problems = checkContent(planWith('issuedOn: 2020-10-27', 'issuedOn: 2020-10-32'));
    expect(problems).toEqual([{ file: PLAN, line: 8, field: 'issuedOn', message: 'Ngày ban hành (issuedOn): ngày 2020-10-32 không có trên lịch' }]);
  });

  it('shows how to rewrite a date written the Vietnamese way', () => {
    const [problem] = checkContent(planWith('issuedOn: 2020-10-27', 'issuedOn: 27/10/2020'));
    expect(problem).toMatchObject({ file: PLAN, line: 8, field: 'issuedOn' });
    expect(problem!.message).toContain('"27/10/2020" viết lại là "2020-10-27"');
  });

  it('names the closest valid ids for an unknown theme and an unknown legal document', () => {
    const problems = checkContent(planWith('  - hoa-giai-o-co-so\n', '  - hoa-giai\n').map((f) => (f.path === PLAN ? { ...f, text: f.text.replace('  - quyet-dinh-619-qd-ttg\n', '  - qd-619\n') } : f)));
    expect(problems.map((p) => [p.field, p.message.split('.')[0]])).toEqual([
      ['legalBasis.3', '"qd-619" không có trong content/legal-documents/'],
      ['themes.2', '"hoa-giai" không có trong content/themes'],
    ]);
    expect(problems[1]!.message).toContain('Có phải bạn muốn: hoa-giai-o-co-so');
  });

  it('reports a missing required field with what to write', () => {
    const [problem] = checkContent(planWith('documentNumber: 176/KH-UBND\n', ''));
    expect(problem).toMatchObject({ file: PLAN, field: 'documentNumber' });
    expect(problem!.message).toContain('thiếu trường bắt buộc');
    expect(problem!.message).toContain('176/KH-UBND');
  });

  it('reports a misspelt key with the keys that are allowed', () => {
    const messages = checkContent(planWith('summary:', 'sumary:')).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringContaining('"sumary" (có phải "summary"?)'));
    expect(messages).toContainEqual(expect.stringContaining('Các trường hợp lệ'));
  });

  it('lists the valid choices for an enum', () => {
    const [problem] = checkContent(planWith('status: dang-thuc-hien', 'status: dang-lam'));
    expect(problem).toMatchObject({ field: 'status' });
    expect(problem!.message).toContain('da-ket-thuc (Đã kết thúc)');
  });

  it('flags a malformed quarter in a topic, on its line', () => {
    const files = withFile(seed, TOPIC, fileText(seed, TOPIC).replace('quarter: Quý IV/2023', 'quarter: Quý 5/2023'));
    expect(checkContent(files)).toEqual([
      { file: TOPIC, line: 2, field: 'quarter', message: 'Quý (quarter): "Quý 5/2023" sai; một năm chỉ có Quý I đến Quý IV, không có quý 5' },
    ]);
  });

  it('flags text that is not NFC and a look-alike Ð', () => {
    const decomposed = planWith('summary: Lạng Sơn', 'summary: ' + 'Lạng Sơn'.normalize('NFD'));
    expect(checkContent(decomposed)[0]!.message).toContain('NFC');
    const lookalike = planWith('name: Nguyễn Long Hải', 'name: Ðặng Văn A');
    expect(checkContent(lookalike)[0]).toMatchObject({ field: 'signer.name' });
    expect(checkContent(lookalike)[0]!.message).toContain('U+00D0');
  });

  it('flags an effective date before the issue date', () => {
    const [problem] = checkContent(planWith('effectiveOn: 2020-10-27', 'effectiveOn: 2020-10-01'));
    expect(problem).toMatchObject({ field: 'effectiveOn' });
  });

  it('reports every problem of every file in one run', () => {
    let files = planWith('issuer: ubnd-lang-son\n', 'issuer: khong-co\n');
    files = withFile(files, PLAN, fileText(files, PLAN).replace('deadline: Quý IV/2020', 'deadline: Quý 4/2020'));
    files = withFile(files, TOPIC, fileText(files, TOPIC).replace('quarter: Quý IV/2023', 'quarter: Q4'));
    const problems = checkContent(files);
    expect(problems.map((p) => `${p.file}:${p.field}`)).toEqual([`${PLAN}:issuer`, `${PLAN}:tasks.0.deadline`, `${TOPIC}:quarter`]);
    const report = formatProblems(problems);
    expect(report).toContain(`✗ ${PLAN}`);
    expect(report).toContain('Có 3 lỗi trong 2 tệp');
  });

  it('names the file an entry should have when its name disagrees with its content', () => {
    const moved = withFile(seed.filter((f) => f.path !== PLAN), 'plans/2021/lang-son-176-kh-ubnd.md', fileText(seed, PLAN));
    const [problem] = checkContent(moved);
    expect(problem).toMatchObject({ file: 'plans/2021/lang-son-176-kh-ubnd.md', field: '(tên tệp)' });
    expect(problem!.message).toContain('plans/2020/lang-son-176-kh-ubnd.md');
  });

  it('refuses the same number from the same issuer twice in a year', () => {
    const copy = fileText(seed, PLAN).replace('period: từ 2020', 'period: 2020');
    const problems = checkContent(withFile(seed, 'plans/2020/lang-son-176-kh-ubnd-2.md', copy));
    expect(problems.map((p) => p.field)).toContain('documentNumber');
    expect(problems.find((p) => p.field === 'documentNumber')!.message).toContain('đã có ở plans/2020/lang-son-176-kh-ubnd.md');
  });

  it('refuses a ministry kind below the central level', () => {
    const agencies = `${fileText(seed, 'agencies.yaml')}
so-x-lang-son:
  name: Sở X tỉnh Lạng Sơn
  level: tinh
  kind: bo
  province: lang-son
`;
    const [problem, ...rest] = checkContent(withFile(seed, 'agencies.yaml', agencies));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'agencies.yaml', field: 'kind' });
    expect(problem!.message).toContain('chỉ ghi cho cơ quan trung ương (level: trung-uong)');
  });

  it('names an unknown successor and refuses a chain of successors that loops', () => {
    const agencies = (successor: string) => `${fileText(seed, 'agencies.yaml')}
bo-a:
  name: Bộ A
  level: trung-uong
  kind: bo
  successor: ${successor}
bo-b:
  name: Bộ B
  level: trung-uong
  kind: bo
  successor: bo-a
`;
    const [unknown] = checkContent(withFile(seed, 'agencies.yaml', agencies('bo-c')));
    expect(unknown).toMatchObject({ file: 'agencies.yaml', field: 'successor' });
    expect(unknown!.message).toContain('"bo-c" không có trong content/agencies.yaml');
    const [loop, ...rest] = checkContent(withFile(seed, 'agencies.yaml', agencies('bo-b')));
    expect(rest).toEqual([]);
    expect(loop!.message).toContain('successor: chuỗi cơ quan kế thừa quay lại chính nó: bo-a → bo-b → bo-a');
  });

  it('accepts a plan written as .mdx as well as .md', () => {
    expect(checkContent(withFile(seed.filter((f) => f.path !== PLAN), PLAN.replace(/\.md$/, '.mdx'), fileText(seed, PLAN)))).toEqual([]);
  });

  it('points at the line of an MDX syntax error', () => {
    const mdx = `${fileText(seed, TOPIC)}\nDưới <5 ngày\n`;
    const [problem] = checkContent(withFile(seed.filter((f) => f.path !== TOPIC), TOPIC.replace(/\.md$/, '.mdx'), mdx));
    expect(problem!.file).toBe('topics/2023/quy-4/ngay-phap-luat-2023.mdx');
    expect(problem!.message).toContain('Lỗi cú pháp MDX');
    const line = mdx.split('\n').findIndex((l) => l.includes('<5 ngày')) + 1;
    expect(problem!.line).toBe(line);
  });

  it('refuses an attachment whose file is missing, and accepts it once it is there', () => {
    const attached = planWith('source:\n', 'attachments:\n  - file: 2020/lang-son-176-kh-ubnd.pdf\n    title: Toàn văn\nsource:\n');
    const present = listAttachments(CONTENT_DIR);
    const [problem] = checkContent(attached, present);
    expect(problem).toMatchObject({ file: PLAN, field: 'attachments.0.file' });
    expect(problem!.message).toContain('content/attachments/2020/lang-son-176-kh-ubnd.pdf');
    expect(checkContent(attached, new Set([...present, '2020/lang-son-176-kh-ubnd.pdf']))).toEqual([]);
  });

  it('points at the line of a YAML syntax error', () => {
    const [problem] = checkContent(planWith('period: từ 2020\n', 'period: [từ 2020\n'));
    expect(problem!.file).toBe(PLAN);
    expect(problem!.message).toContain('Lỗi cú pháp YAML');
    expect(problem!.line).toBeGreaterThan(1);
  });

  it('explains a colon inside a value in Vietnamese, with the fix', () => {
    const [problem, ...rest] = checkContent(planWith('title: Kế hoạch thực hiện', 'title: Kế hoạch: thực hiện'));
    expect(problem).toMatchObject({ file: PLAN, line: 2, message: 'Lỗi cú pháp YAML: giá trị có dấu hai chấm và dấu cách (": ") ở giữa' });
    expect(problem!.hint).toContain('ngoặc kép');
    expect(rest).toEqual([]);
  });

  it('explains an unclosed bracket and a bad indentation', () => {
    const [bracket] = checkContent(planWith('period: từ 2020\n', 'period: [từ 2020\n'));
    expect(bracket!.message).toBe('Lỗi cú pháp YAML: danh sách mở bằng [ mà chưa đóng bằng ]');
    const [indent] = checkContent(planWith('signer:\n  name: Nguyễn Long Hải\n', 'signer:\n    name: Nguyễn Long Hải\n  role: Phó Chủ tịch\n'));
    expect(indent!.message).toBe('Lỗi cú pháp YAML: thụt lề không khớp');
    expect(indent!.hint).toContain('thẳng cột');
    expect(formatProblems([indent!])).toContain(`${indent!.message}. ${indent!.hint}`);
  });

  it('reports a plan that does not parse once, not again through the topics that cite it', () => {
    const SOC_TRANG = 'plans/2023/soc-trang-26-kh-ubnd.md';
    const broken = withFile(seed, SOC_TRANG, fileText(seed, SOC_TRANG).replace('period: 2023', 'period: [2023'));
    const problems = checkContent(broken);
    expect(problems.map((p) => p.file)).toEqual([SOC_TRANG]);
  });

  it('accepts a file saved with a byte order mark and Windows line endings', () => {
    const notepad = withFile(seed, PLAN, `\uFEFF${fileText(seed, PLAN).replaceAll('\n', '\r\n')}`);
    expect(checkContent(notepad)).toEqual([]);
  });
});

describe('applySafeFixes', () => {
  it('removes the BOM, CRLF and decomposed letters, and writes "hằng năm"', () => {
    const { text, applied } = applySafeFixes(`\uFEFFdeadline: Hàng năm\r\nsummary: ${'Lạng Sơn'.normalize('NFD')} họp hàng năm.\r\n`);
    expect(text).toBe('deadline: Hằng năm\nsummary: Lạng Sơn họp hằng năm.\n');
    expect(applied).toHaveLength(4);
  });

  it('leaves a clean file and other phrases alone', () => {
    const clean = 'title: Mặt hàng năm 2020 và hàng nông sản\n';
    expect(applySafeFixes(clean)).toEqual({ text: clean, applied: [] });
  });
});
