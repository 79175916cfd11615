import { describe, expect, it } from 'vitest';
import { bodyProblems, type BodyReferences } from '../../src/domain/body-safety';
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
      'Diện tích 5 m<sup>2</sup>, CO<sub>2</sub>, <abbr title="Ủy ban nhân dân">UBND</abbr>,<br />[liên kết](https://example.gov.vn/) và ![Sơ đồ](/hinh-anh/2020/lang-son-176-kh-ubnd.png).',
    ].join('\n');
    expect(mdx(body)).toEqual([]);
  });

  it('leaves plain Markdown alone, with the HTML of the allow-list', () => {
    expect(md('## Mục đích\n\nMột [liên kết](/ke-hoach/) và <abbr title="Phổ biến, giáo dục pháp luật">PBGDPL</abbr>, 5 < 7 & 8 > 2.')).toEqual([]);
    expect(md('| Việc | Hạn |\n| --- | --- |\n| Họp<br>Báo cáo | m<sup>2</sup>, H<sub>2</sub>O |\n\n<!-- ghi chú của người biên tập -->')).toEqual([]);
  });

  it('takes links to web pages, mail, phone numbers and the site, however they are written', () => {
    const links = [
      '[Bộ Tư pháp](https://moj.gov.vn/) và [bản cũ](http://pbgdpl.moj.gov.vn/)',
      '[thư](mailto:pbgdpl@moj.gov.vn), [điện thoại](tel:+842462739315), www.moj.gov.vn',
      '[kế hoạch](/ke-hoach/2020/lang-son-176-kh-ubnd/), [mục tiêu](#muc-tieu), [văn bản gốc](/van-ban-goc/2020/lang-son-176-kh-ubnd.pdf)',
      '[Luật][luat]',
      '',
      '[luat]: https://vbpl.vn/',
    ].join('\n');
    expect(md(links)).toEqual([]);
    expect(mdx(links)).toEqual([]);
    // MDX has no <…> autolinks; Markdown does.
    expect(md('<https://moj.gov.vn/>, <pbgdpl@moj.gov.vn>')).toEqual([]);
  });

  it('takes images from content/images/ by their address on the site, inline or by reference', () => {
    const images = '![Sơ đồ](/hinh-anh/2020/lang-son-176-kh-ubnd.png)\n\n![Sơ đồ][so-do]\n\n[so-do]: /hinh-anh/2020/lang-son-176-kh-ubnd.png';
    expect(bodyProblems(images, 'md', { references })).toEqual([]);
    expect(mdx(images)).toEqual([]);
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
      '<Attachment file="2020/lang-son.pdf">: tệp này chưa có trong trường attachments của mục này, nên không được đăng. Thêm nó vào attachments (CONTRIBUTING.md, mục 7); các tệp đã ghi: 2020/lang-son-176-kh-ubnd.pdf',
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

  it('on…= attributes, on an element that is otherwise allowed', () => {
    expect(only(md('<abbr title="Ủy ban nhân dân" onmouseover="alert(1)">UBND</abbr>')).message).toBe(
      'Không dùng thuộc tính onmouseover trong <abbr>: thuộc tính on… chạy mã JavaScript trong trình duyệt, mà nội dung không được chạy mã. Bỏ thuộc tính này',
    );
    expect(only(mdx('<sup onClick="alert(1)">2</sup>')).message).toBe(
      'Không dùng thuộc tính onClick trong <sup>: thuộc tính on… chạy mã JavaScript trong trình duyệt, mà nội dung không được chạy mã. Bỏ thuộc tính này',
    );
  });

  it('javascript: URLs, however they are spelt', () => {
    const SCRIPT_URL = (url: string) =>
      `Không dùng địa chỉ javascript: trong liên kết "${url}": địa chỉ đó chạy mã trong trình duyệt. Liên kết chỉ dùng địa chỉ trang web (https://…), thư điện tử (mailto:…), số điện thoại (tel:…) hoặc đường dẫn trong site (/ke-hoach/…)`;
    expect(only(md('[Bấm](javascript:alert(1))'))).toEqual({ line: 1, message: SCRIPT_URL('javascript:alert(1)') });
    expect(only(md('[Bấm][x]\n\n[x]: JavaScript:alert(1)'))).toEqual({ line: 3, message: SCRIPT_URL('JavaScript:alert(1)') });
    expect(only(md('[Bấm](jav&#97;script:alert(1))')).message).toBe(SCRIPT_URL('javascript:alert(1)'));
    expect(only(md('<javascript:alert(1)>')).message).toBe(SCRIPT_URL('javascript:alert(1)'));
    expect(only(mdx('[Bấm](javascript:void(0))')).message).toBe(SCRIPT_URL('javascript:void(0)'));
    expect(md('[Bấm](https://example.gov.vn/javascript:)')).toEqual([]);
  });

  it('a component written in a .md file, pointing to .mdx', () => {
    expect(only(md('<Note>Hạn nộp</Note>')).message).toBe('<Note> là component, chỉ dùng được trong tệp .mdx: đổi đuôi tệp này thành .mdx');
  });
});

