/**
 * Writes data back into a YAML text the way a careful editor would: only the
 * values that changed are rewritten, in place; every other line (comments,
 * quoting, key order, blank lines) stays as it was. New keys go where the
 * given order puts them. The web editor saves through this, so a reviewer's
 * diff shows what the official changed and nothing else.
 */
import { Document, isMap, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';

type Plain = Record<string, unknown>;

/**
 * The order keys are written in: an object whose keys come in that order,
 * each holding the order inside it (for a group, or for every item of a list
 * of groups); {} for a plain value.
 */
export interface KeyOrder {
  [key: string]: KeyOrder;
}

const isPlainObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a form leaves behind for a field nobody filled: nothing, an empty text, an empty list or group. */
function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (isPlainObject(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

const orderedKeys = (value: Plain, order: KeyOrder) => [
  ...Object.keys(order).filter((key) => key in value),
  ...Object.keys(value).filter((key) => !(key in order)),
];

/** The value as a file should hold it: without what a form leaves empty, keys in order, text in NFC. */
function withoutEmpty(value: unknown, order: KeyOrder = {}): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.filter((item) => !isEmptyValue(item)).map((item) => withoutEmpty(item, order));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      orderedKeys(value, order)
        .filter((key) => !isEmptyValue(value[key]))
        .map((key) => [key, withoutEmpty(value[key], order[key])]),
    );
  }
  return value;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  // A form may hand a year back as text ("2023") where the file held a number.
  if ((typeof a === 'number' && typeof b === 'string') || (typeof a === 'string' && typeof b === 'number')) return String(a) === String(b);
  return a === b;
}

const OPTIONS = { lineWidth: 0 } as const;

function pairKey(pair: Pair): string {
  const key = pair.key as { value?: unknown } | string;
  return typeof key === 'object' && key !== null ? String(key.value) : String(key);
}

const jsonOf = (node: unknown) => (node as Node | null | undefined)?.toJSON?.() ?? node;

/**
 * Brings a node to `value`, rewriting only what differs; returns the node to
 * keep in its place. `value` is the form's, empty fields and all: a value equal
 * to the file's (an empty list the file spells out, "partners: []") is kept as
 * written, and only a changed value is cleaned of what the form left empty.
 */
function updateNode(doc: Document, node: unknown, value: unknown, order: KeyOrder): unknown {
  if (sameValue(jsonOf(node), value)) return node;
  if (isMap(node) && isPlainObject(value)) {
    updateMap(doc, node, value, order);
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const items = value.filter((item) => !isEmptyValue(item));
    items.forEach((item, i) => {
      if (i < node.items.length) node.items[i] = updateNode(doc, node.items[i], item, order) as Node;
      else node.items.push(doc.createNode(withoutEmpty(item, order)));
    });
    node.items.splice(items.length);
    return node;
  }
  return doc.createNode(withoutEmpty(value, order));
}

function updateMap(doc: Document, map: YAMLMap, value: Plain, order: KeyOrder) {
  map.items = map.items.filter((pair) => {
    const key = pairKey(pair);
    return key in value && (!isEmptyValue(value[key]) || sameValue(jsonOf(pair.value), value[key]));
  });
  for (const key of orderedKeys(value, order)) {
    const item = value[key];
    const index = map.items.findIndex((pair) => pairKey(pair) === key);
    if (index >= 0) {
      map.items[index]!.value = updateNode(doc, map.items[index]!.value, item, order[key] ?? {});
      continue;
    }
    if (isEmptyValue(item)) continue;
    const pair = doc.createPair(key, withoutEmpty(item, order[key]));
    // A new key goes before the first key that follows it in the schema's order, so the file keeps that order.
    const known = Object.keys(order);
    const later = known.includes(key) ? known.slice(known.indexOf(key) + 1) : [];
    const before = map.items.findIndex((existing) => later.includes(pairKey(existing)));
    if (before >= 0) map.items.splice(before, 0, pair);
    else map.items.push(pair);
  }
}

/**
 * `original` with its values brought to `data`; a new text in `order` when
 * there is no original. Keys of `data` outside `order` follow in their own order.
 */
export function writeYaml(original: string | undefined, data: Plain, order: KeyOrder = {}): string {
  const doc = original !== undefined && original.trim() !== '' ? parseDocument(original, { schema: 'core' }) : new Document({}, { schema: 'core' });
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  updateMap(doc, doc.contents as YAMLMap, data, order);
  return doc.toString(OPTIONS);
}
