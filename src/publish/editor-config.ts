/**
 * The web editor's configuration (Decap CMS, at /quan-tri/), generated at
 * build time from the collections table and the schemas' own description
 * (src/schemas/describe.ts): every collection, every field with its
 * Vietnamese name and hint, required or not, choices, references to the
 * entries that exist, dates as the files write them. Fields come from the
 * schemas alone (a collection's title and summary line are found by their
 * kind), so a field added to a schema appears in the form.
 */
import type { Catalog } from '../domain/catalog-model';
import type { EditorBackend } from '../config/editor';
import { LOCAL_EDITOR_SERVER } from '../config/editor';
import { COLLECTIONS, type CollectionName } from '../schemas/collections';
import { describeCollection, type FieldDescription, type FieldType } from '../schemas/describe';
import { MDX_COMPONENTS } from '../schemas/mdx-components';
import { ENTRY_FOLDERS } from '../lib/entry-identity';
import type { KeyOrder } from '../lib/yaml-edit';
import { CHECKED_WIDGET, CHOICES_KEY, COMPONENT_CHOICES, EDITOR_KEYS, formatName, MAP_ID, MAP_ITEMS, type EditorChoice, type EditorCollection, type EditorSetup } from '../lib/editor-setup';
import { ui } from '../ui/vi';

const EDITOR = ui.editor;

/** The entries a reference may name, by collection: what the form offers to pick from. */
type EditorChoices = Record<CollectionName, EditorChoice[]>;

type DecapField = Record<string, unknown>;

const byLabel = (a: EditorChoice, b: EditorChoice) => a.label.localeCompare(b.label, 'vi');

export function editorChoices(catalog: Catalog): EditorChoices {
  const named = <T extends { id: string }>(entries: Iterable<T>, label: (entry: T) => string) =>
    [...entries].map((entry) => ({ value: entry.id, label: label(entry) })).sort(byLabel);
  return {
    agencies: named(catalog.agencies.values(), (a) => a.name),
    provinces: named(catalog.provinces.values(), (p) => p.name),
    themes: named(catalog.themes.values(), (t) => t.name),
    legalDocuments: named(catalog.legalDocuments.values(), (d) => `${d.typeLabel} ${d.number}: ${d.title}`),
    plans: named(catalog.plans.values(), (p) => `${p.documentNumber}: ${p.title}`),
    topics: named(catalog.topics.values(), (t) => t.title),
    news: named(catalog.news.values(), (n) => n.title),
  };
}

/** The collections a field offers entries of, at any depth of its groups and lists. */
const offeredBy = (type: FieldType): CollectionName[] =>
  type.kind === 'reference' ? [type.collection] : type.kind === 'entry' ? type.fields.flatMap((field) => offeredBy(field.type)) : type.kind === 'list' ? offeredBy(type.item) : [];

/** The lists some select offers (a field's reference, an MDX component's prop): only those are sent. */
function offeredChoices(catalog: Catalog): Record<string, EditorChoice[]> {
  const offered = new Set<string>(Object.values(COMPONENT_CHOICES));
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    for (const field of describeCollection(name)) for (const collection of offeredBy(field.type)) offered.add(collection);
  }
  return Object.fromEntries(Object.entries(editorChoices(catalog)).filter(([name]) => offered.has(name)));
}

