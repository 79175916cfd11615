/**
 * Content is data, not code, and it stays on its page. The body of an entry
 * (`.md` or `.mdx`) may hold prose, links, images, the few HTML elements of
 * ./body-allow-list.ts and, in `.mdx`, the components listed in
 * src/schemas/mdx-components.ts with plain literal props — nothing that runs
 * and nothing that loads or sends anything from another place: no
 * import/export, no JavaScript expression, no other HTML element or
 * attribute, no link but to web pages, mail, phone numbers or the site, no
 * image or file from outside content/images/ and content/attachments/.
 * Every refusal names its line and says in Vietnamese what to write instead.
 *
 * Bodies are parsed with satteri, the same parser @astrojs/mdx compiles them
 * with, so what passes here is exactly what the build understands.
 */
import { htmlToHast, markdownToMdast, mdxToMdast } from 'satteri';
import type { RawContent } from './catalog-model';
import { missingReferenceMessage } from './content-error';
import { allowedAttributes, attributeMessage, folderFileProblem, imageProblem, linkProblem, missingImageMessage, short, tagMessage } from './body-allow-list';
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

/** What the components of a body name, each once, in the order written: the page shows these and nothing else of the catalog. */
export interface NamedReferences {
  legalDocuments: string[];
  plans: string[];
  attachments: string[];
  images: string[];
}

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
  identifier?: string;
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
  readonly named = { legalDocuments: new Set<string>(), plans: new Set<string>(), attachments: new Set<string>(), images: new Set<string>() };
  /** Reference definitions ([nhãn]: địa chỉ) by label, for the images that name them. */
  private readonly definitions = new Map<string, string>();
  constructor(
    private readonly firstLine: number,
    private readonly format: BodyFormat,
    private readonly references?: BodyReferences,
  ) {}

  add(node: Node | undefined, message: string, lineOffset = 0): void {
    this.problems.push({ line: (node?.position?.start.line ?? 1) + lineOffset + this.firstLine - 1, message });
  }

  check(tree: Node): void {
    // A definition may come after the image that names it; CommonMark keeps the first of two with one label.
    const collect = (node: Node) => {
      if (node.type === 'definition' && node.identifier && !this.definitions.has(node.identifier)) this.definitions.set(node.identifier, node.url ?? '');
      node.children?.forEach(collect);
    };
    collect(tree);
    this.walk(tree);
  }

  private walk(node: Node): void {
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
        if (!this.element(node)) return;
        break;
      case 'html':
        this.html(node);
        return;
      case 'link':
      case 'definition':
        this.problem(node, linkProblem(node.url ?? ''));
        break;
      case 'image':
        this.problem(node, imageProblem(node.url ?? '', this.references?.images));
        break;
      case 'imageReference':
        this.problem(node, imageProblem(this.definitions.get(node.identifier ?? '') ?? '', this.references?.images));
        break;
    }
    for (const child of node.children ?? []) this.walk(child);
  }

  private problem(node: Node, message: string | undefined): void {
    if (message) this.add(node, message);
  }

  /** The literal values of a JSX element's attributes; an attribute written as code is reported and left out. */
  private attributes(node: Node, name: string): Map<string, string | number | boolean | null> {
    const values = new Map<string, string | number | boolean | null>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.add(node, `<${name}> có {${short(String(attribute.value))}}: không dùng biểu thức JavaScript trong thẻ. Ghi từng thuộc tính với giá trị cố định, ví dụ title="…"`);
        continue;
      }
      const attributeName = attribute.name!;
      const raw = attribute.value;
      if (raw === null || raw === undefined) values.set(attributeName, true);
      else if (typeof raw === 'string') values.set(attributeName, raw);
      else {
        const parsed = literal(raw.value);
        if (parsed) values.set(attributeName, parsed.value);
        else this.add(node, `Thuộc tính ${attributeName} của <${name}> là biểu thức JavaScript {${short(raw.value)}}: chỉ dùng giá trị cố định, ví dụ ${attributeName}="…"`);
      }
    }
    return values;
  }

  /**
   * A JSX element in MDX: an HTML element held to the allow-list, or one of
   * our components. Whether what it wraps is worth checking: inside a refused
   * element it is not, the editor rewrites the whole.
   */
  private element(node: Node): boolean {
    const name = node.name;
    if (!name) return true;
    const isComponent = /^[A-Z]/.test(name) || name.includes('.');
    if (!isComponent) {
      const allowed = allowedAttributes(name);
      if (!allowed) {
        this.add(node, tagMessage(name));
        return false;
      }
      for (const attributeName of this.attributes(node, name).keys()) {
        if (!allowed.includes(attributeName.toLowerCase())) this.add(node, attributeMessage(attributeName, name.toLowerCase(), 'jsx'));
      }
      return true;
    }
    const values = this.attributes(node, name);
    const spec = COMPONENTS[name];
    if (!spec) {
      const near = closest(name, COMPONENT_NAMES, 1);
      this.add(node, `Không có component <${name}>.${near.length ? ` Có phải bạn muốn: <${near[0]}>?` : ''} Các component dùng được: ${COMPONENT_LIST} (xem CONTRIBUTING.md)`);
      return true;
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
    return true;
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
    const where = `<${component} ${name}="${short(value)}">`;
    switch (prop.type.kind) {
      case 'choice':
        if (!Object.hasOwn(prop.type.choices, value)) this.add(node, `${where}: giá trị không hợp lệ; ${prop.hint}`);
        return;
      case 'legalDocument':
        this.named.legalDocuments.add(value);
        if (refs && !refs.legalDocuments.has(value)) this.add(node, `${where}: ${missingReferenceMessage(value, 'legalDocuments', refs.legalDocuments)}`);
        return;
      case 'plan':
        this.named.plans.add(value);
        if (refs && !refs.plans.has(value)) this.add(node, `${where}: ${missingReferenceMessage(value, 'plans', refs.plans)}`);
        return;
      case 'attachment': {
        this.named.attachments.add(value);
        const outside = folderFileProblem(value, 'attachments');
        if (outside) this.add(node, `${where}: ${outside}. Ghi ${prop.hint}`);
        else if (refs && !refs.attachments.has(value)) {
          const listed = [...refs.attachments];
          this.add(
            node,
            `${where}: tệp này chưa có trong trường attachments của mục này, nên không được đăng. Thêm nó vào attachments (CONTRIBUTING.md, mục 7)${listed.length ? `; các tệp đã ghi: ${closest(value, listed).join(', ')}` : ''}`,
          );
        }
        return;
      }
      case 'image': {
        this.named.images.add(value);
        const outside = folderFileProblem(value, 'images');
        const extension = value.split('.').pop()!.toLowerCase();
        if (outside) this.add(node, `${where}: ${outside}. Ghi ${prop.hint}`);
        else if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) this.add(node, `${where}: ảnh phải là tệp ${IMAGE_EXTENSIONS.join(', ')}`);
        else if (refs && !refs.images.has(value)) this.add(node, `${where}: ${missingImageMessage(value, refs.images)}`);
        return;
      }
      case 'text':
        return;
    }
  }

  /**
   * Raw HTML in a `.md` body, parsed as a browser parses a page, so that
   * nothing hides from the allow-list: a <body onload> that a fragment parser
   * would drop lands on the document's body here. Each element is reported on
   * the line its start tag is written on.
   */
  private html(node: Node): void {
    const source = String(node.value);
    const lower = source.toLowerCase();
    let cursor = 0;
    const visit = (hast: HastNode, checked: boolean) => {
      let inside = checked;
      if (hast.type === 'element' && hast.tagName) {
        const tag = hast.tagName.toLowerCase();
        const at = startTag(lower, tag, cursor);
        if (at !== -1) cursor = at + 1;
        if (checked) inside = this.htmlElement(node, tag, Object.keys(hast.properties ?? {}), lower.slice(0, cursor).split('\n').length - 1);
      }
      for (const child of hast.children ?? []) visit(child, inside);
    };
    visit(htmlToHast(source, { fragment: false }) as HastNode, true);
  }

  /** One element of raw HTML, `lineOffset` lines into its node. Whether what it holds is worth checking: not inside a refused element. */
  private htmlElement(node: Node, tag: string, properties: string[], lineOffset: number): boolean {
    const component = COMPONENT_NAMES.find((n) => n.toLowerCase() === tag);
    if (component && this.format === 'md') {
      this.add(node, `<${component}> là component, chỉ dùng được trong tệp .mdx: đổi đuôi tệp này thành .mdx`, lineOffset);
      return false;
    }
    // The parser puts these around any HTML. Attributes on them are written, and the browser adds them to the page's own.
    if (DOCUMENT_TAGS.has(tag)) {
      if (properties.length > 0) this.add(node, tagMessage(tag), lineOffset);
      return true;
    }
    const allowed = allowedAttributes(tag);
    if (!allowed) {
      this.add(node, tagMessage(tag), lineOffset);
      return false;
    }
    for (const property of properties) if (!allowed.includes(property)) this.add(node, attributeMessage(property, tag, 'hast'), lineOffset);
    return true;
  }
}

