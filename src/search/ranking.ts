/**
 * How Pagefind weighs a match in each field of a record (src/search/pagefind-record.ts): an entity's
 * name, a number and a title outrank the text; the other fields only make a page findable.
 */
export const RANKING = { metaWeights: { name: 10, title: 6, number: 8, keywords: 4, place: 1, kind: 0, date: 0 } };
