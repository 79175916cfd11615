/** What the importer needs to know of a content folder: provinces, agencies, legal documents and themes. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ImportContext } from './draft-entry';

export function loadImportContext(root: string, today: Date): ImportContext {
  const yamlOf = (file: string) => parse(readFileSync(path.join(root, file), 'utf8'), { schema: 'core' }) as Record<string, Record<string, unknown>>;
  const legalDir = path.join(root, 'legal-documents');
  return {
    provinces: new Map(Object.entries(yamlOf('provinces.yaml')).map(([id, p]) => [id, { name: String(p.name), kind: String(p.kind) }])),
    agencies: new Map(
      Object.entries(yamlOf('agencies.yaml')).map(([id, a]) => [
        id,
        { name: String(a.name), level: String(a.level), ...(a.shortName ? { shortName: String(a.shortName) } : {}), ...(a.province ? { province: String(a.province) } : {}) },
      ]),
    ),
    legalDocuments: new Map(
      globSync('*.yaml', { cwd: legalDir })
        .sort()
        .map((file) => {
          const doc = yamlOf(path.join('legal-documents', file)) as Record<string, unknown>;
          return [file.replace(/\.yaml$/, ''), { number: String(doc.number), type: String(doc.type), title: String(doc.title), issuedOn: String(doc.issuedOn) }];
        }),
    ),
    themes: Object.keys(yamlOf('themes.yaml')),
    today,
  };
}
