/** The frozen fixture's files and catalog, and the plan the tests of what officials share look at. */
import { buildCatalog } from '../../../src/domain/catalog';
import { parseContent } from '../../../src/editor-tools/content-check';
import { readContent } from './content';

/** The site address vitest.config.ts builds absolute links on. */
export const SITE = 'https://pbgdpl.example.gov.vn';
export const files = readContent();
export const catalog = buildCatalog(parseContent(files).raw);
export const LANG_SON_FILE = 'plans/2020/lang-son-176-kh-ubnd.md';
export const langSon = catalog.plans.get('2020/lang-son-176-kh-ubnd')!;
