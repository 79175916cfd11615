/** Saving from the web editor rewrites only what changed, and writes a new entry in the schema's order. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeYaml } from '../../src/lib/yaml-edit';

const ORIGINAL = `# Cơ quan ban hành văn bản.
title: Kế hoạch thực hiện Kết luận số 80-KL/TW
documentNumber: 176/KH-UBND
issuedOn: 2020-10-27
period: "2020"
legalBasis: []
tasks:
  - title: Quán triệt Kết luận
    lead:
      - ubnd-lang-son
    partners: []
    deadline: Quý IV/2020
source:
  publisher: Ủy ban nhân dân tỉnh Lạng Sơn
`;
const ORDER = { title: {}, documentNumber: {}, issuedOn: {}, effectiveOn: {}, period: {}, legalBasis: {}, tasks: { title: {}, lead: {}, partners: {}, deadline: {} }, source: { publisher: {}, url: {} } };
const data = () => parse(ORIGINAL, { schema: 'core' }) as Record<string, unknown>;

describe('writeYaml', () => {
  it('leaves the text as it was when nothing changed, comment and quotes included', () => {
    expect(writeYaml(ORIGINAL, data(), ORDER)).toBe(ORIGINAL);
  });

  it('changes one line for one changed value, even deep in a list, and keeps an empty list the file spells out', () => {
    const changed = data() as { tasks: { deadline: string }[] };
    changed.tasks[0]!.deadline = 'Quý I/2021';
    expect(writeYaml(ORIGINAL, changed, ORDER)).toBe(ORIGINAL.replace('deadline: Quý IV/2020', 'deadline: Quý I/2021'));
  });

  it('puts a new value where the schema orders it, and drops one the form emptied', () => {
    const changed = { ...data(), effectiveOn: '2020-11-01', source: { publisher: 'Ủy ban nhân dân tỉnh Lạng Sơn', url: '' } };
    const written = writeYaml(ORIGINAL, changed, ORDER);
    expect(written).toBe(ORIGINAL.replace('issuedOn: 2020-10-27\n', 'issuedOn: 2020-10-27\neffectiveOn: 2020-11-01\n'));
    const { period: _period, ...withoutPeriod } = data();
    expect(writeYaml(ORIGINAL, { ...withoutPeriod, period: '' }, ORDER)).toBe(ORIGINAL.replace('period: "2020"\n', ''));
  });

  it('writes a new entry in the schema order, without empty values, in NFC', () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch'; // "Kế hoạch" typed with combining marks
    const written = writeYaml(undefined, { tasks: [{ deadline: 'hằng năm', lead: ['so-tu-phap-lang-son'], title: 'Đổi mới hình thức' }], period: 'từ 2020', title: decomposed, effectiveOn: '', source: { url: '', publisher: 'Sở Tư pháp' } }, ORDER);
    expect(written).toBe(`title: Kế hoạch
period: từ 2020
tasks:
  - title: Đổi mới hình thức
    lead:
      - so-tu-phap-lang-son
    deadline: hằng năm
source:
  publisher: Sở Tư pháp
`);
  });
});