function widget(type: FieldType, hint: string, optionalGroup = false): DecapField {
  switch (type.kind) {
    case 'text':
      return { widget: 'string' };
    case 'prose':
      return { widget: 'text' };
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: true, default: '' };
    case 'quarter':
    case 'deadline':
    case 'period':
    case 'documentNumber':
      return { widget: CHECKED_WIDGET, check: type.kind };
    case 'url':
    case 'sitePath':
    case 'file':
      return { widget: 'string', ...(type.pattern ? { pattern: [type.pattern, hint] } : {}) };
    case 'choice':
      return { widget: 'select', options: Object.entries(type.choices).map(([value, label]) => ({ value, label })) };
    case 'reference':
      return { widget: 'select', options: [], [CHOICES_KEY]: type.collection };
    case 'entry':
      return { widget: 'object', collapsed: false, fields: type.fields.map((field) => decapField(field, optionalGroup)) };
    case 'list':
      if (type.item.kind === 'reference' || type.item.kind === 'choice') {
        return { ...widget(type.item, hint), multiple: true, ...(type.atLeastOne ? { min: 1 } : {}) };
      }
      if (type.item.kind === 'entry') {
        const fields = type.item.fields.map((field) => decapField(field));
        const first = type.item.fields.find((field) => field.type.kind === 'text' && field.required) ?? type.item.fields[0];
        // An empty default: otherwise Decap starts the list with one item made of its fields' defaults.
        return { widget: 'list', fields, summary: `{{fields.${first?.name}}}`, collapsed: true, default: [], ...(type.atLeastOne ? { min: 1 } : {}) };
      }
      return { widget: 'list', field: { name: 'item', label: EDITOR.listItem, ...widget(type.item, hint) }, ...(type.atLeastOne ? { min: 1 } : {}) };
  }
}

/**
 * A field of an optional group (a plan's signer) is required only once the
 * group is filled, which Decap cannot say: the form leaves it optional and
 * its hint says when it is needed; the checker still requires it in CI.
 */
export function decapField(field: FieldDescription, inOptionalGroup = false): DecapField {
  const required = field.required && !inOptionalGroup;
  return {
    name: field.name,
    label: field.label,
    hint: field.required && inOptionalGroup ? `${field.hint} ${EDITOR.requiredInGroup}` : field.hint,
    required,
    ...widget(field.type, field.hint, inOptionalGroup || !field.required),
    ...(field.default !== undefined ? { default: field.default } : {}),
  };
}

/** The order a collection's files write their keys in: the schema's. */
function keyOrder(fields: readonly FieldDescription[]): KeyOrder {
  const inner = (type: FieldType): KeyOrder =>
    type.kind === 'entry' ? keyOrder(type.fields) : type.kind === 'list' ? inner(type.item) : {};
  return Object.fromEntries(fields.map((field) => [field.name, inner(field.type)]));
}

/** The field a collection's entries are named by: its first required line of text (a title, a name). */
const titleOf = (fields: readonly FieldDescription[]) => (fields.find((f) => f.type.kind === 'text' && f.required) ?? fields[0])!.name;

/** How an entry is listed: its number, when it has one, and its title. */
function summaryOf(fields: readonly FieldDescription[], prefix = '') {
  const number = fields.find((f) => f.type.kind === 'documentNumber');
  const title = `{{${prefix}${titleOf(fields)}}}`;
  return number ? `{{${prefix}${number.name}}}: ${title}` : title;
}

interface BuiltCollection {
  decap: DecapField;
  editor: EditorCollection;
}

const MDX_EXTENSION = '.mdx';

/**
 * A collection of one file per entry in a folder, named `decapName` in Decap:
 * where its files are, how each is named, listed and written. `decap` adds
 * what differs (labels, the path of nested folders), `after` the fields that
 * follow the schema's.
 */
function folderCollection(
  name: 'plans' | 'topics' | 'news' | 'legalDocuments',
  decapName: string,
  extension: string,
  decap: DecapField,
  after: DecapField[] = [],
): BuiltCollection {
  const spec = COLLECTIONS[name];
  const described = describeCollection(name);
  return {
    editor: { collection: name, shape: spec.shape, extension: extension.slice(1), keyOrder: keyOrder(described) },
    decap: {
      name: decapName,
      folder: `content/${spec.path}`,
      extension: extension.slice(1),
      format: formatName(decapName),
      create: true,
      // The page is what the site renders; Decap's own preview of the fields would show something else.
      editor: { preview: false },
      identifier_field: titleOf(described),
      slug: `{{fields.${EDITOR_KEYS.name}}}`,
      summary: summaryOf(described),
      ...decap,
      fields: [...described.map((field) => decapField(field)), ...after],
    },
  };
}

