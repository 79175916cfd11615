/**
 * The web editor's configuration (Decap CMS, at /quan-tri/), generated at
 * build time from the collections table and the schemas' own description
 * (src/schemas/describe.ts): every collection, every field with its
 * Vietnamese name and hint, required or not, choices, references to the
 * entries that exist, dates as the files write them. Nothing here names a
 * field of a schema, so a field added to a schema appears in the form.
 */
import type { Catalog } from '../domain/catalog-model';
import type { EditorBackend } from '../config/editor';
import { LOCAL_EDITOR_SERVER } from '../config/editor';
import { COLLECTIONS, type CollectionName } from '../schemas/collections';
import { describeCollection, type FieldDescription, type FieldType } from '../schemas/describe';
import { MDX_COMPONENTS } from '../schemas/mdx-components';
import { ENTRY_FOLDERS } from '../lib/entry-identity';
import type { KeyOrder } from '../lib/yaml-edit';
import { CHECKED_WIDGET, EDITOR_KEYS, formatName, MAP_ID, MAP_ITEMS, type EditorChoice, type EditorSetup } from '../lib/editor-setup';
import { ui } from '../ui/vi';

const EDITOR = ui.editor;

/** The entries a reference may name, by collection: what the form offers to pick from. */
export type EditorChoices = Record<CollectionName, EditorChoice[]>;

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

function widget(type: FieldType, choices: EditorChoices, hint: string, optionalGroup = false): DecapField {
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
      return { widget: 'select', options: choices[type.collection] };
    case 'entry':
      return { widget: 'object', collapsed: false, fields: type.fields.map((field) => decapField(field, choices, optionalGroup)) };
    case 'list':
      if (type.item.kind === 'reference' || type.item.kind === 'choice') {
        return { ...widget(type.item, choices, hint), multiple: true, ...(type.atLeastOne ? { min: 1 } : {}) };
      }
      if (type.item.kind === 'entry') {
        const fields = type.item.fields.map((field) => decapField(field, choices));
        const first = type.item.fields.find((field) => field.type.kind === 'text' && field.required) ?? type.item.fields[0];
        // An empty default: otherwise Decap starts the list with one item made of its fields' defaults.
        return { widget: 'list', fields, summary: `{{fields.${first?.name}}}`, collapsed: true, default: [], ...(type.atLeastOne ? { min: 1 } : {}) };
      }
      return { widget: 'list', field: { name: 'item', label: EDITOR.listItem, ...widget(type.item, choices, hint) }, ...(type.atLeastOne ? { min: 1 } : {}) };
  }
}

/**
 * A field of an optional group (a plan's signer) is required only once the
 * group is filled, which Decap cannot say: the form leaves it optional and
 * its hint says when it is needed; the checker still requires it in CI.
 */
export function decapField(field: FieldDescription, choices: EditorChoices, inOptionalGroup = false): DecapField {
  const required = field.required && !inOptionalGroup;
  return {
    name: field.name,
    label: field.label,
    hint: field.required && inOptionalGroup ? `${field.hint} ${EDITOR.requiredInGroup}` : field.hint,
    required,
    ...widget(field.type, choices, field.hint, inOptionalGroup || !field.required),
    ...(field.default !== undefined ? { default: field.default } : {}),
  };
}

/** The order a collection's files write their keys in: the schema's. */
export function keyOrder(fields: readonly FieldDescription[]): KeyOrder {
  const inner = (type: FieldType): KeyOrder =>
    type.kind === 'entry' ? keyOrder(type.fields) : type.kind === 'list' ? inner(type.item) : {};
  return Object.fromEntries(fields.map((field) => [field.name, inner(field.type)]));
}

const MDX_EXTENSION = '.mdx';

