/**
 * Content is data, not code. The body of an entry (`.md` or `.mdx`) may hold
 * prose, links, images and, in `.mdx`, the components listed in
 * src/schemas/mdx-components.ts with plain literal props — nothing that runs:
 * no import/export, no JavaScript expression, no <script>, <style> or
 * <iframe>, no on…= attribute, no javascript: address. Every refusal names
 * its line and says in Vietnamese what to write instead.
 *
 * Bodies are parsed with satteri, the same parser @astrojs/mdx compiles them
 * with, so what passes here is exactly what the build understands.
 */
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import { missingReferenceMessage, type RawContent } from '../domain/catalog';
import { splitFrontmatter } from '../lib/frontmatter';
import { closest } from '../lib/suggest';
import { COLLECTIONS } from '../schemas/collections';
import { IMAGE_EXTENSIONS, MDX_COMPONENTS, type ComponentSpec, type PropSpec } from '../schemas/mdx-components';

export interface BodyProblem {
  line: number;
  message: string;
}

/** The ids a component may point at. Without them only syntax and safety are checked. */
export interface BodyReferences {
  legalDocuments: ReadonlySet<string>;
  plans: ReadonlySet<string>;
  /** The files this entry lists under `attachments`. */
  attachments: ReadonlySet<string>;
  /** Paths under content/images/. */
  images: ReadonlySet<string>;
}

export type BodyFormat = 'md' | 'mdx';

interface Point {
  line: number;
}
interface Node {
  type: string;
  position?: { start: Point };
  children?: Node[];
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: Attribute[];
}
interface Attribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const COMPONENTS: Record<string, ComponentSpec> = MDX_COMPONENTS;
const COMPONENT_NAMES = Object.keys(COMPONENTS);
const COMPONENT_LIST = COMPONENT_NAMES.map((n) => `<${n}>`).join(', ');

const FORBIDDEN_TAGS: Record<string, string> = {
  script: 'trang không chạy mã từ tệp nội dung. Cần tính năng mới thì đề nghị nhóm phát triển thêm một component',
  style: 'định dạng do giao diện chung của site lo; cần nhấn mạnh thì dùng **chữ đậm** hoặc <Note>',
  iframe: 'site không nhúng trang của nơi khác; viết một liên kết [tên trang](https://…) thay cho khung nhúng',
};

