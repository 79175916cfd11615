/**
 * Reads YAML the way an editor wrote it: the YAML 1.2 core schema keeps
 * "2020-10-32" a string (the default 1.1 timestamps would silently roll it
 * over to 1 November), and every value keeps its line number for messages.
 */
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, type Node, type YAMLError } from 'yaml';
import type { ContentProblem } from './content-problem';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based) of each value, keyed by its dotted path: "tasks.0.deadline". */
  lines: Map<string, number>;
  /** YAML syntax errors with their line, in Vietnamese with the usual cause. */
  errors: (Required<Pick<ContentProblem, 'line' | 'message'>> & Pick<ContentProblem, 'hint'>)[];
}

export interface SplitFile {
  /** The YAML between the --- fences, or undefined when there is none. */
  frontmatter?: string;
  /** Line in the file where the frontmatter's first line sits. */
  frontmatterLine: number;
  body: string;
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Windows Notepad starts a UTF-8 file with a byte order mark; it is invisible and means nothing here. */
export const BYTE_ORDER_MARK = '\uFEFF';
const withoutBom = (text: string) => (text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);

export function splitFrontmatter(file: string): SplitFile {
  const text = withoutBom(file);
  const match = FENCE.exec(text);
  if (!match) return { frontmatterLine: 1, body: text, bodyLine: 1 };
  const consumed = match[0];
  return {
    frontmatter: match[1]!,
    frontmatterLine: 2,
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length,
  };
}

/**
 * The data alone, without line numbers: several times faster, for the common
 * case of a valid file. Undefined when the YAML does not parse.
 */
export function parseYamlData(source: string): { data: unknown } | undefined {
  try {
    return { data: parse(withoutBom(source), { schema: 'core', uniqueKeys: true }) };
  } catch {
    return undefined;
  }
}

export function parseYaml(file: string, firstLine = 1): ParsedYaml {
  const source = withoutBom(file);
  const counter = new LineCounter();
  const doc = parseDocument(source, { schema: 'core', lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lines = new Map<string, number>();
  const walk = (node: Node | null | undefined, path: string[]) => {
    if (!node) return;
    if (node.range) lines.set(path.join('.'), lineOf(node.range[0]));
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (isScalar(pair.key) && pair.key.range) lines.set([...path, key].join('.'), lineOf(pair.key.range[0]));
        walk(pair.value as Node | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, [...path, String(i)]));
    }
  };
  walk(doc.contents as Node | null, []);
  return {
    data: doc.toJS(),
    lines,
    errors: explainedErrors(doc.errors, source, lineOf),
  };
}

/**
 * The YAML library's errors in words an editor can act on. The first error of a
 * line is kept: the ones after it on the same line are its echoes.
 */
function explainedErrors(errors: readonly YAMLError[], source: string, lineOf: (offset: number) => number): ParsedYaml['errors'] {
  const sourceLines = source.split('\n');
  const seen = new Set<number>();
  const explained: ParsedYaml['errors'] = [];
  for (const error of errors) {
    const line = lineOf(error.pos[0]);
    if (seen.has(line)) continue;
    seen.add(line);
    const offsetLine = line - lineOf(0);
    const { message, hint } = explainYamlError(error.code, error.message, sourceLines[offsetLine] ?? '');
    explained.push({ line, message: `Lỗi cú pháp YAML: ${message}`, hint });
  }
  return explained;
}

const QUOTE_HINT = 'đặt cả giá trị trong dấu ngoặc kép, ví dụ title: "Kế hoạch: thực hiện Kết luận số 80-KL/TW"';
const INDENT_HINT = 'Các trường cùng cấp phải thẳng cột; thụt lề bằng dấu cách (mỗi cấp hai dấu cách), không bằng phím Tab';

/** One YAML error, by its code: what went wrong and the usual cause. */
function explainYamlError(code: string, english: string, lineText: string): { message: string; hint: string } {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      // "title: Kế hoạch: thực hiện": a second ": " inside a plain value starts a mapping YAML cannot nest there.
      return /:\s.*:(\s|$)/.test(lineText.replace(/^\s*-\s*/, ''))
        ? { message: 'giá trị có dấu hai chấm và dấu cách (": ") ở giữa', hint: `YAML hiểu đó là một trường mới; ${QUOTE_HINT}` }
        : { message: 'thụt lề không khớp ở dòng này hoặc dòng ngay sau', hint: INDENT_HINT };
    case 'BAD_INDENT':
      if (/flow (sequence|collection)/i.test(english)) return { message: 'danh sách mở bằng [ mà chưa đóng bằng ]', hint: 'Đóng ngoặc ] trên cùng dòng, hoặc viết mỗi mục một dòng bắt đầu bằng "- "' };
      if (/flow map/i.test(english)) return { message: 'nhóm mở bằng { mà chưa đóng bằng }', hint: 'Đóng ngoặc } trên cùng dòng' };
      return { message: 'thụt lề không khớp', hint: INDENT_HINT };
    case 'TAB_AS_INDENT':
      return { message: 'thụt lề bằng phím Tab', hint: 'YAML chỉ nhận dấu cách: thay mỗi Tab bằng hai dấu cách' };
    case 'MISSING_CHAR':
      if (/quote/i.test(english)) return { message: 'dấu ngoặc kép mở mà chưa đóng', hint: 'Mỗi giá trị mở bằng " phải đóng bằng " trên cùng dòng; dấu " bên trong câu gõ là \\"' };
      if (/sequence item/i.test(english)) return { message: 'mục danh sách thiếu dấu "- " hoặc thụt lề sai', hint: `Mỗi mục của danh sách bắt đầu bằng "- "; ${INDENT_HINT}` };
      if (/\]/.test(english)) return { message: 'danh sách mở bằng [ mà chưa đóng bằng ]', hint: 'Đóng ngoặc ] trên cùng dòng' };
      if (/\}/.test(english)) return { message: 'nhóm mở bằng { mà chưa đóng bằng }', hint: 'Đóng ngoặc } trên cùng dòng' };
      return { message: 'thiếu một ký tự đóng', hint: 'Kiểm tra dấu ngoặc kép, ngoặc vuông, ngoặc nhọn đã đóng đủ chưa' };
    case 'DUPLICATE_KEY':
      return { message: 'trường này đã được ghi ở trên', hint: 'Mỗi trường chỉ ghi một lần trong một mục; xóa hoặc gộp hai dòng' };
    case 'UNEXPECTED_TOKEN':
      return { message: 'có chữ sau dấu ngoặc đóng', hint: `Khi giá trị mở bằng dấu ngoặc kép, cả giá trị phải nằm trong ngoặc; ${QUOTE_HINT}` };
    default:
      return {
        message: `không đọc được dòng này (${code})`,
        hint: 'Thường do thụt lề sai, một dấu ngoặc chưa đóng, hoặc dấu hai chấm trong giá trị cần đặt trong ngoặc kép',
      };
  }
}

/** The line of a field, or of its nearest parent that has one. */
export function lineOfPath(lines: ReadonlyMap<string, number>, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(path.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}