function entriesCollections(name: 'plans' | 'topics' | 'news', choices: EditorChoices): DecapField[] {
  const spec = COLLECTIONS[name];
  const fields = describeCollection(name).map((field) => decapField(field, choices));
  // Decap turns every "." of a path template into "-", so the path names the data key without "fields.".
  const folders = Array.from({ length: ENTRY_FOLDERS[name] }, (_, i) => `{{${EDITOR_KEYS.folder(i)}}}/`).join('');
  const identifier = fields.some((field) => field.name === 'title') ? 'title' : String(fields[0]!.name);
  return spec.extensions.map((extension) => {
    const mdx = extension === MDX_EXTENSION;
    return {
      name: mdx ? `${name}-mdx` : name,
      label: mdx ? `${spec.label} ${EDITOR.withComponents}` : spec.label,
      label_singular: spec.label,
      description: mdx ? EDITOR.mdxDescription : EDITOR.mdDescription,
      folder: `content/${spec.path}`,
      extension: extension.slice(1),
      format: formatName('entries', mdx ? `${name}-mdx` : name),
      create: true,
      // The page is what the site renders; Decap's own preview of the fields would show something else.
      editor: { preview: false },
      identifier_field: identifier,
      slug: `{{fields.${EDITOR_KEYS.name}}}`,
      path: `${folders}{{slug}}`,
      summary: name === 'plans' ? '{{documentNumber}}: {{title}}' : `{{${identifier}}}`,
      fields: [
        ...fields,
        {
          name: 'body',
          label: EDITOR.body,
          hint: mdx ? EDITOR.bodyMdxHint : EDITOR.bodyMdHint,
          widget: 'markdown',
          required: false,
          editor_components: mdx ? Object.keys(MDX_COMPONENTS) : [],
        },
      ],
    };
  });
}

function documentsCollection(choices: EditorChoices): DecapField {
  const spec = COLLECTIONS.legalDocuments;
  return {
    name: 'legalDocuments',
    label: spec.label,
    folder: `content/${spec.path}`,
    extension: 'yaml',
    format: formatName('documents', 'legalDocuments'),
    create: true,
    editor: { preview: false },
    identifier_field: 'title',
    slug: `{{fields.${EDITOR_KEYS.name}}}`,
    summary: '{{number}}: {{title}}',
    fields: describeCollection('legalDocuments').map((field) => decapField(field, choices)),
  };
}

const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

function mapCollection(name: 'provinces' | 'agencies' | 'themes', choices: EditorChoices): DecapField {
  const spec = COLLECTIONS[name];
  const fields = describeCollection(name).map((field) => decapField(field, choices));
  return {
    name,
    label: spec.label,
    files: [
      {
        name,
        label: spec.label,
        file: `content/${spec.path}`,
        format: formatName('map', name),
        editor: { preview: false },
        fields: [
          {
            name: MAP_ITEMS,
            label: spec.label,
            widget: 'list',
            collapsed: true,
            summary: '{{fields.name}} ({{fields.id}})',
            fields: [{ name: MAP_ID, label: EDITOR.id, hint: EDITOR.idHint, widget: 'string', pattern: [ID_PATTERN, EDITOR.idHint] }, ...fields],
          },
        ],
      },
    ],
  };
}

export function editorSetup(catalog: Catalog, backend: EditorBackend, site: { url?: string }): EditorSetup {
  const choices = editorChoices(catalog);
  const collections = [
    ...entriesCollections('plans', choices),
    ...entriesCollections('topics', choices),
    ...entriesCollections('news', choices),
    documentsCollection(choices),
    mapCollection('agencies', choices),
    mapCollection('provinces', choices),
    mapCollection('themes', choices),
  ];
  const ours = (decapName: string) => decapName.replace(/-mdx$/, '') as CollectionName;
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
      ...(site.url ? { site_url: site.url, display_url: site.url } : {}),
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      collections,
    },
    keyOrders: Object.fromEntries(collections.map((c) => [String(c.name), keyOrder(describeCollection(ours(String(c.name))))])),
    references: { legalDocument: choices.legalDocuments, plan: choices.plans },
    agencyProvinces: Object.fromEntries([...catalog.agencies.values()].flatMap((a) => (a.province ? [[a.id, a.province.id]] : []))),
    collections: Object.fromEntries(
      collections.map((c) => [String(c.name), { collection: ours(String(c.name)), shape: COLLECTIONS[ours(String(c.name))].shape }]),
    ),
  };
}
