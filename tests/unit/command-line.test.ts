import { describe, expect, it } from 'vitest';
import { helpText, readCommandLine } from '../../src/editor-tools/command-line';

const SPEC = {
  command: 'npm run import',
  description: 'Đọc văn bản.',
  flags: { 'dinh-kem': { type: 'boolean', help: 'Đính kèm' }, so: { type: 'string', value: 'số ký hiệu', help: 'Số' } },
  positionals: { name: '<tệp>', help: 'tệp văn bản', min: 1, max: 1 },
  examples: ['npm run import -- ke-hoach.docx'],
} as const;

describe('readCommandLine', () => {
  it('reads flags and positionals', () => {
    expect(readCommandLine(SPEC, ['a.txt', '--dinh-kem', '--so', '1/KH-UBND'])).toEqual({
      ok: true, help: false, flags: { 'dinh-kem': true, so: '1/KH-UBND' }, positionals: ['a.txt'],
    });
  });

  it('answers --help with every flag and an example, before any other check', () => {
    const result = readCommandLine(SPEC, ['--help']);
    expect(result).toMatchObject({ ok: true, help: true });
    const text = (result as { text: string }).text;
    for (const part of ['--dinh-kem', '--so <số ký hiệu>', '--help', '<tệp>', 'npm run import -- ke-hoach.docx']) expect(text).toContain(part);
    expect(text).toBe(helpText(SPEC));
  });

  it('refuses an unknown flag in one Vietnamese line naming the valid ones', () => {
    const result = readCommandLine(SPEC, ['a.txt', '--dinhkem']);
    expect(result.ok).toBe(false);
    const error = (result as { error: string }).error;
    expect(error).toBe('Không có cờ "--dinhkem". Các cờ: --dinh-kem, --so, --help. Xem: npm run import -- --help');
  });

  it('refuses a flag without its value, a missing file and an extra argument', () => {
    expect(readCommandLine(SPEC, ['a.txt', '--so'])).toMatchObject({ ok: false, error: expect.stringContaining('Cờ "--so" cần một giá trị') });
    expect(readCommandLine(SPEC, [])).toMatchObject({ ok: false, error: expect.stringContaining('Thiếu <tệp>') });
    expect(readCommandLine(SPEC, ['a.txt', 'b.txt'])).toMatchObject({ ok: false, error: expect.stringContaining('Thừa đối số "b.txt"') });
  });
});
