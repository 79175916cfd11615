/**
 * What the build hands the web editor (/quan-tri/) and how both name things:
 * the build writes it (src/publish/editor-config.ts), the editor's script in
 * the browser reads it (src/editor/), and neither spells a name the other
 * does not define here.
 */
import type { KeyOrder } from './yaml-edit';

/** The formats the editor's script registers: frontmatter, a YAML document, a YAML map of entries by id. */
export const EDITOR_FORMATS = { entries: 'pbgdpl-frontmatter', documents: 'pbgdpl-yaml', map: 'pbgdpl-map' } as const;
export type EditorFormatShape = keyof typeof EDITOR_FORMATS;

/** The format of one Decap collection: each writes its own schema's key order. */
export const formatName = (shape: EditorFormatShape, collection: string) => `${EDITOR_FORMATS[shape]}-${collection}`;

/** Keys the editor keeps beside an entry's fields while it is open (where its file goes, the text it was read from); never written. */
export const EDITOR_KEY_PREFIX = '_pbgdpl_';
export const EDITOR_KEYS = {
  source: `${EDITOR_KEY_PREFIX}source`,
  name: `${EDITOR_KEY_PREFIX}name`,
  folder: (i: number) => `${EDITOR_KEY_PREFIX}folder${i}`,
} as const;

/** A map file's entries, as the form lists them: one item a key of the file, its key as `id`. */
export const MAP_ITEMS = 'entries';
export const MAP_ID = 'id';

/** The widget for text that the checker reads with a parser (a deadline, a document number): the form runs the same parser. */
export const CHECKED_WIDGET = 'pbgdpl-checked';
export type CheckedKind = 'quarter' | 'deadline' | 'period' | 'documentNumber';

export interface EditorChoice {
  value: string;
  label: string;
}

export interface EditorSetup {
  /** Decap's configuration, handed to CMS.init(). */
  decap: Record<string, unknown>;
  /** The key order of each Decap collection's files: the schema's. */
  keyOrders: Record<string, KeyOrder>;
  /** Each agency's province: a new plan's file name starts with it. */
  agencyProvinces: Record<string, string>;
  /** What the body's components may cite, offered as choices. */
  references: { legalDocument: EditorChoice[]; plan: EditorChoice[] };
  /** Which of the site's collections each Decap collection edits, and how its files are shaped. */
  collections: Record<string, { collection: string; shape: EditorFormatShape }>;
}
