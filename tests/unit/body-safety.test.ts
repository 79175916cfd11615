import { describe, expect, it } from 'vitest';
import { bodyProblems, isScriptUrl, type BodyReferences } from '../../src/editor-tools/body-safety';
import { checkContent } from '../../src/editor-tools/content-check';
import { fileText, readContent, withFile } from './helpers/content';

const references: BodyReferences = {
  legalDocuments: new Set(['luat-14-2012-qh13', 'luat-35-2013-qh13']),
  plans: new Set(['2020/lang-son-176-kh-ubnd', '2023/soc-trang-26-kh-ubnd']),
  attachments: new Set(['2020/lang-son-176-kh-ubnd.pdf']),
  images: new Set(['2020/lang-son-176-kh-ubnd.png']),
};
const mdx = (body: string) => bodyProblems(body, 'mdx', { references });
const md = (body: string) => bodyProblems(body, 'md');
/** The single problem of a body, line and message. */
const only = (problems: { line: number; message: string }[]) => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('bodyProblems accepts content', () => {
  it('lets every component through with literal props and known ids', () => {
    const body = [
      'Căn cứ <LegalDocument id="luat-14-2012-qh13" /> và <PlanLink id="2023/soc-trang-26-kh-ubnd" />.',
      '',
      '<Note kind="canh-bao" title="Hạn nộp">',
      'Báo cáo trước ngày **15/12**.',
      '</Note>',
      '',
      '<Figure src="2020/lang-son-176-kh-ubnd.png" alt="Biểu đồ" caption="Nguồn: kế hoạch" />',
      '',
      'Toàn văn: <Attachment file="2020/lang-son-176-kh-ubnd.pdf" />',
      '',
      '<DataTable caption="Nhiệm vụ">',
      '',
      '| Việc | Hạn |',
      '| --- | --- |',
      '| Quán triệt | Quý IV/2020 |',
      '',
      '</DataTable>',
      '',
      'Chữ <b>đậm</b>, ô <td colSpan={2}>2</td> và [liên kết](https://example.gov.vn/).',
    ].join('\n');
    expect(mdx(body)).toEqual([]);
  });

  it('leaves plain Markdown alone, HTML that runs nothing included', () => {
    expect(md('## Mục đích\n\nMột [liên kết](/ke-hoach/) và <abbr title="Phổ biến, giáo dục pháp luật">PBGDPL</abbr>, 5 < 7 & 8 > 2.')).toEqual([]);
  });
});

describe('bodyProblems refuses code in .mdx', () => {
  it('an import statement, on its line', () => {
    const problem = only(mdx('Đoạn đầu.\n\nimport Chart from "../chart.js"\n'));
    expect(problem.line).toBe(3);
    expect(problem.message).toBe(
      'Không dùng lệnh import trong nội dung: nội dung là dữ liệu, không chạy mã khi build. Các component <Note>, <LegalDocument>, <PlanLink>, <Attachment>, <Figure>, <DataTable> có sẵn trong mọi tệp .mdx, không cần import',
    );
  });

  it('each export statement, even right after an import', () => {
    const problems = mdx('import fs from "node:fs"\nexport const data = fs.readFileSync("/etc/passwd", "utf8")\n');
    expect(problems.map((p) => [p.line, p.message.slice(0, 24)])).toEqual([
      [1, 'Không dùng lệnh import t'],
      [2, 'Không dùng lệnh export t'],
    ]);
  });

  it('a JavaScript expression in the text, with how to write a brace', () => {
    const problem = only(mdx('Năm nay là {new Date().getFullYear()}.'));
    expect(problem.message).toBe('Không dùng biểu thức JavaScript {new Date().getFullYear()} trong nội dung: nội dung là dữ liệu, không chạy mã. Muốn in dấu { thì gõ \\{');
  });

  it('a prop that is an expression rather than a plain literal', () => {
    const problem = only(mdx('<Note title={"Hạn " + deadline}>\nx\n</Note>'));
    expect(problem.message).toBe('Thuộc tính title của <Note> là biểu thức JavaScript {"Hạn " + deadline}: chỉ dùng giá trị cố định, ví dụ title="…"');
  });

  it('a spread of props', () => {
    expect(only(mdx('<Note {...props}>\nx\n</Note>')).message).toBe('<Note> có {...props}: không dùng biểu thức JavaScript trong thẻ. Ghi từng thuộc tính với giá trị cố định, ví dụ title="…"');
  });

  it('an unknown component, with the closest one', () => {
    const problem = only(mdx('Đoạn.\n\n<Notte kind="luu-y">\nx\n</Notte>'));
    expect(problem.line).toBe(3);
    expect(problem.message).toBe(
      'Không có component <Notte>. Có phải bạn muốn: <Note>? Các component dùng được: <Note>, <LegalDocument>, <PlanLink>, <Attachment>, <Figure>, <DataTable> (xem CONTRIBUTING.md)',
    );
  });

  it('an unknown prop, a missing one, and a value outside the choices', () => {
    expect(only(mdx('<Note color="red">x</Note>')).message).toBe('<Note> không có thuộc tính color. Thuộc tính dùng được: kind, title');
    expect(only(mdx('<Note kind="nguy-hiem">x</Note>')).message).toBe('<Note kind="nguy-hiem">: giá trị không hợp lệ; loại hộp: "luu-y" (mặc định) hoặc "canh-bao"');
    expect(only(mdx('<LegalDocument />')).message).toBe('<LegalDocument> thiếu thuộc tính id: mã văn bản trong content/legal-documents/, ví dụ id="luat-14-2012-qh13"');
  });

  it('a figure without alt text, or with an empty one', () => {
    expect(only(mdx('<Figure src="2020/lang-son-176-kh-ubnd.png" caption="Nguồn" />')).message).toBe(
      '<Figure> thiếu thuộc tính alt: mô tả ảnh cho người không xem được ảnh: ảnh cho thấy gì, số liệu chính',
    );
    expect(only(mdx('<Figure src="2020/lang-son-176-kh-ubnd.png" alt=" " caption="Nguồn" />')).message).toContain('Thuộc tính alt của <Figure> cần một chuỗi có nội dung');
  });

  it('a table component with no Markdown table inside', () => {
    expect(only(mdx('<DataTable caption="Nhiệm vụ">\nChưa có bảng.\n</DataTable>')).message).toContain('<DataTable> cần một bảng Markdown bên trong');
  });
});