const short = (code: string) => {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

/** An address that would run script when followed, however it is spelt ("JavaScript :", tabs, entities already decoded). */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^javascript:/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

const scriptUrlMessage = (where: string) =>
  `Không dùng địa chỉ javascript: (${where}): địa chỉ đó chạy mã trong trình duyệt. Liên kết phải là địa chỉ trang web (https://…) hoặc một đường dẫn trong site`;
const eventAttributeMessage = (attribute: string, tag: string) =>
  `Không dùng thuộc tính ${attribute} trong <${tag}>: thuộc tính on… chạy mã JavaScript trong trình duyệt, mà nội dung không được chạy mã. Bỏ thuộc tính này`;
const forbiddenTagMessage = (tag: string) => `Không dùng thẻ <${tag}> trong nội dung: ${FORBIDDEN_TAGS[tag]}`;

/** A JSX attribute value that is a plain literal ("text", 3, true), or undefined when it is code. */
function literal(code: string): { value: string | number | boolean | null } | undefined {
  try {
    const value: unknown = JSON.parse(code.trim());
    return value === null || ['string', 'number', 'boolean'].includes(typeof value) ? { value: value as string | number | boolean | null } : undefined;
  } catch {
    return undefined;
  }
}

class Collector {
  readonly problems: BodyProblem[] = [];
  constructor(
    private readonly firstLine: number,
    private readonly format: BodyFormat,
    private readonly references?: BodyReferences,
  ) {}

  add(node: Node | undefined, message: string, lineOffset = 0): void {
    this.problems.push({ line: (node?.position?.start.line ?? 1) + lineOffset + this.firstLine - 1, message });
  }

  walk(node: Node): void {
    switch (node.type) {
      case 'mdxjsEsm':
        // Consecutive import/export lines arrive as one node: each statement is reported on its own line.
        String(node.value)
          .split('\n')
          .forEach((text, offset) => {
            const keyword = /^\s*(import|export)\b/.exec(text)?.[1];
            if (keyword) this.add(node, `Không dùng lệnh ${keyword} trong nội dung: nội dung là dữ liệu, không chạy mã khi build. Các component ${COMPONENT_LIST} có sẵn trong mọi tệp .mdx, không cần import`, offset);
          });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        this.add(node, `Không dùng biểu thức JavaScript {${short(String(node.value))}} trong nội dung: nội dung là dữ liệu, không chạy mã. Muốn in dấu { thì gõ \\{`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.element(node);
        break;
      case 'html':
        this.html(node);
        return;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isScriptUrl(node.url)) this.add(node, scriptUrlMessage(node.type === 'image' ? 'ảnh' : 'liên kết'));
        break;
    }
    for (const child of node.children ?? []) this.walk(child);
  }

  /** A JSX element in MDX: an HTML tag (checked for what runs code) or one of our components. */
  private element(node: Node): void {
    const name = node.name;
    if (!name) return;
    const attributes = node.attributes ?? [];
    const values = new Map<string, string | number | boolean | null>();
    for (const attribute of attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.add(node, `<${name}> có {${short(String(attribute.value))}}: không dùng biểu thức JavaScript trong thẻ. Ghi từng thuộc tính với giá trị cố định, ví dụ title="…"`);
        continue;
      }
      const attributeName = attribute.name!;
      const raw = attribute.value;
      if (/^on/i.test(attributeName)) this.add(node, eventAttributeMessage(attributeName, name));
      if (raw === null || raw === undefined) values.set(attributeName, true);
      else if (typeof raw === 'string') values.set(attributeName, raw);
      else {
        const parsed = literal(raw.value);
        if (parsed) values.set(attributeName, parsed.value);
        else this.add(node, `Thuộc tính ${attributeName} của <${name}> là biểu thức JavaScript {${short(raw.value)}}: chỉ dùng giá trị cố định, ví dụ ${attributeName}="…"`);
      }
      const value = values.get(attributeName);
      if (typeof value === 'string' && isScriptUrl(value)) this.add(node, scriptUrlMessage(`thuộc tính ${attributeName} của <${name}>`));
    }

    const isComponent = /^[A-Z]/.test(name) || name.includes('.');
    if (!isComponent) {
      if (FORBIDDEN_TAGS[name.toLowerCase()]) this.add(node, forbiddenTagMessage(name.toLowerCase()));
      return;
    }
    const spec = COMPONENTS[name];
    if (!spec) {
      const near = closest(name, COMPONENT_NAMES, 1);
      this.add(node, `Không có component <${name}>.${near.length ? ` Có phải bạn muốn: <${near[0]}>?` : ''} Các component dùng được: ${COMPONENT_LIST} (xem CONTRIBUTING.md)`);
      return;
    }
    if (!spec.children && (node.children ?? []).length > 0) this.add(node, `<${name}> không nhận nội dung bên trong: viết <${name} … />`);
    const holdsTable = (n: Node): boolean => n.type === 'table' || (n.children ?? []).some(holdsTable);
    if (spec.table && !holdsTable(node)) this.add(node, `<${name}> cần một bảng Markdown bên trong: | cột | cột |, dòng |---|---|, rồi mỗi hàng một dòng; để một dòng trống sau <${name} …> và trước </${name}>`);
    for (const attributeName of values.keys()) {
      if (!spec.props[attributeName]) {
        const allowed = Object.keys(spec.props);
        this.add(node, `<${name}> không có thuộc tính ${attributeName}. Thuộc tính dùng được: ${allowed.join(', ')}`);
      }
    }
    for (const [propName, prop] of Object.entries(spec.props)) this.prop(node, name, propName, prop, values.get(propName));
  }

  private prop(node: Node, component: string, name: string, prop: PropSpec, value: string | number | boolean | null | undefined): void {
    if (value === undefined) {
      if (prop.required) this.add(node, `<${component}> thiếu thuộc tính ${name}: ${prop.hint}`);
      return;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(node, `Thuộc tính ${name} của <${component}> cần một chuỗi có nội dung trong dấu ngoặc kép: ${prop.hint}`);
      return;
    }
    const refs = this.references;
    const where = `<${component} ${name}="${value}">`;
    switch (prop.type.kind) {
      case 'choice':
        if (!prop.type.values.includes(value)) this.add(node, `${where}: giá trị không hợp lệ; ${prop.hint}`);
        return;
      case 'legalDocument':
        if (refs && !refs.legalDocuments.has(value)) this.add(node, `${where}: ${missingReferenceMessage(value, 'legalDocuments', refs.legalDocuments)}`);
        return;
      case 'plan':
        if (refs && !refs.plans.has(value)) this.add(node, `${where}: ${missingReferenceMessage(value, 'plans', refs.plans)}`);
        return;
      case 'attachment':
        if (refs && !refs.attachments.has(value)) {
          const listed = [...refs.attachments];
          this.add(
            node,
            `${where}: tệp này chưa có trong trường attachments của mục này, nên không được đăng. Thêm nó vào attachments (CONTRIBUTING.md, mục 6)${listed.length ? `; các tệp đã ghi: ${closest(value, listed).join(', ')}` : ''}`,
          );
        }
        return;
      case 'image': {
        const extension = value.split('.').pop()!.toLowerCase();
        if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) this.add(node, `${where}: ảnh phải là tệp ${IMAGE_EXTENSIONS.join(', ')}`);
        else if (refs && !refs.images.has(value)) {
          const near = closest(value, refs.images);
          this.add(node, `${where}: không có ảnh content/images/${value}. Chép ảnh vào đó, hoặc sửa đường dẫn.${near.length ? ` Có phải bạn muốn: ${near.join(', ')}?` : ''}`);
        }
        return;
      }
      case 'text':
        return;
    }
  }

  /** Raw HTML in a `.md` body, parsed as a browser would to see every tag and attribute. */
  private html(node: Node): void {
    const visit = (hast: HastNode) => {
      if (hast.type === 'element' && hast.tagName) {
        const tag = hast.tagName;
        if (FORBIDDEN_TAGS[tag]) this.add(node, forbiddenTagMessage(tag));
        const component = COMPONENT_NAMES.find((n) => n.toLowerCase() === tag);
        if (component && this.format === 'md') this.add(node, `<${component}> là component, chỉ dùng được trong tệp .mdx: đổi đuôi tệp này thành .mdx`);
        for (const [property, value] of Object.entries(hast.properties ?? {})) {
          if (/^on/i.test(property)) this.add(node, eventAttributeMessage(property.toLowerCase(), tag));
          if (typeof value === 'string' && isScriptUrl(value)) this.add(node, scriptUrlMessage(`thuộc tính ${property} của <${tag}>`));
        }
      }
      for (const child of hast.children ?? []) visit(child);
    };
    visit(htmlToHast(String(node.value), { fragment: true }) as HastNode);
  }
}

