/**
 * The text of an official document in any of the formats editors receive it:
 * text copied from a web page or a legal database, a saved web page, a Word
 * file, or a PDF with a text layer. Tables and two-column headers come out as
 * lines of cells separated by " | ", which the reader understands.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { extractTextItems, getDocumentProxy } from 'unpdf';

const DOCUMENT_FORMATS = ['.txt', '.html', '.htm', '.docx', '.pdf'] as const;

export type DocumentText = { ok: true; text: string } | { ok: false; error: string };

export async function documentText(file: string): Promise<DocumentText> {
  const extension = path.extname(file).toLowerCase();
  const bytes = await readFile(file);
  switch (extension) {
    case '.txt':
      return { ok: true, text: bytes.toString('utf8') };
    case '.html':
    case '.htm':
      return { ok: true, text: htmlText(bytes.toString('utf8')) };
    case '.docx': {
      const { value } = await mammoth.convertToHtml({ buffer: bytes });
      return { ok: true, text: htmlText(value) };
    }
    case '.pdf': {
      const text = await pdfText(new Uint8Array(bytes));
      // A scan has no text layer: nothing to read without OCR.
      if (text.replace(/\s/g, '').length < 20) return { ok: false, error: 'tệp PDF không có lớp chữ (bản quét ảnh); cần bản PDF có chữ chọn được, tệp Word hoặc chép chữ từ trang web' };
      return { ok: true, text };
    }
    case '.doc':
      return { ok: false, error: 'tệp .doc (Word 97–2003) chưa đọc được; mở bằng Word hoặc LibreOffice và lưu lại thành .docx' };
    default:
      return { ok: false, error: `không đọc được tệp ${extension || 'không có đuôi'}; chỉ nhận ${DOCUMENT_FORMATS.join(', ')}` };
  }
}

const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'br', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'dt', 'dd']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav']);

/** Text of an HTML page: one line per block, one line per table row with its cells joined by " | ". */
function htmlText(html: string): string {
  const root = parse(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const out: string[] = [''];
  const newLine = () => {
    if (out.at(-1)!.trim() !== '') out.push('');
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out[out.length - 1] += decode(node.rawText).replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'tr') {
      newLine();
      const cells = element.childNodes
        .filter((c): c is HTMLElement => c.nodeType === 1 && ['td', 'th'].includes((c as HTMLElement).rawTagName?.toLowerCase() ?? ''))
        // A cell holding several paragraphs (a header's agency and number) splits into one cell per paragraph.
        .map((cell) => htmlText(cell.innerHTML).split('\n').map((l) => l.trim()).filter(Boolean).join(' ¶ '));
      // Empty cells stay, so that each value keeps its column.
      out[out.length - 1] = cells.join(' | ');
      newLine();
      return;
    }
    if (BLOCKS.has(tag)) newLine();
    element.childNodes.forEach(walk);
    if (BLOCKS.has(tag)) newLine();
  };
  root.childNodes.forEach(walk);
  return unfoldHeaderCells(out.map((l) => l.trim()).filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))).join('\n').trim() + '\n';
}

/**
 * A header table holds the agency and its number in the left cell and the
 * motto and date in the right one; written side by side, paragraph by paragraph,
 * the reader sees them as it sees a PDF's two columns.
 */
function unfoldHeaderCells(lines: string[]): string[] {
  return lines.flatMap((line) => {
    if (!line.includes(' ¶ ')) return [line];
    const cells = line.split(' | ').map((c) => c.split(' ¶ '));
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, i) => cells.map((c) => c[i] ?? '').filter(Boolean).join(' | '));
  });
}

function decode(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)));
}

/** A PDF's text, line by line from the positions of its items; a wide gap between items becomes a cell break. */
async function pdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(data);
  const { items } = await extractTextItems(pdf);
  const lines: string[] = [];
  for (const page of items) {
    const rows = new Map<number, typeof page>();
    for (const item of page) {
      if (item.str.trim() === '') continue;
      const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < Math.max(2, item.fontSize * 0.4)) ?? item.y;
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    const ordered = [...rows].sort((a, b) => b[0] - a[0]);
    let previousY: number | undefined;
    for (const [y, row] of ordered) {
      const fontSize = row[0]!.fontSize || 12;
      // A gap of more than one and a half lines is a blank line: the reader joins a paragraph's lines only without one.
      if (previousY !== undefined && previousY - y > fontSize * 1.9) lines.push('');
      previousY = y;
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const item of row) {
        const gap = item.x - end;
        text += text === '' ? item.str : gap > fontSize * 2 ? ` | ${item.str}` : gap > fontSize * 0.15 && !text.endsWith(' ') && !item.str.startsWith(' ') ? ` ${item.str}` : item.str;
        end = item.x + item.width;
      }
      lines.push(text.trim());
    }
    lines.push('');
  }
  return lines.join('\n');
}
