/**
 * The text an entry's body shows, block by block, for its search record: the
 * body is parsed from its file as the page renders it (satteri, the parser of
 * the page and of the content checker), and each editors' component stands
 * for the words it renders (src/components/mdx/), so a reference written as
 * `<LegalDocument id="luat-14-2012-qh13" />` is found by the law's number
 * and title. Blocks are kept apart, so that a phrase never runs from one
 * paragraph into the next.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Catalog } from '../domain/catalog-model';
import { NOTE_KINDS } from '../schemas/mdx-components';

interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  alt?: string | null;
  children?: Node[];
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Nodes whose text starts a new block. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'code', 'mdxJsxFlowElement']);
/** Nodes that show nothing a citizen reads. */
const SILENT = new Set(['html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition', 'yaml', 'thematicBreak']);

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** The words a component renders besides what it wraps; ids that name nothing render nothing here (the checker refuses them). */
function componentText(node: Node, catalog: Catalog): string[] {
  switch (node.name) {
    case 'Note': {
      const kind = (attribute(node, 'kind') ?? 'luu-y') as keyof typeof NOTE_KINDS;
      return [attribute(node, 'title') ?? NOTE_KINDS[kind] ?? ''];
    }
    case 'LegalDocument': {
      const doc = catalog.legalDocuments.get(attribute(node, 'id') ?? '');
      return doc ? [`${doc.typeLabel} ${doc.number} (${doc.title})`] : [];
    }
    case 'PlanLink': {
      const plan = catalog.plans.get(attribute(node, 'id') ?? '');
      return plan ? [`${plan.typeLabel} ${plan.documentNumber} của ${plan.issuer.name}`] : [];
    }
    case 'Attachment': {
      const file = attribute(node, 'file');
      const title = [...catalog.plans.values()].flatMap((p) => p.attachments).find((a) => a.file === file)?.title;
      return title ? [title] : [];
    }
    case 'Figure':
      return [attribute(node, 'caption') ?? ''];
    case 'DataTable':
      return [attribute(node, 'caption') ?? ''];
    default:
      return [];
  }
}

/** The body's text, one string per block, in reading order. */
export function bodyBlocks(body: string, format: 'md' | 'mdx', catalog: Catalog): string[] {
  const tree = (format === 'mdx' ? mdxToMdast(body, { features: { gfm: true } }) : markdownToMdast(body, { features: { gfm: true } })) as unknown as Node;
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (node: Node) => {
    if (SILENT.has(node.type)) return;
    const isBlock = BLOCKS.has(node.type);
    if (isBlock) flush();
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const words = componentText(node, catalog).filter(Boolean);
      if (node.type === 'mdxJsxFlowElement') {
        for (const text of words) {
          current = text;
          flush();
        }
      } else current += words.join(' ');
    }
    if (node.type === 'text' || node.type === 'inlineCode') current += String(node.value ?? '');
    else if (node.type === 'image') current += node.alt ?? '';
    else if (node.type === 'break') current += ' ';
    for (const child of node.children ?? []) visit(child);
    if (isBlock) flush();
  };
  visit(tree);
  flush();
  return blocks;
}
