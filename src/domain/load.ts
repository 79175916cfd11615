/**
 * Loads every collection once per build and hands out the catalog.
 * Every page awaits the same promise, so the catalog is built a single time.
 */
import { getCollection } from 'astro:content';
import { buildCatalog } from './catalog';
import type { Catalog } from './catalog-model';

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= load();
  return catalog;
}

async function load(): Promise<Catalog> {
  const [provinces, agencies, themes, legalDocuments, plans, topics, news] = await Promise.all([
    getCollection('provinces'),
    getCollection('agencies'),
    getCollection('themes'),
    getCollection('legalDocuments'),
    getCollection('plans'),
    getCollection('topics'),
    getCollection('news'),
  ]);
  return buildCatalog({ provinces, agencies, themes, legalDocuments, plans, topics, news });
}
