/**
 * The content collections: where each lives under the content folder, how
 * its files are shaped, and its schema. Astro's content config and the
 * content checker both read this table, so they can never disagree.
 */
import { agencySchema } from './agency';
import { legalDocumentSchema } from './legal-document';
import { newsSchema } from './news';
import { planSchema } from './plan';
import { provinceSchema } from './province';
import { themeSchema } from './theme';
import { topicSchema } from './topic';

/**
 * entries: one Markdown or MDX file per entry, facts in frontmatter;
 * documents: one YAML file per entry; map: one YAML file, entries keyed by id.
 */
export type CollectionShape = 'entries' | 'documents' | 'map';

export const COLLECTIONS = {
  provinces: { shape: 'map', path: 'provinces.yaml', schema: provinceSchema },
  agencies: { shape: 'map', path: 'agencies.yaml', schema: agencySchema },
  themes: { shape: 'map', path: 'themes.yaml', schema: () => themeSchema },
  legalDocuments: { shape: 'documents', path: 'legal-documents', extensions: ['.yaml'], schema: legalDocumentSchema },
  // Tens of thousands of plans: `.md` bodies are rendered page by page from their file, and only an
  // `.mdx` plan is compiled, on its own (src/loaders/frontmatter.ts).
  plans: { shape: 'entries', path: 'plans', extensions: ['.md', '.mdx'], schema: planSchema },
  topics: { shape: 'entries', path: 'topics', extensions: ['.md', '.mdx'], schema: topicSchema },
  news: { shape: 'entries', path: 'news', extensions: ['.md', '.mdx'], schema: newsSchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
