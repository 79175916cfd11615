/**
 * Editors write "## Mục đích" in a body; the page renders the body inside a
 * section that already has an h2, so every body heading moves down one level
 * (h1 → h2 … h5 → h6; h6 stays) to keep the outline right for screen readers.
 * A Sätteri hast plugin, so Markdown keeps Astro's fast default processor.
 */

export interface HeadingNode {
  type: 'element';
  tagName: string;
}

export function demotedTagName(tagName: string): string {
  const level = Number(tagName.slice(1));
  return `h${Math.min(6, level + 1)}`;
}

export function demoteHeadings() {
  return {
    name: 'demote-headings',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5'],
      visit<N extends HeadingNode>(node: N): N {
        return { ...node, tagName: demotedTagName(node.tagName) };
      },
    },
  };
}