const DOCUMENT_TAGS = new Set(['html', 'head', 'body']);

/** Where the start tag of `tag` is next written in `lower` from `from`, or -1 when the parser implied the element. */
function startTag(lower: string, tag: string, from: number): number {
  for (let at = lower.indexOf(`<${tag}`, from); at !== -1; at = lower.indexOf(`<${tag}`, at + 1)) {
    if (/^[\s/>]?$/.test(lower.charAt(at + tag.length + 1))) return at;
  }
  return -1;
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

// A Markdown body with no "<", no "](" and no "]:" holds no HTML, no autolink, no link or image with an address
// and no reference definition (a literal www. or https:// autolink is always a web page): most plans are skipped
// without parsing, which keeps the checker fast at tens of thousands of plans.
const MAY_POINT_OR_HOLD_HTML = /<|\]\(|\]:/;

/**
 * Everything in one body that is not plain content, with lines counted from
 * `firstLine` (the body's first line in its file).
 */
export function bodyProblems(body: string, format: BodyFormat, options: { firstLine?: number; references?: BodyReferences } = {}): BodyProblem[] {
  return checkBody(body, format, options).problems;
}

/** The body's problems, as bodyProblems, and what its components name. */
export function checkBody(body: string, format: BodyFormat, options: { firstLine?: number; references?: BodyReferences } = {}): { problems: BodyProblem[]; named: NamedReferences } {
  const firstLine = options.firstLine ?? 1;
  const none: NamedReferences = { legalDocuments: [], plans: [], attachments: [], images: [] };
  if (format === 'md' && !MAY_POINT_OR_HOLD_HTML.test(body)) return { problems: [], named: none };
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToMdast(body, { features: { gfm: true } }) : markdownToMdast(body, { features: { gfm: true } })) as unknown as Node;
  } catch (error) {
    return { problems: [syntaxProblem(error, firstLine)], named: none };
  }
  const collector = new Collector(firstLine, format, options.references);
  collector.check(tree);
  const { named } = collector;
  return {
    problems: collector.problems,
    named: { legalDocuments: [...named.legalDocuments], plans: [...named.plans], attachments: [...named.attachments], images: [...named.images] },
  };
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
