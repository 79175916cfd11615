/**
 * Collections: content/ read through the schemas in src/schemas, as listed in
 * src/schemas/collections.ts. PBGDPL_CONTENT_DIR points the site at another
 * content folder (test fixtures, benchmark corpora).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { frontmatterLoader } from './loaders/frontmatter';
import { COLLECTIONS } from './schemas/collections';

const root = contentDir();
const map = (path: string) => file(`${root}/${path}`);
// Pages never read the raw Markdown, so it is not kept in the content store:
// at tens of thousands of plans it would double the store.
const files = (spec: { path: string; extensions: readonly string[] }) =>
  glob({
    pattern: spec.extensions.length === 1 ? `**/*${spec.extensions[0]}` : `**/*{${spec.extensions.join(',')}}`,
    base: `${root}/${spec.path}`,
    retainBody: false,
  });
const { provinces, agencies, themes, legalDocuments, plans, topics, news } = COLLECTIONS;

export const collections = {
  provinces: defineCollection({ loader: map(provinces.path), schema: provinces.schema(reference) }),
  agencies: defineCollection({ loader: map(agencies.path), schema: agencies.schema(reference) }),
  themes: defineCollection({ loader: map(themes.path), schema: themes.schema() }),
  legalDocuments: defineCollection({ loader: files(legalDocuments), schema: legalDocuments.schema(reference) }),
  plans: defineCollection({ loader: frontmatterLoader({ base: `${root}/${plans.path}`, extensions: plans.extensions }), schema: plans.schema(reference) }),
  topics: defineCollection({ loader: files(topics), schema: topics.schema(reference) }),
  news: defineCollection({ loader: files(news), schema: news.schema(reference) }),
};
