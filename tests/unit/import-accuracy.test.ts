/**
 * Field-level accuracy of `npm run import` on plan texts in the official
 * layout (tests/fixtures/import/): each fixture is turned into its format
 * (.txt, .html, .docx, .pdf), read, drafted and compared with the entry an
 * editor would write. Targets: 95% of header fields, 90% of task leads and
 * deadlines. A value the text does not give must stay empty.
 */
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftPlan, type DraftValues } from '../../src/editor-tools/import/draft-entry';
import { documentText } from '../../src/editor-tools/import/document-text';
import { loadImportContext } from '../../src/editor-tools/import/import-context';
import { readPlan } from '../../src/editor-tools/import/read-plan';
import { CONTENT_DIR } from './helpers/content';
import { writeFixtureFile } from './helpers/import-fixtures';

const FIXTURES = 'tests/fixtures/import';
const HEADER_FIELDS = ['documentNumber', 'documentType', 'issuer', 'province', 'place', 'issuedOn', 'signer.name', 'signer.role', 'title', 'legalBasis'] as const;

interface Expected {
  [field: string]: unknown;
  tasks: { lead: string[]; partners?: string[]; deadline: string | number }[];
}

const work = mkdtempSync(path.join(tmpdir(), 'pbgdpl-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const context = loadImportContext(CONTENT_DIR, new Date(Date.UTC(2026, 10, 23)));
const sources = globSync(`${FIXTURES}/*.txt`).sort();
const drafts = new Map<string, { values: DraftValues; expected: Expected; format: string }>();

beforeAll(async () => {
  for (const source of sources) {
    const file = await writeFixtureFile(source, work);
    const read = await documentText(file);
    if (!read.ok) throw new Error(`${file}: ${read.error}`);
    const name = path.basename(source).replace(/\.[a-z]+\.txt$/, '');
    const expected = parse(readFileSync(`${FIXTURES}/${name}.expected.yaml`, 'utf8'), { schema: 'core' }) as Expected;
    drafts.set(name, { values: draftPlan(readPlan(read.text), read.text, context).values, expected, format: path.extname(file) });
  }
}, 60_000);

const get = (values: object, field: string): unknown => field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], values);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameSet = (a: readonly string[] = [], b: readonly string[] = []) => same([...a].sort(), [...b].sort());

function score() {
  const header = { right: 0, total: 0, wrong: [] as string[] };
  const leads = { right: 0, total: 0, wrong: [] as string[] };
  const deadlines = { right: 0, total: 0, wrong: [] as string[] };
  for (const [name, { values, expected }] of drafts) {
    for (const field of HEADER_FIELDS) {
      const want = field === 'legalBasis' ? expected.legalBasis : get(expected, field);
      const got = get(values, field);
      header.total++;
      if (field === 'legalBasis' ? sameSet(got as string[], want as string[]) : same(field === 'issuedOn' && want instanceof Date ? undefined : got, want)) header.right++;
      else header.wrong.push(`${name} ${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
    const count = Math.max(expected.tasks.length, values.tasks.length);
    for (let i = 0; i < count; i++) {
      const want = expected.tasks[i];
      const got = values.tasks[i];
      leads.total++;
      deadlines.total++;
      if (want && got && sameSet(got.lead, want.lead) && sameSet(got.partners, want.partners)) leads.right++;
      else leads.wrong.push(`${name} nhiệm vụ ${i + 1}: ${JSON.stringify(got && [got.lead, got.partners])} ≠ ${JSON.stringify(want && [want.lead, want.partners ?? []])}`);
      if (want && got && same(got.deadline, want.deadline)) deadlines.right++;
      else deadlines.wrong.push(`${name} nhiệm vụ ${i + 1}: ${JSON.stringify(got?.deadline)} ≠ ${JSON.stringify(want?.deadline)}`);
    }
  }
  return { header, leads, deadlines };
}

describe('npm run import on plan texts in the official layout', () => {
  it('covers every format and kind of issuer', () => {
    expect(drafts.size).toBeGreaterThanOrEqual(10);
    expect(new Set([...drafts.values()].map((d) => d.format))).toEqual(new Set(['.txt', '.html', '.docx', '.pdf']));
  });

  it('reads header fields, task leads and deadlines at the target accuracy', () => {
    const { header, leads, deadlines } = score();
    const pct = (s: { right: number; total: number }) => Math.round((1000 * s.right) / s.total) / 10;
    console.log(
      [
        `Trường đầu văn bản: ${header.right}/${header.total} (${pct(header)}%)`,
        `Cơ quan chủ trì, phối hợp: ${leads.right}/${leads.total} (${pct(leads)}%)`,
        `Thời hạn: ${deadlines.right}/${deadlines.total} (${pct(deadlines)}%)`,
        ...[...header.wrong, ...leads.wrong, ...deadlines.wrong].map((w) => `  ✗ ${w}`),
      ].join('\n'),
    );
    expect(header.total).toBeGreaterThanOrEqual(100);
    expect(leads.total).toBeGreaterThanOrEqual(12);
    expect(pct(header)).toBeGreaterThanOrEqual(95);
    expect(pct(leads)).toBeGreaterThanOrEqual(90);
    expect(pct(deadlines)).toBeGreaterThanOrEqual(90);
  });

  it('reads the period and the audiences where the text names them', () => {
    for (const [name, { values, expected }] of drafts) {
      expect(values.period ?? null, name).toEqual(expected.period ?? null);
      if (expected.audiences) expect(values.audiences, name).toEqual(expected.audiences);
    }
  });
});