describe('bodyProblems refuses ids that name nothing, with the closest ones', () => {
  it('a legal document', () => {
    expect(only(mdx('Theo <LegalDocument id="luat-14-2012" />.')).message).toBe(
      '<LegalDocument id="luat-14-2012">: "luat-14-2012" không có trong content/legal-documents/. Có phải bạn muốn: luat-14-2012-qh13, luat-35-2013-qh13?',
    );
  });

  it('a plan', () => {
    expect(only(mdx('Xem <PlanLink id="2020/lang-son-176" />.')).message).toBe(
      '<PlanLink id="2020/lang-son-176">: "2020/lang-son-176" không có trong content/plans/. Có phải bạn muốn: 2020/lang-son-176-kh-ubnd, 2023/soc-trang-26-kh-ubnd?',
    );
  });

  it('an attachment the entry does not list, and an image that is not there', () => {
    expect(only(mdx('<Attachment file="2020/lang-son.pdf" />')).message).toBe(
      '<Attachment file="2020/lang-son.pdf">: tệp này chưa có trong trường attachments của mục này, nên không được đăng. Thêm nó vào attachments (CONTRIBUTING.md, mục 6); các tệp đã ghi: 2020/lang-son-176-kh-ubnd.pdf',
    );
    expect(only(mdx('<Figure src="2020/lang-son.png" alt="Biểu đồ" caption="Nguồn" />')).message).toBe(
      '<Figure src="2020/lang-son.png">: không có ảnh content/images/2020/lang-son.png. Chép ảnh vào đó, hoặc sửa đường dẫn. Có phải bạn muốn: 2020/lang-son-176-kh-ubnd.png?',
    );
  });
});

