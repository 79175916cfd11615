/**
 * Reads YAML the way an editor wrote it: the YAML 1.2 core schema keeps
 * "2020-10-32" a string (the default 1.1 timestamps would silently roll it
 * over to 1 November), and every value keeps its line number for messages.
 */
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** Line (1-based) of each value, keyed by its dotted path: "tasks.0.deadline". */
  lines: Map<string, number>;
  /** YAML syntax errors with their line. */
  errors: { line: number; message: string }[];
}

export interface SplitFile {
  /** The YAML between the --- fences, or undefined when there is none. */
  frontmatter?: string;
  /** Line in the file where the frontmatter's first line sits. */
  frontmatterLine: number;
  body: string;
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function splitFrontmatter(text: string): SplitFile {
  const match = FENCE.exec(text);
  if (!match) return { frontmatterLine: 1, body: text, bodyLine: 1 };
  const consumed = match[0];
  return {
    frontmatter: match[1]!,
    frontmatterLine: 2,
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length,
  };
}

/**
 * The data alone, without line numbers: several times faster, for the common
 * case of a valid file. Undefined when the YAML does not parse.
 */
export function parseYamlData(source: string): { data: unknown } | undefined {
  try {
    return { data: parse(source, { schema: 'core', uniqueKeys: true }) };
  } catch {
    return undefined;
  }
}

export function parseYaml(source: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(source, { schema: 'core', lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lines = new Map<string, number>();
  const walk = (node: Node | null | undefined, path: string[]) => {
    if (!node) return;
    if (node.range) lines.set(path.join('.'), lineOf(node.range[0]));
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (isScalar(pair.key) && pair.key.range) lines.set([...path, key].join('.'), lineOf(pair.key.range[0]));
        walk(pair.value as Node | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, [...path, String(i)]));
    }
  };
  walk(doc.contents as Node | null, []);
  return {
    data: doc.toJS(),
    lines,
    errors: doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: e.message.split('\n')[0]! })),
  };
}

/** The line of a field, or of its nearest parent that has one. */
export function lineOfPath(lines: ReadonlyMap<string, number>, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(path.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}
