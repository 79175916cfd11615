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

/** How a schema points at another collection: Astro's reference() at build time, a stub in unit tests and in the web editor's description. */
export type ReferenceFn = (collection: string) => z.ZodType<{ id: string; collection: string }, unknown>;

/**
 * What a field is, beyond its zod type: its Vietnamese name and the hint its
 * own error message gives. src/schemas/describe.ts reads it to generate the
 * web editor's form, so a field added here appears there with its words.
 */
export type FieldFormat = 'text' | 'prose' | 'date' | 'quarter' | 'deadline' | 'period' | 'documentNumber' | 'choice' | 'url' | 'sitePath' | 'file' | 'list' | 'entry' | 'reference';

export interface FieldMeta {
  /** As in the messages: "Trích yếu (title)". */
  label: string;
  hint: string;
  format: FieldFormat;
  choices?: Record<string, string>;
  /** For 'reference': the collection pointed at. */
  collection?: string;
  /** For 'file' and 'sitePath': the pattern a value matches. */
  pattern?: string;
}

const described = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta({ ...meta });

/**
 * A field that names an entry of another collection. The name is registered
 * on the schema itself rather than on a copy, which leaves Astro's reference()
 * exactly as Astro made it.
 */
export function entryReference(reference: ReferenceFn, collection: string, label: string) {
  const schema = reference(collection);
  z.globalRegistry.remove(schema);
  return schema.register(z.globalRegistry, { label, hint: 'chọn trong danh sách; gõ vài chữ của tên để tìm', format: 'reference', collection } satisfies FieldMeta);
}

function missingOr(label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `${label}: thiếu trường bắt buộc. ${expected}` : `${label}: ${expected}`;
}

/** Non-empty Vietnamese text, stored as NFC without look-alike letters. */
export function text(label: string, example?: string, format: 'text' | 'prose' = 'text') {
  const expected = example ? `cần một đoạn chữ, ví dụ "${example}"` : 'cần một đoạn chữ';
  return described(
    z
      .string({ error: missingOr(label, expected) })
      .trim()
      .min(1, { error: `${label}: không được để trống` })
      .superRefine((value, ctx) => {
        const problem = textProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: `${label}: ${problem}` });
      }),
    { label, hint: expected, format },
  );
}

/** Text of a paragraph or more (a summary, a task's content): the editor gives it a text area. */
export function prose(label: string) {
  return text(label, undefined, 'prose');
}

/** A day, written YYYY-MM-DD; YAML may already have read it as a Date. */
export function date(label: string) {
  const expected = `cần một ngày dạng năm-tháng-ngày, ví dụ ${DATE_EXAMPLE}`;
  return described(
    z.union([z.date(), z.string()], { error: missingOr(label, expected) }).transform((value, ctx) => {
      if (value instanceof Date) return value;
      const parsed = parseIsoDate(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: ${parsed.error}` });
      return z.NEVER;
    }),
    { label, hint: expected, format: 'date' },
  );
}

export function quarter(label: string) {
  const expected = `cần một quý, ví dụ "${QUARTER_EXAMPLE}"`;
  return described(
    z.string({ error: missingOr(label, expected) }).transform((value, ctx) => {
      const parsed = parseQuarter(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: "${value}" sai; ${parsed.error}` });
      return z.NEVER;
    }),
    { label, hint: expected, format: 'quarter' },
  );
}

export function deadline(label: string) {
  const expected = 'cần thời hạn, ví dụ "Quý IV/2020" hoặc "hằng năm"';
  return described(
    z.union([z.date(), z.string(), z.number()], { error: missingOr(label, expected) }).transform((value, ctx) => {
      const parsed = parseDeadline(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: ${parsed.error}` });
      return z.NEVER;
    }),
    { label, hint: expected, format: 'deadline' },
  );
}

export function period(label: string) {
  const expected = 'cần thời gian thực hiện, ví dụ "2019-2021"';
  return described(
    z.union([z.string(), z.number()], { error: missingOr(label, expected) }).transform((value, ctx) => {
      const parsed = parsePeriod(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: `${label}: ${parsed.error}` });
      return z.NEVER;
    }),
    { label, hint: expected, format: 'period' },
  );
}

export function documentNumber(label: string) {
  const expected = `cần số ký hiệu như trên văn bản, ví dụ "${DOCUMENT_NUMBER_EXAMPLE}"`;
  return described(
    z.string({ error: missingOr(label, expected) }).transform((value, ctx) => {
      const parsed = parseDocumentNumber(value);
      if (parsed.ok) return parsed.value.text;
      ctx.addIssue({ code: 'custom', message: `${label}: "${value}" sai; ${parsed.error}` });
      return z.NEVER;
    }),
    { label, hint: expected, format: 'documentNumber' },
  );
}

/** One of a fixed set of choices; the message lists every valid value with its meaning. */
export function choice<const T extends Record<string, string>>(label: string, choices: T) {
  const keys = Object.keys(choices) as [keyof T & string, ...(keyof T & string)[]];
  const listed = keys.map((k) => `${k} (${choices[k]})`).join(', ');
  const expected = `chọn một trong: ${listed}`;
  return described(z.enum(keys, { error: missingOr(label, expected) }), { label, hint: expected, format: 'choice', choices });
}

export function url(label: string) {
  const expected = 'cần một địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://';
  return described(z.url({ protocol: /^https?$/, error: missingOr(label, expected) }), { label, hint: expected, format: 'url', pattern: '^https?://' });
}

/** A list that must hold at least one item. */
export function nonEmptyList<T extends z.ZodType>(label: string, item: T) {
  const expected = 'cần một danh sách (mỗi mục một dòng bắt đầu bằng "- ")';
  return described(
    z.array(item, { error: missingOr(label, expected) }).min(1, {
      error: `${label}: danh sách cần ít nhất một mục`,
    }),
    { label, hint: 'cần ít nhất một mục', format: 'list' },
  );
}

/** A list that may be left out. */
export function list<T extends z.ZodType>(label: string, item: T) {
  return described(z.array(item, { error: `${label}: cần một danh sách (mỗi mục một dòng bắt đầu bằng "- ")` }), {
    label,
    hint: 'có thể để trống',
    format: 'list',
  }).default([]);
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
  return described(
    z.strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `${label}: có trường không thuộc mẫu: ${issue.keys.map(guess).join(', ')}. Các trường hợp lệ: ${allowed}`
          : `${label}: cần các trường ${allowed}`,
    }),
    { label, hint: `gồm các trường ${allowed}`, format: 'entry' },
  );
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

/**
 * Text that must match a pattern (a file path, a site path): `missing` says
 * what is needed when it is absent, `expected` what a wrong value must look like.
 */
export function matching(label: string, pattern: RegExp, format: 'file' | 'sitePath', messages: { missing: string; expected: string }) {
  return described(z.string({ error: `${label}: ${messages.missing}` }).regex(pattern, { error: `${label}: ${messages.expected}` }), {
    label,
    hint: messages.expected,
    format,
    pattern: pattern.source,
  });
}

/** Site paths an entry used to have; each keeps working as a redirect to its page today. */
export function redirectFrom() {
  const label = 'Địa chỉ cũ (redirectFrom)';
  return list(
    label,
    matching(label, /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/, 'sitePath', {
      missing: 'cần một đường dẫn, ví dụ "/ke-hoach/2020/lang-son-176-kh-ubnd/"',
      expected: 'cần đường dẫn cũ trong trang, không có tên miền, viết thường không dấu, bắt đầu và kết thúc bằng "/", ví dụ "/ke-hoach/2020/lang-son-176-kh-ubnd/"',
    }),
  );
}
