/**
 * The text of an official document as the importer reads it: one logical line
 * per paragraph, each remembering the line of the source it starts on, and
 * each split into cells where the text came from a table or a two-column
 * header (" | " or a tab); and the Roman numbers its parts are headed with.
 */

export interface SourceLine {
  /** 1-based line of the text given to the importer. */
  line: number;
  text: string;
  cells: string[];
}

/** Every line number the reader reports refers to this text, as it was given. */
export function normaliseSource(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\u200B/g, '')
    // Notes in square brackets are a copier's or a database's ("[daky]", "[header not shown]"), never the document's.
    .replace(/\[[^\]\n]{4,}\]/g, '');
}

/** The heading of a part of the document, the header's and the title's excepted: "I. MỤC ĐÍCH, YÊU CẦU", "II) Nhiệm vụ". */
export const ROMAN_HEADING = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)[.)]\s*(.*)$/u;

const SENTENCE_END = /[.;:!?…)"”]$/;
const CONTINUATION = /^[\p{Ll}(]/u;

/**
 * Joins a paragraph that a PDF or a narrow web page broke across lines: a line
 * that does not end a sentence, followed by one starting in lower case.
 */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  // The source line the last logical line ends on: a paragraph joins only the line right after it.
  let lastEnd = -1;
  normaliseSource(text)
    .split('\n')
    .forEach((raw, i) => {
      const trimmed = raw.trim();
      if (trimmed === '') return;
      const cells = splitCells(trimmed);
      const previous = lines.at(-1);
      // "Số:" left alone by a narrow column takes the number on the next line.
      const numberFollows = previous !== undefined && /(^|\s)Số\s*:$/u.test(previous.text) && /^\d/.test(trimmed);
      if (previous && lastEnd === i && cells.length === 1 && previous.cells.length === 1 && (numberFollows || (!SENTENCE_END.test(previous.text) && CONTINUATION.test(trimmed)))) {
        previous.text = `${previous.text} ${trimmed}`;
        previous.cells = [previous.text];
      } else {
        lines.push({ line: i + 1, text: cells.length > 1 ? cells.join(' | ') : trimmed, cells });
      }
      lastEnd = i + 1;
    });
  return lines;
}

/** A table row keeps its empty cells, so each value stays under its column. */
function splitCells(text: string): string[] {
  if (/\t|(^|\s)\|(\s|$)/.test(text)) return text.split(/\s*[|\t]\s*/).map((cell) => cell.trim());
  // A copied two-column header keeps its columns apart with spaces; a new column starts with a capital
  // ("Số: 184/KH-UBND      Bắc Ninh, ngày …"), while a blank day ("ngày      tháng") does not.
  return text.split(/\s{3,}(?=\p{Lu})/u).map((cell) => cell.trim());
}
