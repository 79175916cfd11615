/**
 * A table written in Markdown, made readable on a narrow phone: each body
 * cell carries its column's heading (data-label), which the .task-table style
 * shows before the cell once rows stack into lines (src/styles/global.css).
 * Done on the HTML at build time, so the page needs no script.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

const isElement = (node: RootContent | ElementContent | Root, tag?: string): node is Element =>
  node.type === 'element' && (tag === undefined || node.tagName === tag);

function* elements(node: Root | Element, tag: string): Generator<Element> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === tag) yield child;
    else yield* elements(child, tag);
  }
}

const text = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '');

/**
 * The first table in `html` with a caption and labelled cells, and a class
 * added to it; undefined when `html` holds no table.
 */
export function labelledTable(html: string, caption: string, className: string): string | undefined {
  const tree = htmlToHast(html, { fragment: true }) as unknown as Root;
  const table = elements(tree, 'table').next().value;
  if (!table) return undefined;
  const headings = [...elements(table, 'th')].map((th) => text(th).trim());
  for (const row of elements(table, 'tr')) {
    row.children.filter((cell) => isElement(cell, 'td')).forEach((cell, i) => {
      if (headings[i]) (cell as Element).properties.dataLabel = headings[i];
    });
  }
  for (const th of elements(table, 'th')) th.properties.scope = 'col';
  table.properties.className = className.split(' ');
  table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: caption }] });
  return toHtml(table);
}
