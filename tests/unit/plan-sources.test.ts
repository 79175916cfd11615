/**
 * What a plan page says about the text behind it (writtenFrom), the original it offers,
 * tasks whose source gives no deadline, and the province a plan was issued by.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/domain/catalog';
import type { SourceFile } from '../../src/editor-tools/content-check';
import { checkContent, parseContent } from '../../src/editor-tools/content-check';
import { draftPlan } from '../../src/editor-tools/import/draft-entry';
import { loadImportContext } from '../../src/editor-tools/import/import-context';
import { readPlan } from '../../src/editor-tools/import/read-plan';
import { planPage } from '../../src/routes/plan';
import { provinceNote } from '../../src/routes/summary';
import { ui } from '../../src/ui/vi';
import { CONTENT_DIR, fileText, readContent, withFile } from './helpers/content';

const seed = readContent();
const LANG_SON = 'plans/2020/lang-son-176-kh-ubnd.md';
const HAI_PHONG = 'plans/2022/hai-phong-31-kh-hdphpbgdpl.md';
const LAI_CHAU = 'plans/2019/lai-chau-972-kh-ubnd.mdx';
const SOC_TRANG = 'plans/2023/soc-trang-26-kh-ubnd.md';

/** The seed with frontmatter lines added just above `source:`. */
const withLines = (file: string, lines: string, files: SourceFile[] = seed) => withFile(files, file, fileText(files, file).replace('\nsource:\n', `\n${lines}\nsource:\n`));
const catalogOf = (files: SourceFile[]) => buildCatalog(parseContent(files).raw);
const pageOf = (files: SourceFile[], id: string) => planPage(catalogOf(files).plans.get(id)!);

describe('the notice of what a page was written from', () => {
  it('is left out when the entry does not say, so that the page claims nothing', () => {
    expect(pageOf(seed, '2020/lang-son-176-kh-ubnd').writtenFrom).toBeUndefined();
  });

  it('names the opening pages and points to the page that holds the document', () => {
    const files = withLines(SOC_TRANG, 'writtenFrom: phan-dau\nwrittenFromNote: Trích yếu lấy theo trang nguồn.');
    const page = pageOf(files, '2023/soc-trang-26-kh-ubnd');
    expect(page.writtenFrom).toEqual({
      text: ui.plan.writtenFrom['phan-dau']('kế hoạch 26/KH-UBND'),
      note: 'Trích yếu lấy theo trang nguồn.',
      originalHref: 'https://pbgdpl.moj.gov.vn/qt/tintuc/Pages/hoat-dong-pgbdpldp.aspx?ItemID=3330',
    });
  });

  it('says a news report is not the original, and offers no original the portal does not have', () => {
    const page = pageOf(withLines(HAI_PHONG, 'writtenFrom: tin-bai'), '2022/hai-phong-31-kh-hdphpbgdpl');
    expect(page.writtenFrom).toEqual({ text: ui.plan.writtenFrom['tin-bai']('kế hoạch 31/KH-HĐPHPBGDPL') });
    expect(page.tasksInOriginal).toEqual({});
  });

  it('never offers a summary the portal made as the original, but does offer an attached original', () => {
    const summary = withFile(seed, LAI_CHAU, fileText(seed, LAI_CHAU).replace('không phải văn bản gốc)\n', 'không phải văn bản gốc)\n    kind: ban-tom-tat\n'));
    const asSummary = pageOf(withLines(LAI_CHAU, 'writtenFrom: tin-bai', summary), '2019/lai-chau-972-kh-ubnd');
    expect(asSummary.writtenFrom!.originalHref).toBeUndefined();
    expect(asSummary.tasksInOriginal).toEqual({});
    const asOriginal = pageOf(withLines(LAI_CHAU, 'writtenFrom: tin-bai'), '2019/lai-chau-972-kh-ubnd');
    expect(asOriginal.writtenFrom!.originalHref).toBe('/van-ban-goc/2019/lai-chau-972-kh-ubnd-tom-tat.pdf');
    expect(asOriginal.tasksInOriginal).toEqual({ href: '/van-ban-goc/2019/lai-chau-972-kh-ubnd-tom-tat.pdf' });
  });

  it('refuses a value it does not know, and a note without the field, saying what to write', () => {
    const [wrong] = checkContent(withLines(LANG_SON, 'writtenFrom: toan-bo'));
    expect(wrong).toMatchObject({ file: LANG_SON, field: 'writtenFrom' });
    expect(wrong!.message).toContain('toan-van (Toàn văn văn bản)');
    const [lonely] = checkContent(withLines(LANG_SON, 'writtenFromNote: Trích yếu lấy theo trang nguồn.'));
    expect(lonely).toMatchObject({ file: LANG_SON, field: 'writtenFromNote' });
    expect(lonely!.message).toContain('chỉ ghi kèm writtenFrom');
  });
});

