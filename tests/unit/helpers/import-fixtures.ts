/**
 * Turns the importer's fixture texts into the files editors receive: a Word
 * file with the header in a table, a PDF with a text layer and two header
 * columns, a saved web page with tables. A line with " | " is a table row.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { PDFDocument } from 'pdf-lib';

type Block = { kind: 'line'; text: string } | { kind: 'table'; rows: string[][] };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.includes(' | ') || line.startsWith(' | ')) {
      const cells = line.split('|').map((c) => c.trim());
      const last = out.at(-1);
      if (last?.kind === 'table') last.rows.push(cells);
      else out.push({ kind: 'table', rows: [cells] });
    } else {
      out.push({ kind: 'line', text: line });
    }
  }
  return out;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function fixtureHtml(text: string): string {
  const body = blocks(text)
    .map((b) =>
      b.kind === 'line'
        ? b.text.trim() === '' ? '' : `<p>${escapeHtml(b.text)}</p>`
        : `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td><p>${escapeHtml(c)}</p></td>`).join('')}</tr>`).join('\n')}</table>`,
    )
    .join('\n');
  return `<!doctype html><html lang="vi"><head><title>Văn bản</title><style>p{margin:0}</style><script>var x = "<p>không phải văn bản</p>";</script></head>
<body><nav><a href="/">Trang chủ</a></nav><article>\n${body}\n</article></body></html>\n`;
}

export async function fixtureDocx(text: string): Promise<Buffer> {
  const children = blocks(text).map((b) =>
    b.kind === 'line'
      ? new Paragraph({ text: b.text })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ text: c })] })) })),
        }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const FONT = 'node_modules/@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf';

export async function fixturePdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(readFileSync(FONT), { subset: true });
  const size = 10;
  const leading = 14;
  const [left, width, top] = [50, 495, 800];
  let page = pdf.addPage([595, 842]);
  let y = top;
  const advance = (lines = 1) => {
    y -= leading * lines;
    if (y < 50) {
      page = pdf.addPage([595, 842]);
      y = top;
    }
  };
  const wrap = (line: string, max: number) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > max && current) {
        out.push(current);
        current = word;
      } else {
        current = next;
      }
    }
    return [...out, current];
  };
  for (const line of text.replace(/\n$/, '').split('\n')) {
    if (line.trim() === '') {
      advance();
      continue;
    }
    if (line.includes(' | ') || line.startsWith(' | ')) {
      line.split('|').map((c) => c.trim()).forEach((cell, i) => {
        if (cell) page.drawText(cell, { x: left + i * 260, y, size, font });
      });
      advance();
      continue;
    }
    for (const part of wrap(line, width)) {
      page.drawText(part, { x: left, y, size, font });
      advance();
    }
  }
  return pdf.save();
}

/** Writes the fixture `<name>.<format>.txt` as `<dir>/<name>.<format>` and returns its path. */
export async function writeFixtureFile(source: string, dir: string): Promise<string> {
  const text = readFileSync(source, 'utf8');
  const name = source.split('/').at(-1)!.replace(/\.txt$/, '');
  const target = `${dir}/${name}`;
  if (name.endsWith('.docx')) await writeFile(target, await fixtureDocx(text));
  else if (name.endsWith('.pdf')) await writeFile(target, await fixturePdf(text));
  else if (name.endsWith('.html')) await writeFile(target, fixtureHtml(text));
  else await writeFile(target, text);
  return target;
}
