/**
 * What the build hands the web editor (/quan-tri/) and how both name things:
 * the build writes it (src/publish/editor-config.ts), the editor's script in
 * the browser reads it (src/editor/), and neither spells a name the other
 * does not define here.
 */
import type { KeyOrder } from './yaml-edit';

/** The format of one Decap collection: each writes its own schema's key order. */
export const formatName = (collection: string) => `pbgdpl-${collection}`;

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

/**
 * On a select that offers existing entries: which list of `EditorSetup.choices`
 * fills its options. Each list is sent once, however many fields offer it.
 */
export const CHOICES_KEY = 'pbgdpl_choices';

/** The list a prop of an MDX component that names an entry offers (src/schemas/mdx-components.ts). */
export const COMPONENT_CHOICES = { legalDocument: 'legalDocuments', plan: 'plans' } as const;

export interface EditorChoice {
  value: string;
  label: string;
}

/** How the files of one Decap collection are shaped (as in src/schemas/collections.ts) and written. */
export interface EditorCollection {
  collection: string;
  shape: 'entries' | 'documents' | 'map';
  extension: string;
  /** The order the schema gives its keys. */
  keyOrder: KeyOrder;
}

export interface EditorSetup {
  /** Decap's configuration, handed to CMS.init() once its selects are given their choices. */
  decap: Record<string, unknown>;
  /** The existing entries of each collection a select offers (a field's reference or a component's prop), by name. */
  choices: Record<string, EditorChoice[]>;
  /** Each Decap collection, by its name in `decap`. */
  collections: Record<string, EditorCollection>;
  /** Each agency's province: a new plan's file name starts with it. */
  agencyProvinces: Record<string, string>;
}
