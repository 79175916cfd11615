/**
 * The web editor's configuration is generated from the schemas: every field
 * of every collection is in the form, with its Vietnamese name, and every
 * reference offers the entries that exist.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { editorBackend } from '../../src/config/editor';
import { withChoices } from '../../src/editor/choices';
import { editorComponents } from '../../src/editor/components';
import { decapField, editorChoices, editorSetup } from '../../src/publish/editor-config';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/collections';
import { describeSchema } from '../../src/schemas/describe';
import { date, entry, text } from '../../src/schemas/fields';
import { planSchema } from '../../src/schemas/plan';
import { catalog } from './helpers/fixture-catalog';

type Field = { name: string; label: string; widget: string; fields?: Field[]; field?: Field; options?: { value: string }[]; required?: boolean };
type Collection = { name: string; folder?: string; files?: { file: string; fields: Field[] }[]; fields?: Field[] };

const setup = editorSetup(catalog, editorBackend({}), 'https://pbgdpl.example.gov.vn/');
/** The configuration as the editor's script hands it to Decap, each select given its choices. */
const decapCollections = withChoices(setup.decap, setup.choices).collections as Collection[];
const stubReference = (collection: string) => z.string().meta({ collection }) as never;

/** The keys a schema's files may hold, nested ones as "tasks.lead". */
function schemaKeys(schema: z.ZodType, prefix = ''): string[] {
  let inner = schema;
  while (['optional', 'default', 'array'].includes(inner._zod.def.type)) {
    const def = inner._zod.def as unknown as { innerType?: z.ZodType; element?: z.ZodType };
    inner = (def.innerType ?? def.element)!;
  }
  if (inner._zod.def.type !== 'object') return [];
  return Object.entries((inner as z.ZodObject).shape).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaKeys(value as z.ZodType, `${prefix}${key}.`)]);
}

function formKeys(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((f) => [`${prefix}${f.name}`, ...formKeys(f.fields ?? [], `${prefix}${f.name}.`)]);
}

describe('the web editor configuration', () => {
  it('has every field of every collection schema, nested ones too', () => {
    for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
      const expected = schemaKeys(spec.schema(stubReference));
      const forms = decapCollections.filter((c) => setup.collections[c.name]?.collection === name);
      expect(forms.length, name).toBeGreaterThanOrEqual(1);
      for (const form of forms) {
        const fields = form.fields ?? form.files![0]!.fields[0]!.fields!;
        expect(formKeys(fields).filter((key) => key !== 'body' && key !== 'id'), `${name} → ${form.name}`).toEqual(expected);
      }
    }
  });

  it('writes each collection where its files are, plans and topics and news in .md and .mdx', () => {
    expect(decapCollections.map((c) => c.name)).toEqual(['plans', 'plans-mdx', 'topics', 'topics-mdx', 'news', 'news-mdx', 'legalDocuments', 'agencies', 'provinces', 'themes']);
    expect(decapCollections.find((c) => c.name === 'plans')).toMatchObject({ folder: 'content/plans', extension: 'md', path: '{{_pbgdpl_folder0}}/{{slug}}' });
    expect(decapCollections.find((c) => c.name === 'topics-mdx')).toMatchObject({ extension: 'mdx', path: '{{_pbgdpl_folder0}}/{{_pbgdpl_folder1}}/{{slug}}' });
    expect(decapCollections.find((c) => c.name === 'agencies')!.files![0]!.file).toBe('content/agencies.yaml');
  });

  it('offers the existing entries by name for every reference, and only those', () => {
    const plans = decapCollections.find((c) => c.name === 'plans')!.fields!;
    const issuer = plans.find((f) => f.name === 'issuer')!;
    expect(issuer).toMatchObject({ label: 'Cơ quan ban hành', widget: 'select', required: true });
    expect(issuer.options).toContainEqual({ value: 'ubnd-lang-son', label: 'Ủy ban nhân dân tỉnh Lạng Sơn' });
    expect(issuer.options).toHaveLength(catalog.agencies.size);
    const lead = plans.find((f) => f.name === 'tasks')!.fields!.find((f) => f.name === 'lead')!;
    expect(lead).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    const basis = plans.find((f) => f.name === 'legalBasis')!;
    expect(basis.options!.map((o) => o.value).sort()).toEqual([...catalog.legalDocuments.keys()].sort());
    expect(Object.keys(editorChoices(catalog)).sort()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  it('sends each list of entries once, however many fields offer it', () => {
    const sent = JSON.stringify(setup);
    const plan = catalog.plans.get('2023/soc-trang-26-kh-ubnd')!;
    // The plans list is offered by related plans (.md and .mdx) and a topic's plans (.md and .mdx), but sent once.
    expect(sent.split(`"value":"${plan.id}"`)).toHaveLength(2);
    expect(JSON.stringify(setup.decap)).not.toContain('"value":"ubnd-lang-son"');
    // No field and no component names a topic or a news item, so their lists stay home.
    expect(Object.keys(setup.choices).sort()).toEqual(['agencies', 'legalDocuments', 'plans', 'provinces', 'themes']);
  });

  it('offers a component’s entries from the same lists as the fields', () => {
    const components = editorComponents(setup.choices);
    const propOptions = (id: string) => (components.find((c) => c.id === id)!.fields as Field[]).find((f) => f.name === 'id')!.options!;
    expect(propOptions('PlanLink')).toHaveLength(catalog.plans.size);
    expect(propOptions('PlanLink')).toContainEqual(expect.objectContaining({ value: '2023/soc-trang-26-kh-ubnd' }));
    expect(propOptions('LegalDocument').map((o) => o.value).sort()).toEqual([...catalog.legalDocuments.keys()].sort());
  });

  it('checks the texts the checker parses, and dates in the files’ form', () => {
    const plans = decapCollections.find((c) => c.name === 'plans')!.fields!;
    expect(plans.find((f) => f.name === 'documentNumber')).toMatchObject({ widget: 'pbgdpl-checked', check: 'documentNumber' });
    expect(plans.find((f) => f.name === 'period')).toMatchObject({ widget: 'pbgdpl-checked', check: 'period' });
    expect(plans.find((f) => f.name === 'issuedOn')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, required: false });
    const tasks = plans.find((f) => f.name === 'tasks')!.fields!;
    expect(tasks.find((f) => f.name === 'deadline')).toMatchObject({ widget: 'pbgdpl-checked', check: 'deadline', required: false });
  });

  it('shows a field added to a schema with its name and hint, without touching the editor', () => {
    const withNewField = entry('Kế hoạch', {
      ...planSchema(stubReference).shape,
      reviewedOn: date('Ngày rà soát (reviewedOn)').optional(),
      reviewer: text('Người rà soát (reviewer)', 'Nguyễn Văn A'),
    });
    const fields = describeSchema(withNewField, 'plans').map((f) => decapField(f));
    expect(fields.at(-2)).toMatchObject({ name: 'reviewedOn', label: 'Ngày rà soát', widget: 'datetime', required: false });
    expect(fields.at(-1)).toMatchObject({ name: 'reviewer', label: 'Người rà soát', widget: 'string', required: true, hint: 'cần một đoạn chữ, ví dụ "Nguyễn Văn A"' });
  });
});
