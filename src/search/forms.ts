/**
 * Other ways a citizen writes a document number or a quarter, indexed as
 * keywords next to the printed form: "kế hoạch 176", "QĐ 1521", "176khubnd",
 * "quý 4/2024". Forms that differ only by case, marks, spaces or separators
 * need none: the index and the query are folded and split the same way.
 */
import { parseDocumentNumber } from '../lib/document-number';
import { foldVietnamese as fold } from '../lib/vietnamese';

/** From a printed heading such as "Kế hoạch số 176/KH-UBND". */
export function numberSearchForms(heading: string): string[] {
  const match = /^(.*?)\s+số\s+(\S+)$/u.exec(heading.normalize('NFC').trim());
  if (!match) return [];
  const [, type, printed] = match as unknown as [string, string, string];
  const parsed = parseDocumentNumber(printed);
  if (!parsed.ok) return [`${type} ${printed}`];
  const { serial, code, year } = parsed.value;
  const firstCode = code.split(/[-/]/)[0]!;
  return [
    `${type} ${printed}`,
    `${type} ${serial}`,
    `${firstCode} ${serial}`,
    fold(`${serial}${year ?? ''}${code}`).replace(/[^a-z0-9]/g, ''),
  ];
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** Arabic forms of the first "Quý IV/2024" in a text: "Quý 4/2024", "Q4/2024". */
export function quarterSearchForms(text: string): string[] {
  const match = /Quý\s+(IV|III|II|I)\s*\/\s*(\d{4})/u.exec(text.normalize('NFC'));
  if (!match) return [];
  const n = ROMAN[match[1]!]!;
  return [`Quý ${n}/${match[2]}`, `Q${n}/${match[2]}`];
}