describe('bodyProblems lets nothing reach outside its page, in .md and .mdx alike', () => {
  const LINKS_TAKE = 'Liên kết chỉ dùng địa chỉ trang web (https://…), thư điện tử (mailto:…), số điện thoại (tel:…) hoặc đường dẫn trong site (/ke-hoach/…)';
  const EMBED =
    'site không nhúng tệp, âm thanh hay video từ nơi khác; viết một liên kết [tên](https://…) tới nơi đăng, còn văn bản gốc thì đính kèm (CONTRIBUTING.md, mục 7)';
  const REMOTE_IMAGE = (url: string) =>
    `Ảnh "${url}" không lấy từ content/images/: site chỉ đăng ảnh của chính mình, không tải ảnh từ máy chủ khác hay từ địa chỉ data:. Hãy chép ảnh vào content/images/<năm>/ rồi viết ![mô tả ảnh](/hinh-anh/<năm>/<tên tệp>), hoặc trong tệp .mdx dùng <Figure>`;
  const ONLY_HTML = 'Thẻ HTML dùng được chỉ có <sup>, <sub>, <br>, <abbr title="…">';

  it('a link to a data: URL, inline or by reference', () => {
    const DATA = (url: string) => `Không dùng địa chỉ data: trong liên kết "${url}": địa chỉ đó chứa sẵn cả một trang hay một tệp, mở ra mà không qua site nào. ${LINKS_TAKE}`;
    expect(only(md('Đoạn.\n\n[Toàn văn](data:text/html;base64,PHNjcmlwdD4=)'))).toEqual({ line: 3, message: DATA('data:text/html;base64,PHNjcmlwdD4=') });
    expect(only(mdx('[Toàn văn][tv]\n\n[tv]: DATA:text/html,hi'))).toEqual({ line: 3, message: DATA('DATA:text/html,hi') });
  });

  it('a link to any other kind of address', () => {
    expect(only(md('[Tệp](file:///C:/ke-hoach.docx)')).message).toBe(
      `Không dùng địa chỉ file: trong liên kết "file:///C:/ke-hoach.docx": địa chỉ đó không phải trang web, thư điện tử hay số điện thoại. ${LINKS_TAKE}`,
    );
  });

  it('<object> and <embed>', () => {
    expect(only(md('Đoạn.\n\n<object data="https://tai-lieu.example/ke-hoach.pdf"></object>'))).toEqual({ line: 3, message: `Không dùng thẻ <object> trong nội dung: ${EMBED}` });
    expect(only(mdx('<object data="https://tai-lieu.example/ke-hoach.pdf" />'))).toEqual({ line: 1, message: `Không dùng thẻ <object> trong nội dung: ${EMBED}` });
    expect(only(md('<embed src="https://tai-lieu.example/ke-hoach.swf">'))).toEqual({ line: 1, message: `Không dùng thẻ <embed> trong nội dung: ${EMBED}` });
    expect(only(mdx('Xem <embed src="https://tai-lieu.example/ke-hoach.swf" />'))).toEqual({ line: 1, message: `Không dùng thẻ <embed> trong nội dung: ${EMBED}` });
  });

  it('<meta http-equiv="refresh">, which would send the reader to another site', () => {
    const META =
      'Không dùng thẻ <meta> trong nội dung: thẻ này đưa người đọc sang trang khác hoặc tải tài nguyên từ nơi khác, mà phần đầu trang do site tạo. Bỏ thẻ; muốn dẫn tới trang khác thì viết một liên kết [tên trang](https://…)';
    expect(only(md('Đoạn.\n\n<meta http-equiv="refresh" content="0; url=https://lua-dao.example/">'))).toEqual({ line: 3, message: META });
    expect(only(mdx('<meta httpEquiv="refresh" content="0; url=https://lua-dao.example/" />'))).toEqual({ line: 1, message: META });
  });

  it('a <form> posting to another host, reported once for the whole form', () => {
    const FORM =
      'Không dùng thẻ <form> trong nội dung: trang không nhận hay gửi đi dữ liệu của người đọc. Bỏ biểu mẫu; nếu cần, viết một liên kết [tên trang](https://…) tới trang biểu mẫu của cơ quan';
    const form = '<form action="https://thu-thap.example/" method="post">\n<input name="cccd">\n<button>Gửi</button>\n</form>';
    expect(only(md(form))).toEqual({ line: 1, message: FORM });
    expect(only(mdx(form.replace('<input name="cccd">', '<input name="cccd" />')))).toEqual({ line: 1, message: FORM });
  });

  it('an image from another host or a data: URL, in Markdown or raw HTML', () => {
    expect(only(md('Đoạn.\n\n![Ảnh](https://theo-doi.example/pixel.png)'))).toEqual({ line: 3, message: REMOTE_IMAGE('https://theo-doi.example/pixel.png') });
    expect(only(md('![Ảnh][a]\n\n[a]: //theo-doi.example/pixel.png'))).toEqual({ line: 1, message: REMOTE_IMAGE('//theo-doi.example/pixel.png') });
    expect(only(mdx('![Ảnh](data:image/png;base64,iVBORw0KGgo=)'))).toEqual({ line: 1, message: REMOTE_IMAGE('data:image/png;base64,iVBORw0KGgo=') });
    expect(only(mdx('![Ảnh](2020/lang-son-176-kh-ubnd.png)')).message).toBe(REMOTE_IMAGE('2020/lang-son-176-kh-ubnd.png'));
    const IMG =
      'Không dùng thẻ <img> trong nội dung: ảnh chỉ lấy từ content/images/: chép ảnh vào content/images/<năm>/ rồi viết ![mô tả ảnh](/hinh-anh/<năm>/<tên tệp>), hoặc trong tệp .mdx dùng <Figure>';
    expect(only(md('<img src="https://theo-doi.example/pixel.png" alt="">'))).toEqual({ line: 1, message: IMG });
    expect(only(mdx('<img src="/hinh-anh/2020/lang-son-176-kh-ubnd.png" alt="" />'))).toEqual({ line: 1, message: IMG });
  });

  it('a Markdown image under /hinh-anh/ that content/images/ does not hold, with the closest one', () => {
    expect(only(bodyProblems('![Sơ đồ](/hinh-anh/2020/lang-son.png)', 'md', { references })).message).toBe(
      'Ảnh /hinh-anh/2020/lang-son.png: không có ảnh content/images/2020/lang-son.png. Chép ảnh vào đó, hoặc sửa đường dẫn. Có phải bạn muốn: /hinh-anh/2020/lang-son-176-kh-ubnd.png?',
    );
  });

  it('audio and video from another host', () => {
    expect(only(md('<video controls src="https://video.example/hoi-nghi.mp4"></video>'))).toEqual({ line: 1, message: `Không dùng thẻ <video> trong nội dung: ${EMBED}` });
    expect(only(mdx('<audio src="https://radio.example/ban-tin.mp3" />'))).toEqual({ line: 1, message: `Không dùng thẻ <audio> trong nội dung: ${EMBED}` });
  });

  it('any other element, with the Markdown to write instead', () => {
    expect(only(md('<a href="https://moj.gov.vn/">Bộ Tư pháp</a>')).message).toBe(
      'Không dùng thẻ <a> trong nội dung: viết liên kết bằng Markdown: [chữ hiện ra](https://…) hoặc [chữ hiện ra](/ke-hoach/…)',
    );
    expect(only(mdx('<b>đậm</b>')).message).toBe('Không dùng thẻ <b> trong nội dung: viết **chữ đậm**');
    expect(only(md('<div class="khung">\n<p>Đoạn</p>\n</div>'))).toEqual({
      line: 1,
      message: `Không dùng thẻ <div> trong nội dung: viết bằng Markdown (## tiêu đề, **đậm**, *nghiêng*, danh sách, bảng, [liên kết](https://…)) hoặc dùng component trong tệp .mdx. ${ONLY_HTML}`,
    });
  });

  it('an element inside an allowed one, on the line it is written on', () => {
    expect(only(md('Đoạn.\n\n<sup>\n<object data="https://tai-lieu.example/x.pdf"></object>\n</sup>'))).toEqual({ line: 4, message: `Không dùng thẻ <object> trong nội dung: ${EMBED}` });
  });

  it('attributes a <body> tag would add to the page, which a fragment parser drops', () => {
    expect(only(md('Đoạn.<body onload="location = \'https://lua-dao.example/\'">')).message).toBe(
      `Không dùng thẻ <body> trong nội dung: viết bằng Markdown (## tiêu đề, **đậm**, *nghiêng*, danh sách, bảng, [liên kết](https://…)) hoặc dùng component trong tệp .mdx. ${ONLY_HTML}`,
    );
  });

  it('an attribute an allowed element does not take', () => {
    expect(md('<sup class="nho">2</sup> và <abbr title="Ủy ban nhân dân" style="color: red">UBND</abbr>')).toEqual([
      { line: 1, message: 'Không dùng thuộc tính class trong <sup>: thẻ này không nhận thuộc tính nào; cách hiển thị do giao diện chung của site lo. Bỏ thuộc tính này' },
      { line: 1, message: 'Không dùng thuộc tính style trong <abbr>: thẻ này chỉ nhận thuộc tính title; cách hiển thị do giao diện chung của site lo. Bỏ thuộc tính này' },
    ]);
    expect(only(mdx('<abbr title="Ủy ban nhân dân" cite="https://theo-doi.example/">UBND</abbr>')).message).toBe(
      'Không dùng thuộc tính cite trong <abbr>: thẻ này chỉ nhận thuộc tính title; cách hiển thị do giao diện chung của site lo. Bỏ thuộc tính này',
    );
  });

  it('a component prop that names a file by an address rather than a path in its content folder', () => {
    const FIGURE = (src: string) =>
      `<Figure src="${src}">: ảnh chỉ lấy từ content/images/, không từ máy chủ khác, từ địa chỉ data: hay từ thư mục khác. Ghi đường dẫn ảnh trong content/images/ (png, jpg, jpeg, webp), ví dụ src="2020/lang-son-176-kh-ubnd.png"`;
    expect(only(mdx('<Figure src="https://theo-doi.example/pixel.png" alt="Ảnh" caption="Nguồn" />')).message).toBe(FIGURE('https://theo-doi.example/pixel.png'));
    expect(only(mdx('<Figure src="data:image/png;base64,iVBORw0KGgo=" alt="Ảnh" caption="Nguồn" />')).message).toBe(FIGURE('data:image/png;base64,iVBORw0KGgo='));
    expect(only(mdx('<Figure src="../attachments/2020/so-do.png" alt="Ảnh" caption="Nguồn" />')).message).toBe(FIGURE('../attachments/2020/so-do.png'));
    // Without the ids to look up, the prop is still held to its folder.
    expect(only(bodyProblems('<Figure src="/hinh-anh/2020/x.png" alt="Ảnh" caption="Nguồn" />', 'mdx')).message).toBe(FIGURE('/hinh-anh/2020/x.png'));
    expect(only(mdx('<Attachment file="https://tai-lieu.example/ke-hoach.pdf" />')).message).toBe(
      '<Attachment file="https://tai-lieu.example/ke-hoach.pdf">: tệp đính kèm chỉ lấy từ content/attachments/ (văn bản đăng ở nơi khác thì viết một liên kết [tên văn bản](https://…)). Ghi đường dẫn một tệp đã ghi ở trường attachments của kế hoạch, ví dụ file="2020/lang-son-176-kh-ubnd.pdf"',
    );
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
