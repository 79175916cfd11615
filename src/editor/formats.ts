/**
 * How the editor reads and writes files: through src/lib/yaml-edit.ts, so an
 * edit rewrites only the values that changed and a new entry is written in
 * the schema's key order, text in NFC. Decap's own formats would rewrite the
 * whole frontmatter in their style, and a reviewer could not see what changed.
 * Each entry carries the text it was read from (EDITOR_KEYS.source) until it
 * is saved; that is what the changes are applied to.
 */
import { EDITOR_KEY_PREFIX, EDITOR_KEYS, MAP_ID, MAP_ITEMS } from '../lib/editor-setup';
import { parseYamlData, splitFrontmatter } from '../lib/frontmatter';
import { writeYaml, type KeyOrder } from '../lib/yaml-edit';
import type { DecapFormat } from './decap';

type Data = Record<string, unknown>;

const readYaml = (text: string | undefined): Data => {
  const data = text === undefined ? undefined : parseYamlData(text)?.data;
  return typeof data === 'object' && data !== null ? (data as Data) : {};
};

/** The entry's own fields, without what the editor keeps beside them. */
function fieldsOf(data: Data): Data {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith(EDITOR_KEY_PREFIX)));
}

const sourceOf = (data: Data) => (typeof data[EDITOR_KEYS.source] === 'string' ? (data[EDITOR_KEYS.source] as string) : undefined);

export function frontmatterFormat(order: KeyOrder): DecapFormat {
  return {
    fromFile(text) {
      const file = splitFrontmatter(text);
      return { ...readYaml(file.frontmatter), body: file.body, [EDITOR_KEYS.source]: text };
    },
    toFile(data) {
      const { body, ...fields } = fieldsOf(data);
      const original = sourceOf(data);
      const file = original === undefined ? undefined : splitFrontmatter(original);
      const yaml = writeYaml(file?.frontmatter, fields, order);
      const text = typeof body === 'string' ? body.normalize('NFC') : '';
      const unchanged = file !== undefined && text === file.body;
      return `---\n${yaml}---\n${unchanged ? file.body : `\n${text.trim()}\n`}`;
    },
  };
}

export function yamlDocumentFormat(order: KeyOrder): DecapFormat {
  return {
    fromFile: (text) => ({ ...readYaml(text), [EDITOR_KEYS.source]: text }),
    toFile: (data) => writeYaml(sourceOf(data), fieldsOf(data), order),
  };
}

/** A file of entries keyed by id (agencies.yaml): the form lists them, each with its id as a field. */
export function yamlMapFormat(entryOrder: KeyOrder): DecapFormat {
  return {
    fromFile(text) {
      const entries = Object.entries(readYaml(text)).map(([id, fields]) => ({ [MAP_ID]: id, ...(fields as Data) }));
      return { [MAP_ITEMS]: entries, [EDITOR_KEYS.source]: text };
    },
    toFile(data) {
      const entries = (Array.isArray(data[MAP_ITEMS]) ? data[MAP_ITEMS] : []) as Data[];
      const byId = Object.fromEntries(entries.map(({ [MAP_ID]: id, ...fields }) => [String(id), fields]));
      const order = Object.fromEntries(Object.keys(byId).map((id) => [id, entryOrder]));
      return writeYaml(sourceOf(data), byId, order);
    },
  };
}
