/**
 * Field types shared by every schema, each with the Vietnamese message an
 * editor reads when the field is wrong: what was wrong, what is allowed, an example.
 * Astro prefixes each message with the entry and the field key, so messages
 * start with the Vietnamese name of the field and never repeat the key.
 */
import { z } from 'astro/zod';
import { DATE_EXAMPLE, parseIsoDate } from '../lib/dates';
import { parseDeadline } from '../lib/deadline';
import { DOCUMENT_NUMBER_EXAMPLE, parseDocumentNumber } from '../lib/document-number';
import { parsePeriod } from '../lib/period';
import { parseQuarter, QUARTER_EXAMPLE } from '../lib/quarter';
import { closest } from '../lib/suggest';
import { textProblem } from '../lib/vietnamese';

/** How a schema points at another collection: Astro's reference() at build time, a stub in unit tests. */
export type ReferenceFn = (collection: string) => z.ZodType<{ id: string; collection: string }, unknown>;

function missingOr(label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${label}: thiếu trường bắt buộc. ${expected}` : `${label}: ${expected}`;
}

/** Non-empty Vietnamese text, stored as NFC without look-alike letters. */
export function text(label: string, example?: string) {
  const expected = example ? `cần một đoạn chữ, ví dụ "${example}"` : 'cần một đoạn chữ';
  return z
    .string({ error: missingOr(label, expected) })
    .trim()
    .min(1, { error: `${label}: không được để trống` })
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `${label}: ${problem}` });
    });
}

/** A day, written YYYY-MM-DD; YAML may already have read it as a Date. */
export function date(label: string) {
  return z
    .union([z.date(), z.string()], { error: missingOr(label, `cần một ngày dạng năm-tháng-ngày, ví dụ ${DATE_EXAMPLE}`) })
    .transform((value, ctx) => {
      if (value instanceof Date) return value;
      const parsed = parseIsoDate(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: ${parsed.error}` });
      return z.NEVER;
    });
}

export function quarter(label: string) {
  return z
    .string({ error: missingOr(label, `cần một quý, ví dụ "${QUARTER_EXAMPLE}"`) })
    .transform((value, ctx) => {
      const parsed = parseQuarter(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: "${value}" sai; ${parsed.error}` });
      return z.NEVER;
    });
}

export function deadline(label: string) {
  return z
    .union([z.date(), z.string(), z.number()], { error: missingOr(label, 'cần thời hạn, ví dụ "Quý IV/2020" hoặc "hằng năm"') })
    .transform((value, ctx) => {
      const parsed = parseDeadline(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: ${parsed.error}` });
      return z.NEVER;
    });
}

export function period(label: string) {
  return z
    .union([z.string(), z.number()], { error: missingOr(label, 'cần thời gian thực hiện, ví dụ "2019-2021"') })
    .transform((value, ctx) => {
      const parsed = parsePeriod(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: ${parsed.error}` });
      return z.NEVER;
    });
}

export function documentNumber(label: string) {
  return z
    .string({ error: missingOr(label, `cần số ký hiệu như trên văn bản, ví dụ "${DOCUMENT_NUMBER_EXAMPLE}"`) })
    .transform((value, ctx) => {
      const parsed = parseDocumentNumber(value);
      if (parsed.ok) return parsed.value.text;
      ctx.addIssue({ code: 'custom', message: `${label}: "${value}" sai; ${parsed.error}` });
      return z.NEVER;
    });
}

/** One of a fixed set of choices; the message lists every valid value with its meaning. */
export function choice<const T extends Record<string, string>>(label: string, choices: T) {
  const keys = Object.keys(choices) as [keyof T & string, ...(keyof T & string)[]];
  const listed = keys.map((k) => `${k} (${choices[k]})`).join(', ');
  return z.enum(keys, { error: missingOr(label, `chọn một trong: ${listed}`) });
}

export function url(label: string) {
  return z.url({ protocol: /^https?$/, error: missingOr(label, 'cần một địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://') });
}

/** A list that must hold at least one item. */
export function nonEmptyList<T extends z.ZodType>(label: string, item: T) {
  return z.array(item, { error: missingOr(label, 'cần một danh sách (mỗi mục một dòng bắt đầu bằng "- ")') }).min(1, {
    error: `${label}: danh sách cần ít nhất một mục`,
  });
}

/** A list that may be left out. */
export function list<T extends z.ZodType>(label: string, item: T) {
  return z.array(item, { error: `${label}: cần một danh sách (mỗi mục một dòng bắt đầu bằng "- ")` }).default([]);
}

/**
 * An object whose keys are all known: a misspelt key is reported with the
 * keys that are allowed, instead of being silently dropped.
 */
export function entry<T extends z.ZodRawShape>(label: string, shape: T) {
  const keys = Object.keys(shape);
  const allowed = keys.join(', ');
  const guess = (key: string) => {
    const [near] = closest(key, keys, 1);
    return near ? `"${key}" (có phải "${near}"?)` : `"${key}"`;
  };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${label}: có trường không thuộc mẫu: ${issue.keys.map(guess).join(', ')}. Các trường hợp lệ: ${allowed}`
        : `${label}: cần các trường ${allowed}`,
  });
}

/** The source a summary was written from: we link it and credit it, never copy it. */
export function source() {
  return entry('Nguồn (source)', {
      publisher: text('Nơi đăng (source.publisher)', 'Sở Tư pháp tỉnh Sóc Trăng'),
      url: url('Địa chỉ bài gốc (source.url)').optional(),
      title: text('Tiêu đề bài gốc (source.title)').optional(),
      author: text('Tác giả (source.author)').optional(),
      publishedOn: date('Ngày đăng (source.publishedOn)').optional(),
  });
}

/** Site paths an entry used to have; each keeps working as a redirect to its page today. */
export function redirectFrom() {
  const label = 'Địa chỉ cũ (redirectFrom)';
  return list(
    label,
    z
      .string({ error: `${label}: cần một đường dẫn, ví dụ "/ke-hoach/2020/lang-son-176-kh-ubnd/"` })
      .regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/, {
        error: `${label}: cần đường dẫn cũ trong trang, không có tên miền, viết thường không dấu, bắt đầu và kết thúc bằng "/", ví dụ "/ke-hoach/2020/lang-son-176-kh-ubnd/"`,
      }),
  );
}
