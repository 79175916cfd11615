/**
 * Collections: content/ read through the schemas in src/schemas.
 * PBGDPL_CONTENT_DIR points the site at another content folder (fixtures, benchmark corpora).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { agencySchema } from './schemas/agency';
import { legalDocumentSchema } from './schemas/legal-document';
import { newsSchema } from './schemas/news';
import { planSchema } from './schemas/plan';
import { provinceSchema } from './schemas/province';
import { themeSchema } from './schemas/theme';
import { topicSchema } from './schemas/topic';

const root = contentDir();

export const collections = {
  plans: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/plans` }),
    schema: planSchema(reference),
  }),
  topics: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/topics` }),
    schema: topicSchema(reference),
  }),
  news: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/news` }),
    schema: newsSchema(reference),
  }),
  legalDocuments: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${root}/legal-documents` }),
    schema: legalDocumentSchema(reference),
  }),
  provinces: defineCollection({ loader: file(`${root}/provinces.yaml`), schema: provinceSchema(reference) }),
  agencies: defineCollection({ loader: file(`${root}/agencies.yaml`), schema: agencySchema(reference) }),
  themes: defineCollection({ loader: file(`${root}/themes.yaml`), schema: themeSchema }),
};
