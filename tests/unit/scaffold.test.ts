import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/editor-tools/content-check';
import { scaffold, TO_WRITE, type ScaffoldContext } from '../../src/editor-tools/scaffold';
import { readContent, withFile } from './helpers/content';

const context: ScaffoldContext = {
  provinces: new Map([['lang-son', { name: 'Lạng Sơn', kind: 'tinh' }], ['son-la', { name: 'Sơn La', kind: 'tinh' }]]),
  agencies: new Map([['ubnd-lang-son', { name: 'Ủy ban nhân dân tỉnh Lạng Sơn', province: 'lang-son' }]]),
  themes: ['pbgdpl', 'hoa-giai-o-co-so'],
};
const plan = { kind: 'ke-hoach', number: '5/KH-UBND', province: 'lang-son', date: '2024-01-15', title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2024' };

describe('scaffold', () => {
  it('refuses every malformed answer at once, with what to write instead', () => {
    const result = scaffold({ kind: 'ke-hoach', number: '5', province: 'lang-sonn', date: '15/01/2024' }, context);
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors.join('\n') : '';
    expect(errors).toContain('176/KH-UBND');
    expect(errors).toContain('Có phải: lang-son');
    expect(errors).toContain('"2024-01-15"');
    expect(errors).toContain('Thiếu trích yếu');
  });
  it('refuses an unknown kind of entry and lists the kinds', () => {
    const result = scaffold({ kind: 'bao-cao' }, context);
    expect(!result.ok && result.errors[0]).toContain('ke-hoach (kế hoạch)');
  });
  it('names the file after year, province and number, and adds a missing people\'s committee', () => {
    const result = scaffold({ ...plan, province: 'son-la' }, context);
    expect(result.ok && result.path).toBe('plans/2024/son-la-5-kh-ubnd.md');
    expect(result.ok && result.newAgency?.yaml).toContain('name: Ủy ban nhân dân tỉnh Sơn La');
  });
  it('writes an entry the checker accepts once the placeholders are written', () => {
    const result = scaffold(plan, context);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const seed = readContent();
    const withPlaceholders = checkContent(withFile(seed, result.path, result.text));
    expect(withPlaceholders.map((p) => p.message)).toEqual([
      expect.stringContaining(TO_WRITE),
      expect.stringContaining(TO_WRITE),
    ]);
    const written = result.text.replaceAll(TO_WRITE, 'Nội dung đã viết.');
    expect(checkContent(withFile(seed, result.path, written))).toEqual([]);
  });
  it('says what the entry is written from, the full text unless told, and lists no legal basis the editor has not checked', () => {
    const result = scaffold(plan, context);
    expect(result.ok && result.text).toContain('\nwrittenFrom: toan-van\n');
    expect(result.ok && result.text).toContain('\nlegalBasis: []\n');
    const news = scaffold({ ...plan, writtenFrom: 'tin-bai' }, context);
    expect(news.ok && news.text).toContain('\nwrittenFrom: tin-bai\n');
    const wrong = scaffold({ ...plan, writtenFrom: 'ban-tin' }, context);
    expect(!wrong.ok && wrong.errors[0]).toContain('chọn một trong: toan-van (Toàn văn văn bản)');
  });
  it('puts a topic in its quarter folder', () => {
    const result = scaffold({ kind: 'chu-de', quarter: 'Quý IV/2026', title: 'Ngày Pháp luật Việt Nam 09/11/2026' }, context);
    expect(result.ok && result.path).toBe('topics/2026/quy-4/ngay-phap-luat-viet-nam-09-11-2026.md');
  });
});
