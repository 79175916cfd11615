/**
 * A task's time as plans write it ("Hoàn thành trong Quý IV năm 2020",
 * "Hàng năm", "Trước ngày 15/12/2023") in one of the forms the schema takes:
 * "Quý IV/2020", 2021, 2023-12-15, "hằng năm", "thường xuyên". Anything else
 * is left for the editor, never guessed.
 */

export interface DeadlineReading {
  /** The value to write in `deadline`, or undefined when the text gives none. */
  value?: string | number;
  /** How the value was reached when it is not written as such in the text. */
  note?: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const quarterOf = (month: number) => Math.ceil(month / 3);
const pad = (n: number | string) => String(n).padStart(2, '0');

function validDate(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `planYear`: the year of a yearly plan, for "Quý II" written without its year. */
export function readDeadline(raw: string, planYear?: number): DeadlineReading {
  const text = raw.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

  const fullDate = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(text) ?? /ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/.exec(text);
  if (fullDate) {
    const iso = validDate(Number(fullDate[1]), Number(fullDate[2]), Number(fullDate[3]));
    if (iso) return { value: iso };
  }

  const quarters = [...text.matchAll(/quý\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:năm|\/)\s*(\d{4}))?/g)];
  if (quarters.length > 0) {
    const last = quarters.at(-1)!;
    const number = /\d/.test(last[1]!) ? Number(last[1]) : ROMAN.indexOf(last[1]!.toUpperCase()) + 1;
    const year = last[2] ? Number(last[2]) : (quarters.find((q) => q[2])?.[2] ? Number(quarters.find((q) => q[2])![2]) : planYear);
    if (year === undefined) return { note: `"${raw.trim()}" không ghi năm` };
    const value = `Quý ${ROMAN[number - 1]}/${year}`;
    const notes = [quarters.length > 1 ? 'nhiều quý: lấy quý cuối' : '', last[2] ? '' : `năm lấy theo năm của kế hoạch (${year})`].filter(Boolean);
    return { value, ...(notes.length ? { note: notes.join('; ') } : {}) };
  }

  const month = /tháng\s+(\d{1,2})(?:\s*(?:năm|\/)\s*(\d{4}))?/.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
    const year = month[2] ? Number(month[2]) : planYear;
    if (year !== undefined) {
      return { value: `Quý ${ROMAN[quarterOf(Number(month[1])) - 1]}/${year}`, note: `tháng ${Number(month[1])}/${year} ghi theo quý chứa tháng đó` };
    }
  }

  const annual = text.search(/h[ằà]ng năm/);
  const ongoing = text.search(/thường xuyên|liên tục/);
  if (annual >= 0 && (ongoing < 0 || annual < ongoing)) return { value: 'hằng năm' };
  if (ongoing >= 0) return { value: 'thường xuyên' };

  const range = /(\d{4})\s*[-–]\s*(\d{4})/.exec(text);
  if (range) return { value: Number(range[2]), note: `giai đoạn ${range[1]}–${range[2]}: ghi năm cuối` };
  const year = /(?:^|\D)(\d{4})(?:\D|$)/.exec(text);
  if (year && Number(year[1]) > 1990 && Number(year[1]) < 2100) return { value: Number(year[1]) };
  if (/trong năm|cả năm/.test(text) && planYear !== undefined) return { value: planYear, note: `"${raw.trim()}": năm của kế hoạch` };
  return {};
}
