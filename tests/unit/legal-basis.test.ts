/** The legal-basis rule as far as the checker can follow it without the plan's text (src/editor-tools/legal-basis.ts). */
import { describe, expect, it } from 'vitest';
import { reviewContent } from '../../src/editor-tools/content-check';
import { fileText, readContent, withFile } from './helpers/content';

const seed = readContent();
const LANG_SON = 'plans/2020/lang-son-176-kh-ubnd.md';
const SOC_TRANG = 'plans/2023/soc-trang-26-kh-ubnd.md';
const HAI_PHONG = 'plans/2022/hai-phong-31-kh-hdphpbgdpl.md';

describe('legal-basis reminders', () => {
  it('point at documents also named in the title of another document of the list, without failing the check', () => {
    // The seed's Lạng Sơn plan lists 1521/QĐ-TTg, whose title names Kết luận 80-KL/TW, whose title names Chỉ thị 32-CT/TW.
    const { problems, reminders } = reviewContent(seed);
    expect(problems).toEqual([]);
    const langSon = reminders.filter((r) => r.file === LANG_SON);
    expect(langSon.map((r) => r.field)).toEqual(['legalBasis.1', 'legalBasis.2']);
    expect(langSon[0]!.message).toContain('ket-luan-80-kl-tw (Kết luận 80-KL/TW) có trong tên của quyet-dinh-1521-qd-ttg (Quyết định 1521/QĐ-TTg)');
    expect(langSon[1]!.message).toContain('chi-thi-32-ct-tw (Chỉ thị 32-CT/TW) có trong tên của ket-luan-80-kl-tw');
  });

  it('say nothing of a list that follows the rule', () => {
    const files = withFile(seed, LANG_SON, fileText(seed, LANG_SON).replace(/legalBasis:\n(  - .*\n)+/, 'legalBasis:\n  - quyet-dinh-1521-qd-ttg\n'));
    expect(reviewContent(files).reminders.filter((r) => r.file === LANG_SON)).toEqual([]);
  });

  it('point at a document issued after the plan, which cannot be its basis', () => {
    const files = withFile(seed, SOC_TRANG, fileText(seed, SOC_TRANG).replace('legalBasis:\n', 'legalBasis:\n  - quyet-dinh-27-2025-qd-ttg\n'));
    const [late] = reviewContent(files).reminders.filter((r) => r.file === SOC_TRANG);
    expect(late).toMatchObject({ field: 'legalBasis.0' });
    expect(late!.message).toContain('ban hành ngày 04/08/2025, sau ngày ban hành kế hoạch (07/02/2023)');
  });

  it('leave the dates alone when the plan\'s own date is unknown', () => {
    const files = withFile(seed, HAI_PHONG, fileText(seed, HAI_PHONG).replace('themes:\n', 'legalBasis:\n  - quyet-dinh-27-2025-qd-ttg\nthemes:\n'));
    expect(reviewContent(files).reminders.filter((r) => r.file === HAI_PHONG)).toEqual([]);
  });
});
