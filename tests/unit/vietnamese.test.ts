import { describe, expect, it } from 'vitest';
import { compareVietnamese, findLookalikes, foldVietnamese, isNfc, slugify } from '../../src/lib/vietnamese';

describe('foldVietnamese', () => {
  it('removes tones and marks, and maps đ to d', () => {
    expect(foldVietnamese('Hòa giải ở cơ sở')).toBe('hoa giai o co so');
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('Phổ biến, giáo dục pháp luật')).toBe('pho bien, giao duc phap luat');
  });
  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldVietnamese('Hòa'.normalize('NFD'))).toBe(foldVietnamese('Hòa'));
  });
});

describe('slugify', () => {
  it('makes URL slugs without diacritics', () => {
    expect(slugify('Lạng Sơn')).toBe('lang-son');
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify('31/KH-HĐPHPBGDPL')).toBe('31-kh-hdphpbgdpl');
    expect(slugify('  Kế hoạch!  ')).toBe('ke-hoach');
  });
});

describe('clean text checks', () => {
  it('tells NFC from decomposed text', () => {
    expect(isNfc('Hòa giải')).toBe(true);
    expect(isNfc('Hòa giải'.normalize('NFD'))).toBe(false);
  });
  it('finds Ð (U+00D0) pasted for Đ and says which letter was meant', () => {
    expect(findLookalikes('Ðà Nẵng')).toEqual([{ index: 0, found: 'Ð', meant: 'Đ' }]);
    expect(findLookalikes('Đà Nẵng')).toEqual([]);
  });
});

describe('compareVietnamese', () => {
  it('sorts Đ after D as a Vietnamese reader expects', () => {
    expect(['Đồng Nai', 'Điện Biên', 'Cà Mau', 'Dak'].sort(compareVietnamese)).toEqual(['Cà Mau', 'Dak', 'Điện Biên', 'Đồng Nai']);
  });
});
