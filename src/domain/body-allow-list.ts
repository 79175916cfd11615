/**
 * What a body may hold besides Markdown, and where it may point. The rule is
 * an allow-list, so what nobody thought of is refused too: raw HTML is the
 * few elements Markdown cannot write, links go to web pages, mail addresses,
 * phone numbers or the site itself, and images come only from content/images/
 * (published at /hinh-anh/), attachments only from content/attachments/.
 * ./body-safety.ts walks each body and asks these functions;
 * every answer that refuses says in Vietnamese what to write instead.
 */
import { find, html } from 'property-information';
import { paths } from '../lib/paths';
import { closest } from '../lib/suggest';

/**
 * Raw HTML a body may hold, with the attributes each element takes. Markdown
 * writes headings, emphasis, lists, tables and links; it has no superscript
 * or subscript (m², footnote marks), no line break inside a table cell, and
 * no way to give an abbreviation (UBND, PBGDPL) its full name for screen readers.
 */
const ALLOWED_HTML: ReadonlyMap<string, readonly string[]> = new Map([
  ['sup', []],
  ['sub', []],
  ['br', []],
  ['abbr', ['title']],
]);

const ALLOWED_LIST = [...ALLOWED_HTML].map(([tag, attributes]) => `<${[tag, ...attributes.map((a) => `${a}="…"`)].join(' ')}>`).join(', ');

const IMAGE_ADDRESS = paths.image('');

const WRITE_AN_IMAGE = `chép ảnh vào content/images/<năm>/ rồi viết ![mô tả ảnh](${IMAGE_ADDRESS}<năm>/<tên tệp>), hoặc trong tệp .mdx dùng <Figure>`;

/** What to write instead of a refused element, for the ones editors reach for. */
const HINTS: [tags: string[], hint: string][] = [
  [['script', 'noscript'], 'trang không chạy mã từ tệp nội dung. Cần tính năng mới thì đề nghị nhóm phát triển thêm một component'],
  [['style'], 'định dạng do giao diện chung của site lo; cần nhấn mạnh thì dùng **chữ đậm** hoặc <Note>'],
  [['iframe'], 'site không nhúng trang của nơi khác; viết một liên kết [tên trang](https://…) thay cho khung nhúng'],
  [
    ['object', 'embed', 'video', 'audio', 'source', 'track', 'frame', 'frameset', 'applet', 'portal'],
    'site không nhúng tệp, âm thanh hay video từ nơi khác; viết một liên kết [tên](https://…) tới nơi đăng, còn văn bản gốc thì đính kèm (CONTRIBUTING.md, mục 7)',
  ],
  [['img', 'picture', 'svg', 'image'], `ảnh chỉ lấy từ content/images/: ${WRITE_AN_IMAGE}`],
  [
    ['meta', 'link', 'base'],
    'thẻ này đưa người đọc sang trang khác hoặc tải tài nguyên từ nơi khác, mà phần đầu trang do site tạo. Bỏ thẻ; muốn dẫn tới trang khác thì viết một liên kết [tên trang](https://…)',
  ],
  [
    ['form', 'input', 'button', 'textarea', 'select'],
    'trang không nhận hay gửi đi dữ liệu của người đọc. Bỏ biểu mẫu; nếu cần, viết một liên kết [tên trang](https://…) tới trang biểu mẫu của cơ quan',
  ],
  [['a'], 'viết liên kết bằng Markdown: [chữ hiện ra](https://…) hoặc [chữ hiện ra](/ke-hoach/…)'],
  [['b', 'strong'], 'viết **chữ đậm**'],
  [['i', 'em'], 'viết *chữ nghiêng*'],
  [['table', 'thead', 'tbody', 'tr', 'th', 'td'], 'viết bảng Markdown: | cột | cột |, dòng | --- | --- |, rồi mỗi hàng một dòng'],
];
const TAG_HINTS = new Map(HINTS.flatMap(([tags, hint]) => tags.map((tag) => [tag, hint] as const)));
const OTHER_TAG_HINT = `viết bằng Markdown (## tiêu đề, **đậm**, *nghiêng*, danh sách, bảng, [liên kết](https://…)) hoặc dùng component trong tệp .mdx. Thẻ HTML dùng được chỉ có ${ALLOWED_LIST}`;

