import { describe, expect, it } from 'vitest';
import { documentNumberSlug, documentNumberTokens, parseDocumentNumber } from '../../src/lib/document-number';

describe('parseDocumentNumber', () => {
  it.each([
    ['972/KH-UBND', { serial: '972', code: 'KH-UBND' }],
    ['31/KH-HĐPHPBGDPL', { serial: '31', code: 'KH-HĐPHPBGDPL' }],
    ['14/2012/QH13', { serial: '14', year: 2012, code: 'QH13' }],
    ['80-KL/TW', { serial: '80', code: 'KL/TW' }],
    ['25/2021/QĐ-TTg', { serial: '25', year: 2021, code: 'QĐ-TTg' }],
  ])('reads %s as printed', (input, expected) => {
    const result = parseDocumentNumber(input);
    expect(result).toEqual({ ok: true, value: { text: input, ...expected } });
  });
  it('drops the stray space source documents put in a number', () => {
    const result = parseDocumentNumber('80- KL/TW');
    expect(result.ok && result.value.text).toBe('80-KL/TW');
  });
  it('refuses a number without its code, with an example', () => {
    for (const bad of ['176', 'KH-UBND', '176/', 'số 176/KH-UBND']) {
      const result = parseDocumentNumber(bad);
      expect(!result.ok && result.error).toContain('176/KH-UBND');
    }
  });
});

describe('document number forms', () => {
  it('makes slugs and the forms a citizen may type', () => {
    expect(documentNumberSlug('176/KH-UBND')).toBe('176-kh-ubnd');
    expect(documentNumberTokens('Kế hoạch', '31/KH-HĐPHPBGDPL')).toEqual({
      serial: '31',
      tokens: ['31khhdphpbgdpl', 'kehoach31', 'kh31'],
      forms: ['Kế hoạch 31', 'KH 31'],
    });
    expect(documentNumberTokens('Luật', '35/2013/QH13')).toEqual({ serial: '35', tokens: ['352013qh13', 'luat35'], forms: ['Luật 35'] });
    expect(documentNumberTokens('Quyết định', '1521/QĐ-TTg')?.tokens).toEqual(['1521qdttg', 'quyetdinh1521', 'qd1521']);
    expect(documentNumberTokens('Kế hoạch', 'không có số')).toBeUndefined();
  });
});
