/**
 * A schema read as a form: every field of a collection with its Vietnamese
 * name, the hint of its own error message, whether it is required, and what
 * kind of value it takes. The web editor's configuration is generated from
 * this (src/publish/editor-config.ts), so it can never drift from what the
 * checker and the build accept.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from './collections';
import type { FieldFormat, FieldMeta, ReferenceFn } from './fields';

export type FieldType =
  | { kind: Exclude<FieldFormat, 'choice' | 'reference' | 'list' | 'entry'>; pattern?: string }
  | { kind: 'choice'; choices: Record<string, string> }
  | { kind: 'reference'; collection: CollectionName }
  | { kind: 'list'; item: FieldType; atLeastOne: boolean }
  | { kind: 'entry'; fields: FieldDescription[] };

export interface FieldDescription {
  /** The key in the file. */
  name: string;
  /** The Vietnamese name, without the key the messages add: "Trích yếu". */
  label: string;
  hint: string;
  required: boolean;
  default?: unknown;
  type: FieldType;
}

/** The reference() of the editor's description: the collection's name, kept as metadata. */
const describedReference: ReferenceFn = (collection) =>
  z.string().meta({ label: collection, hint: '', format: 'reference', collection } satisfies FieldMeta) as unknown as ReturnType<ReferenceFn>;

const isCollection = (name: string | undefined): name is CollectionName => name !== undefined && name in COLLECTIONS;

/** "Trích yếu (title)" → "Trích yếu": the key is for files, the form shows the name. */
const formLabel = (label: string) => label.replace(/\s*\([^()]*\)$/, '');

interface Unwrapped {
  schema: z.ZodType;
  meta?: FieldMeta;
  required: boolean;
  default?: unknown;
  atLeastOne: boolean;
}

/** Looks through optional(), default() and the like to the field's own schema and the metadata its helper gave it. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let defaultValue: unknown;
  let meta = current.meta() as FieldMeta | undefined;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      if (def.type === 'default') defaultValue = def.defaultValue;
      current = def.innerType!;
      meta ??= current.meta() as FieldMeta | undefined;
      continue;
    }
    break;
  }
  const checks = (current._zod.def as { checks?: { _zod: { def: { check: string; minimum?: number } } }[] }).checks ?? [];
  const atLeastOne = checks.some((check) => check._zod.def.check === 'min_length' && (check._zod.def.minimum ?? 0) >= 1);
  return { schema: current, meta, required, default: defaultValue, atLeastOne };
}

function typeOf(unwrapped: Unwrapped, where: string): FieldType {
  const { schema, meta } = unwrapped;
  if (!meta) throw new Error(`${where}: trường không do src/schemas/fields.ts tạo, nên không có tên và gợi ý cho trình soạn thảo`);
  switch (meta.format) {
    case 'choice':
      return { kind: 'choice', choices: meta.choices ?? {} };
    case 'reference':
      if (!isCollection(meta.collection)) throw new Error(`${where}: trỏ tới bộ sưu tập không có: ${meta.collection}`);
      return { kind: 'reference', collection: meta.collection };
    case 'list': {
      const element = (schema._zod.def as unknown as { element: z.ZodType }).element;
      const item = unwrap(element);
      return { kind: 'list', item: typeOf(item, `${where}[]`), atLeastOne: unwrapped.atLeastOne };
    }
    case 'entry':
      return { kind: 'entry', fields: describeShape((schema as z.ZodObject).shape, where) };
    default:
      return { kind: meta.format, ...(meta.pattern ? { pattern: meta.pattern } : {}) };
  }
}

function describeShape(shape: Record<string, z.ZodType>, where: string): FieldDescription[] {
  return Object.entries(shape).map(([name, field]) => {
    const unwrapped = unwrap(field);
    const type = typeOf(unwrapped, `${where}.${name}`);
    return {
      name,
      label: formLabel(unwrapped.meta!.label),
      hint: unwrapped.meta!.hint,
      required: unwrapped.required,
      ...(unwrapped.default !== undefined && !(Array.isArray(unwrapped.default) && unwrapped.default.length === 0) ? { default: unwrapped.default } : {}),
      type,
    };
  });
}

/** The fields of one entry of a collection, in the schema's order (the order files are written in). */
export function describeSchema(schema: z.ZodType, where: string): FieldDescription[] {
  const { schema: inner } = unwrap(schema);
  return describeShape((inner as z.ZodObject).shape, where);
}

export function describeCollection(name: CollectionName): FieldDescription[] {
  const spec = COLLECTIONS[name];
  return describeSchema(spec.schema(describedReference), name);
}