/** A parse error from satteri ("3:7: Expected a closing tag…") as a line and a message an editor can act on. */
function syntaxProblem(error: unknown, firstLine: number): BodyProblem {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): (.*)$/s.exec(text);
  const [line, column, reason] = match ? [Number(match[1]), match[2], match[3]] : [1, '?', text];
  return {
    line: line + firstLine - 1,
    message: `Lỗi cú pháp MDX ở cột ${column}: ${reason}. Trong tệp .mdx, dấu < và { mở đầu component hay biểu thức; muốn viết chữ thường thì gõ \\< hoặc \\{, hoặc đổi đuôi tệp thành .md nếu không dùng component`,
  };
}

// A Markdown body with no "<", no "&" and no "javascript" holds neither HTML nor a script address:
// most plans are skipped without parsing, which keeps the checker fast at tens of thousands of plans.
const MAY_HOLD_CODE = /[<&]|javascript/i;

/**
 * Everything in one body that is not plain content, with lines counted from
 * `firstLine` (the body's first line in its file).
 */
export function bodyProblems(body: string, format: BodyFormat, options: { firstLine?: number; references?: BodyReferences } = {}): BodyProblem[] {
  const firstLine = options.firstLine ?? 1;
  if (format === 'md' && !MAY_HOLD_CODE.test(body)) return [];
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(body, { features: { gfm: true } }) : markdownToMdast(body, { features: { gfm: true } })) as unknown as Node;
  } catch (error) {
    return [syntaxProblem(error, firstLine)];
  }
  const collector = new Collector(firstLine, format, options.references);
  collector.walk(tree);
  return collector.problems;
}

/**
 * The bodies of every entry file in a content folder (`files` as the content
 * checker reads them), each checked against the ids its components may name.
 */
export function contentBodyProblems(
  files: readonly { path: string; text: string }[],
  raw: RawContent,
  images: ReadonlySet<string>,
): { file: string; line: number; message: string }[] {
  const folders = Object.values(COLLECTIONS).flatMap((spec) => (spec.shape === 'entries' ? [`${spec.path}/`] : []));
  const attachmentsOf = new Map(raw.plans.map((plan) => [plan.filePath, new Set(plan.data.attachments.map((a) => a.file))]));
  // Ids come from the files, not from the valid entries: a plan with a bad field elsewhere is still there to link to.
  const idsIn = (folder: string) => new Set(files.flatMap((f) => (f.path.startsWith(`${folder}/`) ? [f.path.slice(folder.length + 1).replace(/\.[^./]+$/, '')] : [])));
  const shared = { legalDocuments: idsIn(COLLECTIONS.legalDocuments.path), plans: idsIn(COLLECTIONS.plans.path), images };
  return files.flatMap((file) => {
    const format = file.path.endsWith('.mdx') ? 'mdx' : file.path.endsWith('.md') ? 'md' : undefined;
    if (!format || !folders.some((folder) => file.path.startsWith(folder))) return [];
    const { frontmatter, body, bodyLine } = splitFrontmatter(file.text);
    if (frontmatter === undefined) return [];
    const references = { ...shared, attachments: attachmentsOf.get(file.path) ?? new Set<string>() };
    return bodyProblems(body, format, { firstLine: bodyLine, references }).map((p) => ({ file: file.path, ...p }));
  });
}