function entriesCollections(name: 'plans' | 'topics' | 'news'): BuiltCollection[] {
  // Decap turns every "." of a path template into "-", so the path names the data key without "fields.".
  const folders = Array.from({ length: ENTRY_FOLDERS[name] }, (_, i) => `{{${EDITOR_KEYS.folder(i)}}}/`).join('');
  return COLLECTIONS[name].extensions.map((extension) => {
    const mdx = extension === MDX_EXTENSION;
    const body = {
      name: 'body',
      label: EDITOR.body,
      hint: mdx ? EDITOR.bodyMdxHint : EDITOR.bodyMdHint,
      widget: 'markdown',
      required: false,
      editor_components: mdx ? Object.keys(MDX_COMPONENTS) : [],
    };
    const decap = {
      label: mdx ? `${EDITOR.collections[name]} ${EDITOR.withComponents}` : EDITOR.collections[name],
      label_singular: EDITOR.collections[name],
      description: mdx ? EDITOR.mdxDescription : EDITOR.mdDescription,
      path: `${folders}{{slug}}`,
    };
    return folderCollection(name, mdx ? `${name}-mdx` : name, extension, decap, [body]);
  });
}

const documentsCollection = (): BuiltCollection =>
  folderCollection('legalDocuments', 'legalDocuments', COLLECTIONS.legalDocuments.extensions[0], { label: EDITOR.collections.legalDocuments });

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

function mapCollection(name: 'provinces' | 'agencies' | 'themes'): BuiltCollection {
  const spec = COLLECTIONS[name];
  const described = describeCollection(name);
  return {
    editor: { collection: name, shape: spec.shape, extension: 'yaml', keyOrder: keyOrder(described) },
    decap: {
      name,
      label: EDITOR.collections[name],
      files: [
        {
          name,
          label: EDITOR.collections[name],
          file: `content/${spec.path}`,
          format: formatName(name),
          editor: { preview: false },
          fields: [
            {
              name: MAP_ITEMS,
              label: EDITOR.collections[name],
              widget: 'list',
              collapsed: true,
              summary: `${summaryOf(described, 'fields.')} ({{fields.${MAP_ID}}})`,
              fields: [{ name: MAP_ID, label: EDITOR.id, hint: EDITOR.idHint, widget: 'string', pattern: [ID_PATTERN, EDITOR.idHint] }, ...described.map((field) => decapField(field))],
            },
          ],
        },
      ],
    },
  };
}

export function editorSetup(catalog: Catalog, backend: EditorBackend, siteUrl: string): EditorSetup {
  const built = [
    ...entriesCollections('plans'),
    ...entriesCollections('topics'),
    ...entriesCollections('news'),
    documentsCollection(),
    mapCollection('agencies'),
    mapCollection('provinces'),
    mapCollection('themes'),
  ];
  return {
    decap: {
      load_config_file: false,
      locale: 'vi',
      backend: {
        name: backend.name,
        repo: backend.repo,
        branch: backend.branch,
        ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
        ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
        ...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' } : {}),
        commit_messages: EDITOR.commitMessages,
      },
      local_backend: { url: `${LOCAL_EDITOR_SERVER}/api/v1` },
      publish_mode: 'editorial_workflow',
      media_folder: 'content/images',
      public_folder: '',
      site_url: siteUrl,
      display_url: siteUrl,
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      collections: built.map((c) => c.decap),
    },
    choices: offeredChoices(catalog),
    collections: Object.fromEntries(built.map((c) => [String(c.decap.name), c.editor])),
    agencyProvinces: Object.fromEntries([...catalog.agencies.values()].flatMap((a) => (a.province ? [[a.id, a.province.id]] : []))),
  };
}