describe('a task whose source gives no deadline', () => {
  it('is kept without one, and says the source does not give it', () => {
    const files = withFile(seed, SOC_TRANG, fileText(seed, SOC_TRANG).replace('    deadline: 2023\n', ''));
    expect(checkContent(files)).toEqual([]);
    const [task] = catalogOf(files).plans.get('2023/soc-trang-26-kh-ubnd')!.tasks;
    expect(task).toMatchObject({ deadline: { kind: 'unstated' }, deadlineLabel: 'Nguồn không ghi' });
    expect(task!.quarter).toBeUndefined();
  });
});

describe('the province that issued a plan', () => {
  const catalog = catalogOf(seed);
  it('is the province before the 2025 merger for a plan issued before others joined it, under the same name', () => {
    const plan = catalog.plans.get('2022/hai-phong-31-kh-hdphpbgdpl')!;
    expect(plan.preMerger!.joinedBy.map((p) => p.id)).toEqual(['hai-duong']);
    expect(provinceNote(plan)).toBe(ui.plan.preMerger('Hải Dương', 2025));
    expect(planPage(plan).rows.find((r) => r.key === ui.plan.row.province)!.value).toMatchObject({ text: 'Hải Phòng', note: 'trước khi sáp nhập với Hải Dương năm 2025' });
  });
  it('keeps "nay thuộc …" for a province merged away, and says nothing of a province no other joined', () => {
    expect(provinceNote(catalog.plans.get('2023/soc-trang-26-kh-ubnd')!)).toBe('nay thuộc TP Cần Thơ');
    expect(provinceNote(catalog.plans.get('2020/lang-son-176-kh-ubnd')!)).toBeUndefined();
  });
  it('is today\'s province for a plan issued after the merger', () => {
    const files = withFile(seed, HAI_PHONG.replace('2022', '2025'), fileText(seed, HAI_PHONG).replace('publishedOn: 2022-02-21', 'publishedOn: 2025-08-01'));
    const plan = catalogOf(files.filter((f) => f.path !== HAI_PHONG)).plans.get('2025/hai-phong-31-kh-hdphpbgdpl')!;
    expect(plan.preMerger).toBeUndefined();
    expect(provinceNote(plan)).toBeUndefined();
  });
});

describe('npm run import guesses what a text holds, for the editor to check', () => {
  const context = loadImportContext(CONTENT_DIR, new Date(Date.UTC(2026, 10, 23)));
  const guess = (fixture: string) => {
    const text = readFileSync(`tests/fixtures/import/${fixture}`, 'utf8');
    return draftPlan(readPlan(text), text, context);
  };
  it('a text that runs to its signature is the full text; one cut before it, the opening pages; a decision alone, the decision', () => {
    expect(guess('lang-son-176-kh-ubnd.txt.txt').values.writtenFrom).toBe('toan-van');
    expect(guess('son-la-22-kh-ubnd.txt.txt').values.writtenFrom).toBe('phan-dau');
    const decision = guess('thai-nguyen-1685-qd-ubnd.txt.txt');
    expect(decision.values.writtenFrom).toBe('quyet-dinh-ban-hanh');
    expect(decision.text).toContain('\nwrittenFrom: quyet-dinh-ban-hanh\n');
    expect(decision.found).toContainEqual(expect.stringContaining('writtenFrom: quyet-dinh-ban-hanh (đoán vì'));
  });

  it('drafts a law cited by name alone under a name that says to rename it by its number, and one with a number under its final name', () => {
    const drafted = guess('thai-nguyen-1685-qd-ubnd.txt.txt').legalDocuments;
    const byName = drafted.find((d) => d.path === 'legal-documents/luat-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan.yaml');
    expect(byName?.text).toContain('khi điền number, đổi tên tệp thành luat-<số ký hiệu viết thường không dấu>.yaml');
    const numbered = drafted.find((d) => d.path === 'legal-documents/quyet-dinh-2216-qd-btp.yaml');
    expect(numbered?.text).not.toContain('đổi tên tệp');
  });
});
