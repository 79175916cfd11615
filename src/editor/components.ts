/**
 * The six MDX components of src/schemas/mdx-components.ts as blocks the body
 * editor inserts with the "+" button, each with a form for its props. The
 * block is written as the JSX an editor would type, one the checker accepts.
 */
import type { EditorChoice } from '../lib/editor-setup';
import { MDX_COMPONENTS, type MdxComponentName, type PropSpec } from '../schemas/mdx-components';
import { ui } from '../ui/vi';
import type { DecapEditorComponent } from './decap';

const CHILDREN = 'children';
const ATTRIBUTE = /([A-Za-z]+)="([^"]*)"/g;

/** JSX attribute text cannot hold a straight double quote; a closing typographic one reads the same. */
const attributeValue = (value: unknown) => String(value).normalize('NFC').replace(/"/g, '”');

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function propField(name: string, spec: PropSpec, references: Record<'legalDocument' | 'plan', EditorChoice[]>): Record<string, unknown> {
  const base = { name, label: ui.editor.propLabels[name] ?? name, hint: spec.hint, required: spec.required };
  switch (spec.type.kind) {
    case 'choice':
      return { ...base, widget: 'select', options: [...spec.type.values] };
    case 'legalDocument':
    case 'plan':
      return { ...base, widget: 'select', options: references[spec.type.kind] };
    default:
      return { ...base, widget: 'string' };
  }
}

export function editorComponents(references: Record<'legalDocument' | 'plan', EditorChoice[]>): DecapEditorComponent[] {
  return (Object.entries(MDX_COMPONENTS) as [MdxComponentName, (typeof MDX_COMPONENTS)[MdxComponentName]][]).map(([id, spec]) => {
    const props = Object.entries(spec.props) as [string, PropSpec][];
    const attributes = `((?:\\s+[A-Za-z]+="[^"]*")*)\\s*`;
    const pattern = spec.children ? new RegExp(`^<${id}${attributes}>\\n+([\\s\\S]*?)\\n+</${id}>`) : new RegExp(`^<${id}${attributes}/>`);
    return {
      id,
      label: ui.editor.componentLabels[id],
      fields: [
        ...props.map(([name, prop]) => propField(name, prop, references)),
        ...(spec.children ? [{ name: CHILDREN, label: 'table' in spec ? ui.editor.tableContent : ui.editor.componentContent, widget: 'text', required: false }] : []),
      ],
      pattern,
      fromBlock(match) {
        const data: Record<string, unknown> = {};
        for (const [, name, value] of (match[1] ?? '').matchAll(ATTRIBUTE)) data[name!] = value;
        if (spec.children) data[CHILDREN] = match[2] ?? '';
        return data;
      },
      toBlock(data) {
        const attributes = props
          .filter(([name]) => data[name] !== undefined && String(data[name]).trim() !== '')
          .map(([name]) => ` ${name}="${attributeValue(data[name])}"`)
          .join('');
        if (!spec.children) return `<${id}${attributes} />`;
        // A blank line on each side makes MDX read what the component wraps as Markdown (a table, paragraphs).
        return `<${id}${attributes}>\n\n${String(data[CHILDREN] ?? '').normalize('NFC').trim()}\n\n</${id}>`;
      },
      toPreview(data) {
        const shown = props.map(([name]) => (data[name] ? `${name}: ${escapeHtml(String(data[name]))}` : '')).filter(Boolean);
        const body = spec.children ? `<div>${escapeHtml(String(data[CHILDREN] ?? ''))}</div>` : '';
        return `<aside><strong>${escapeHtml(ui.editor.componentLabels[id])}</strong> ${shown.join(' · ')}${body}</aside>`;
      },
    };
  });
}