/** A snippet of code or an address short enough to quote in a message. */
export const short = (code: string) => {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

/** The attributes an element may carry, or undefined when the element itself is refused. */
export function allowedAttributes(tag: string): readonly string[] | undefined {
  return ALLOWED_HTML.get(tag.toLowerCase());
}

export function tagMessage(tag: string): string {
  const name = tag.toLowerCase();
  return `Không dùng thẻ <${name}> trong nội dung: ${TAG_HINTS.get(name) ?? OTHER_TAG_HINT}`;
}

/** An attribute of an allowed element that is not allowed on it; `attribute` as written in JSX, or a hast property name. */
export function attributeMessage(attribute: string, tag: string, written: 'jsx' | 'hast'): string {
  const name = written === 'hast' ? find(html, attribute).attribute : attribute;
  if (/^on/i.test(name)) return `Không dùng thuộc tính ${name} trong <${tag}>: thuộc tính on… chạy mã JavaScript trong trình duyệt, mà nội dung không được chạy mã. Bỏ thuộc tính này`;
  const allowed = allowedAttributes(tag) ?? [];
  const takes = allowed.length ? `thẻ này chỉ nhận thuộc tính ${allowed.join(', ')}` : 'thẻ này không nhận thuộc tính nào';
  return `Không dùng thuộc tính ${name} trong <${tag}>: ${takes}; cách hiển thị do giao diện chung của site lo. Bỏ thuộc tính này`;
}

const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];
const LINKS_TAKE = 'Liên kết chỉ dùng địa chỉ trang web (https://…), thư điện tử (mailto:…), số điện thoại (tel:…) hoặc đường dẫn trong site (/ke-hoach/…)';
const SCHEME_REASONS: Record<string, string> = {
  'javascript:': 'địa chỉ đó chạy mã trong trình duyệt',
  'data:': 'địa chỉ đó chứa sẵn cả một trang hay một tệp, mở ra mà không qua site nào',
};
// A relative address resolves on the site from whichever page holds the body; any page of the site stands in for it.
const A_PAGE = 'https://site.invalid/ke-hoach/';

/**
 * Why a link target is refused, or undefined when it is allowed. The address
 * is read by the WHATWG URL parser, as the browser reads it, so "JaVa\tScript:"
 * or entities are no way around the rule.
 */
export function linkProblem(url: string): string | undefined {
  let scheme: string;
  try {
    scheme = new URL(url, A_PAGE).protocol;
  } catch {
    return `Địa chỉ liên kết "${short(url)}" không đọc được. ${LINKS_TAKE}`;
  }
  if (LINK_SCHEMES.includes(scheme)) return undefined;
  return `Không dùng địa chỉ ${scheme} trong liên kết "${short(url)}": ${SCHEME_REASONS[scheme] ?? 'địa chỉ đó không phải trang web, thư điện tử hay số điện thoại'}. ${LINKS_TAKE}`;
}

/** The message for an image content/images/ does not hold; `prefix` is how the body writes the suggested paths. */
export function missingImageMessage(file: string, images: ReadonlySet<string>, prefix = ''): string {
  const near = closest(file, images);
  return `không có ảnh content/images/${file}. Chép ảnh vào đó, hoặc sửa đường dẫn.${near.length ? ` Có phải bạn muốn: ${near.map((n) => prefix + n).join(', ')}?` : ''}`;
}

/**
 * Why a Markdown image is refused, or undefined when it shows an image of
 * content/images/ by its address on the site. `images`, when known, are the
 * paths under content/images/.
 */
export function imageProblem(url: string, images?: ReadonlySet<string>): string | undefined {
  if (!url.startsWith(IMAGE_ADDRESS)) {
    return `Ảnh "${short(url)}" không lấy từ content/images/: site chỉ đăng ảnh của chính mình, không tải ảnh từ máy chủ khác hay từ địa chỉ data:. Hãy ${WRITE_AN_IMAGE}`;
  }
  const file = url.slice(IMAGE_ADDRESS.length);
  return images && !images.has(file) ? `Ảnh ${url}: ${missingImageMessage(file, images, IMAGE_ADDRESS)}` : undefined;
}

const FOLDER_FILES = {
  images: 'ảnh chỉ lấy từ content/images/, không từ máy chủ khác, từ địa chỉ data: hay từ thư mục khác',
  attachments: 'tệp đính kèm chỉ lấy từ content/attachments/ (văn bản đăng ở nơi khác thì viết một liên kết [tên văn bản](https://…))',
} as const;

/**
 * Why a component prop that names a file in a content folder is refused:
 * it is an address (a scheme, a site path) or climbs out of the folder.
 * Undefined when it is a path inside the folder.
 */
export function folderFileProblem(value: string, folder: keyof typeof FOLDER_FILES): string | undefined {
  const path = value.trim();
  const outside = URL.canParse(path) || /^[\\/]/.test(path) || path.split(/[\\/]/).includes('..');
  return outside ? FOLDER_FILES[folder] : undefined;
}
