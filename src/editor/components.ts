/**
 * The six MDX components of src/schemas/mdx-components.ts as parts of the
 * body editor, inserted with the "+" button, each with a form for its props:
 * those that stand in a sentence (a citation, a link to a plan or a file) as
 * inline parts, the others as blocks. Each is written as the JSX an editor
 * would type, one the checker accepts.
 */
import { CHOICES_KEY, COMPONENT_CHOICES, type EditorChoice } from '../lib/editor-setup';
import { MDX_COMPONENTS, type ComponentSpec, type MdxComponentName, type PropSpec } from '../schemas/mdx-components';
import { ui } from '../ui/vi';
import { withChoices } from './choices';
import type { DecapEditorComponent } from './decap';

const CHILDREN = 'children';
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;
const ATTRIBUTES = '((?:\\s+[A-Za-z]+="[^"]*")*)\\s*';

/** JSX attribute text cannot hold a straight double quote; a closing typographic one reads the same. */
const attributeValue = (value: unknown) => String(value).normalize('NFC').replace(/"/g, '”');

function propField(name: string, spec: PropSpec): Record<string, unknown> {
  const base = { name, label: ui.editor.propLabels[name] ?? name, hint: spec.hint, required: spec.required };
  switch (spec.type.kind) {
    case 'choice':
      return { ...base, widget: 'select', options: Object.entries(spec.type.choices).map(([value, label]) => ({ value, label })) };
    case 'legalDocument':
    case 'plan':
      return { ...base, widget: 'select', options: [], [CHOICES_KEY]: COMPONENT_CHOICES[spec.type.kind] };
    default:
      return { ...base, widget: 'string' };
  }
}

function component(id: MdxComponentName, spec: ComponentSpec, choices: Record<string, EditorChoice[]>): DecapEditorComponent {
  const props = Object.entries(spec.props);
  const pattern = spec.children ? new RegExp(`^<${id}${ATTRIBUTES}>\\n+([\\s\\S]*?)\\n+</${id}>`) : new RegExp(`^<${id}${ATTRIBUTES}/>`);
  const read = (match: RegExpMatchArray) => {
    const data: Record<string, unknown> = {};
    for (const [, name, value] of (match[1] ?? '').matchAll(ATTRIBUTE)) data[name!] = value;
    if (spec.children) data[CHILDREN] = match[2] ?? '';
    return data;
  };
  const write = (data: Record<string, unknown>) => {
    const attributes = props
      .filter(([name]) => data[name] !== undefined && String(data[name]).trim() !== '')
      .map(([name]) => ` ${name}="${attributeValue(data[name])}"`)
      .join('');
    if (!spec.children) return `<${id}${attributes} />`;
    // A blank line on each side makes MDX read what the component wraps as Markdown (a table, paragraphs).
    return `<${id}${attributes}>\n\n${String(data[CHILDREN] ?? '').normalize('NFC').trim()}\n\n</${id}>`;
  };
  return {
    id,
    label: ui.editor.componentLabels[id],
    ...(spec.inline ? { type: 'inline' as const, fromInline: read, toInline: write } : { fromBlock: read, toBlock: write }),
    fields: withChoices(
      [
        ...props.map(([name, prop]) => propField(name, prop)),
        ...(spec.children ? [{ name: CHILDREN, label: spec.table ? ui.editor.tableContent : ui.editor.componentContent, widget: 'text', required: false }] : []),
      ],
      choices,
    ),
    pattern,
    // Decap shows an inline part's preview as text, so the preview is text: the part's name and its values.
    toPreview(data) {
      const shown = props.flatMap(([name]) => (data[name] ? [String(data[name])] : []));
      return `[${[ui.editor.componentLabels[id], ...shown].join(': ')}]`;
    },
  };
}

/** The components, each select of their forms given its list from `choices`, as the fields' selects are. */
export function editorComponents(choices: Record<string, EditorChoice[]>): DecapEditorComponent[] {
  return (Object.entries(MDX_COMPONENTS) as [MdxComponentName, ComponentSpec][]).map(([id, spec]) => component(id, spec, choices));
}