describe('bodyProblems refuses what runs in the browser, in .md and .mdx alike', () => {
  const SCRIPT = 'Không dùng thẻ <script> trong nội dung: trang không chạy mã từ tệp nội dung. Cần tính năng mới thì đề nghị nhóm phát triển thêm một component';
  const STYLE = 'Không dùng thẻ <style> trong nội dung: định dạng do giao diện chung của site lo; cần nhấn mạnh thì dùng **chữ đậm** hoặc <Note>';
  const IFRAME = 'Không dùng thẻ <iframe> trong nội dung: site không nhúng trang của nơi khác; viết một liên kết [tên trang](https://…) thay cho khung nhúng';
  const SCRIPT_URL = (where: string) =>
    `Không dùng địa chỉ javascript: (${where}): địa chỉ đó chạy mã trong trình duyệt. Liên kết phải là địa chỉ trang web (https://…) hoặc một đường dẫn trong site`;

  it('<script>', () => {
    expect(only(md('Đoạn.\n\n<script>alert(1)</script>\n'))).toEqual({ line: 3, message: SCRIPT });
    expect(only(mdx('Đoạn.\n\n<script src="/x.js" />\n'))).toEqual({ line: 3, message: SCRIPT });
  });

  it('<style>', () => {
    expect(only(md('<STYLE>body { display: none }</STYLE>'))).toEqual({ line: 1, message: STYLE });
    expect(only(mdx('<style />'))).toEqual({ line: 1, message: STYLE });
  });

  it('<iframe>', () => {
    expect(only(md('Xem video: <iframe src="https://video.example/x"></iframe>'))).toEqual({ line: 1, message: IFRAME });
    expect(only(mdx('<iframe src="https://video.example/x" />'))).toEqual({ line: 1, message: IFRAME });
  });

  it('on…= attributes', () => {
    expect(only(md('<img src="/a.png" alt="a" onerror="alert(1)">')).message).toBe(
      'Không dùng thuộc tính onerror trong <img>: thuộc tính on… chạy mã JavaScript trong trình duyệt, mà nội dung không được chạy mã. Bỏ thuộc tính này',
    );
    expect(only(mdx('<b onClick="alert(1)">đậm</b>')).message).toBe(
      'Không dùng thuộc tính onClick trong <b>: thuộc tính on… chạy mã JavaScript trong trình duyệt, mà nội dung không được chạy mã. Bỏ thuộc tính này',
    );
  });

  it('javascript: URLs, however they are spelt', () => {
    expect(only(md('[Bấm](javascript:alert(1))'))).toEqual({ line: 1, message: SCRIPT_URL('liên kết') });
    expect(only(md('[Bấm][x]\n\n[x]: JavaScript:alert(1)')).message).toBe(SCRIPT_URL('liên kết'));
    expect(only(md('<a href="jav&#97;script:alert(1)">Bấm</a>')).message).toBe(SCRIPT_URL('thuộc tính href của <a>'));
    expect(only(mdx('[Bấm](javascript:void(0))')).message).toBe(SCRIPT_URL('liên kết'));
    expect(only(mdx('<a href=" javascript:alert(1)">Bấm</a>')).message).toBe(SCRIPT_URL('thuộc tính href của <a>'));
    expect(isScriptUrl('java\tscript:x')).toBe(true);
    expect(isScriptUrl('https://example.gov.vn/javascript:')).toBe(false);
  });

  it('a component written in a .md file, pointing to .mdx', () => {
    expect(only(md('<Note>Hạn nộp</Note>')).message).toBe('<Note> là component, chỉ dùng được trong tệp .mdx: đổi đuôi tệp này thành .mdx');
  });
});

describe('bodyProblems on broken MDX', () => {
  const SYNTAX = 'Lỗi cú pháp MDX';
  it('an unclosed tag, at the line it opens, counted in the file', () => {
    const problem = only(bodyProblems('Đoạn.\n\n<Note>\nChưa đóng thẻ.\n', 'mdx', { firstLine: 20 }));
    expect(problem.line).toBe(22);
    expect(problem.message).toMatch(new RegExp(`^${SYNTAX} ở cột 1: Expected a closing tag for \`<Note>\``));
    expect(problem.message).toContain('gõ \\< hoặc \\{');
  });

  it('a stray brace', () => {
    const problem = only(mdx('Đoạn.\n\nGiá { chưa đóng\n'));
    expect(problem.line).toBe(3);
    expect(problem.message).toContain(SYNTAX);
  });

  it('a misspelt component is named, with the one meant', () => {
    expect(only(mdx('<LegalDocumnet id="luat-14-2012-qh13" />')).message).toContain('Có phải bạn muốn: <LegalDocument>?');
  });
});

describe('checkContent', () => {
  const seed = readContent();
  const SAMPLE = 'plans/2019/lai-chau-972-kh-ubnd.mdx';

  it('reports body problems with the file and the line in the file', () => {
    const text = fileText(seed, SAMPLE).replace('<LegalDocument id="luat-14-2012-qh13" />', '<LegalDocument id="luat-14-2012-qh3" />');
    const [problem, ...rest] = checkContent(withFile(seed, SAMPLE, text));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: SAMPLE, line: text.split('\n').findIndex((l) => l.includes('qh3"')) + 1 });
    expect(problem!.message).toContain('Có phải bạn muốn: luat-14-2012-qh13');
  });

  it('checks topics and news too', () => {
    const topic = 'topics/2023/quy-4/ngay-phap-luat-2023.md';
    const [problem] = checkContent(withFile(seed, topic, `${fileText(seed, topic)}\n<iframe src="https://x.example/"></iframe>\n`));
    expect(problem).toMatchObject({ file: topic });
    expect(problem!.message).toContain('Không dùng thẻ <iframe>');
  });
});
