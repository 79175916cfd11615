import { describe, expect, it } from 'vitest';
import { readDeadline } from '../../src/editor-tools/import/deadline-text';
import { agencyNames, citationsIn, issuerHeading, readPlan } from '../../src/editor-tools/import/read-plan';
import { resolveAgency } from '../../src/editor-tools/import/agency-names';
import { sourceLines } from '../../src/editor-tools/import/source-text';
import { sentenceCase } from '../../src/editor-tools/import/vietnamese-case';

describe('readDeadline', () => {
  it('writes each way plans give a time in a form the schema takes', () => {
    expect(readDeadline('Hoàn thành trong Quý IV năm 2020')).toEqual({ value: 'Quý IV/2020' });
    expect(readDeadline('Hàng năm')).toEqual({ value: 'hằng năm' });
    expect(readDeadline('Thường xuyên, liên tục')).toEqual({ value: 'thường xuyên' });
    expect(readDeadline('Trước ngày 15/12/2023')).toEqual({ value: '2023-12-15' });
    expect(readDeadline('Năm 2023')).toEqual({ value: 2023 });
    expect(readDeadline('Quý II', 2024)).toMatchObject({ value: 'Quý II/2024', note: expect.stringContaining('năm của kế hoạch') });
    expect(readDeadline('Tháng 6/2023')).toMatchObject({ value: 'Quý II/2023', note: expect.stringContaining('tháng 6/2023') });
  });

  it('leaves a time it cannot place for the editor', () => {
    expect(readDeadline('Theo chỉ đạo của Ủy ban nhân dân tỉnh')).toEqual({});
    expect(readDeadline('Quý III').value).toBeUndefined();
    expect(readDeadline('Trước ngày 31/02/2023').value).not.toBe('2023-02-31');
  });
});

describe('agencyNames', () => {
  it('splits a list of agencies without breaking a group name', () => {
    expect(agencyNames('Sở Tư pháp, Sở Nội vụ và UBND các huyện, thành phố')).toEqual(['Sở Tư pháp', 'Sở Nội vụ', 'UBND các huyện, thành phố']);
    expect(agencyNames('Các sở, ban, ngành, Mặt trận Tổ quốc và đoàn thể tỉnh; UBND các huyện')).toEqual(['Các sở, ban, ngành, Mặt trận Tổ quốc và đoàn thể tỉnh', 'UBND các huyện']);
    expect(agencyNames('Sở Văn hóa, Thể thao và Du lịch (chủ trì)')).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
  });
});

describe('resolveAgency', () => {
  const known = new Map([['so-gddt-lang-son', { name: 'Sở Giáo dục và Đào tạo tỉnh Lạng Sơn', province: 'lang-son', level: 'tinh' }]]);
  const scope = { province: { id: 'lang-son', name: 'Lạng Sơn', kind: 'tinh' } };
  it('finds an agency by its name, abbreviated or not', () => {
    expect(resolveAgency('Sở GD&ĐT', scope, known)).toEqual({ id: 'so-gddt-lang-son' });
    expect(resolveAgency('Giám đốc Sở Giáo dục và Đào tạo', scope, known)).toEqual({ id: 'so-gddt-lang-son' });
  });
  it('drafts an agency it does not know, named as the others are', () => {
    expect(resolveAgency('Sở Tư pháp', scope, known)).toEqual({ id: 'so-tu-phap-lang-son', draft: { id: 'so-tu-phap-lang-son', name: 'Sở Tư pháp tỉnh Lạng Sơn', level: 'tinh', province: 'lang-son' } });
    expect(resolveAgency('UBND các huyện, thành phố', scope, known)).toMatchObject({ id: 'ubnd-huyen-lang-son', draft: { level: 'huyen' } });
  });
  it('names no agency for "the agencies concerned"', () => {
    expect(resolveAgency('Các cơ quan, đơn vị có liên quan', scope, known)).toEqual({ unresolved: 'Các cơ quan, đơn vị có liên quan' });
  });
});

describe('citationsIn', () => {
  it('finds every cited document with its number, date and issuer, but not one named in another\'s title', () => {
    const cited = citationsIn('Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012; Quyết định 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ về việc triển khai Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư;');
    expect(cited).toEqual([
      { typeWord: 'Luật', name: 'Luật Phổ biến, giáo dục pháp luật', year: 2012 },
      { typeWord: 'Quyết định', number: '1521/QĐ-TTg', issuedOn: '2020-10-06', year: 2020, issuer: 'Thủ tướng Chính phủ', about: 'về việc triển khai Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư' },
    ]);
  });
  it('keeps a document the plan cites itself even when another cited title names it too', () => {
    const cited = citationsIn('Căn cứ Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư; Quyết định số 1521/QĐ-TTg ngày 06 tháng 10 năm 2020 của Thủ tướng Chính phủ về kế hoạch thực hiện Kết luận số 80-KL/TW; Quyết định số 619/QĐ-TTg ngày 08 tháng 5 năm 2017 của Thủ tướng Chính phủ về chuẩn tiếp cận pháp luật cấp xã');
    expect(cited.map((d) => d.number)).toEqual(['80-KL/TW', '1521/QĐ-TTg', '619/QĐ-TTg']);
  });
  it('leaves out a law named inside the title of a cited decision', () => {
    const cited = citationsIn('Căn cứ Quyết định số 2216/QĐ-BTP ngày 30/7/2012 của Bộ Tư pháp phê duyệt Kế hoạch triển khai thực hiện Luật Phổ biến, giáo dục pháp luật;');
    expect(cited.map((d) => d.number ?? d.name)).toEqual(['2216/QĐ-BTP']);
  });
});

describe('readPlan: the legal basis', () => {
  const header = 'ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 5/KH-UBND\nLạng Sơn, ngày 15 tháng 01 năm 2024\nKẾ HOẠCH\nPHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2024\n';
  it('reads only the clauses that open with "Căn cứ", "Thực hiện" or "Triển khai", and says where another names a document', () => {
    const reading = readPlan(`${header}Căn cứ Luật Hòa giải ở cơ sở năm 2013;\nTriển khai Quyết định số 1521/QĐ-TTg ngày 06 tháng 10 năm 2020 của Thủ tướng Chính phủ;\nNhằm đưa Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 vào thực tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n`);
    expect(reading.citations.map((c) => c.value.number ?? c.value.name)).toEqual(['Luật Hòa giải ở cơ sở', '1521/QĐ-TTg']);
    expect(reading.notes).toContainEqual(expect.stringContaining('dòng 9 nêu văn bản nhưng không mở bằng "Căn cứ", "Thực hiện" hay "Triển khai"'));
  });
});

describe('capitals', () => {
  it('writes a title in capitals the way administrative Vietnamese does', () => {
    expect(sentenceCase('BAN HÀNH KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 80-KL/TW CỦA BAN BÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÁN BỘ, ĐẢNG VIÊN', ['Ban Bí thư']))
      .toBe('ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với cán bộ, đảng viên');
  });
  it('reads the issuing body from the header lines, a department under its province too', () => {
    expect(issuerHeading(['UBND TỈNH SÓC TRĂNG', 'SỞ TƯ PHÁP'])).toEqual({ name: 'Sở Tư pháp tỉnh Sóc Trăng', kind: 'department', locality: { level: 'tinh', name: 'Sóc Trăng', word: 'tỉnh' } });
    expect(issuerHeading(['UỶ BAN NHÂN DÂN', 'HUYỆN BẮC TRÀ MY'])).toMatchObject({ name: 'Ủy ban nhân dân huyện Bắc Trà My', kind: 'ubnd' });
    expect(issuerHeading(['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'])).toEqual({ name: 'Bộ Lao động - Thương binh và Xã hội', kind: 'ministry' });
  });
});

describe('readPlan', () => {
  const header = (number: string, date: string) => `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc\nSố: ${number} | Lạng Sơn, ${date}\nKẾ HOẠCH\nPHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2021\n`;

  it('never fills a number or a day the text leaves blank, and says so', () => {
    const reading = readPlan(header('   /KH-UBND', 'ngày    tháng 3 năm 2021'));
    expect(reading.documentNumber).toBeUndefined();
    expect(reading.issuedOn).toBeUndefined();
    expect(reading.year).toEqual({ value: 2021, line: 3 });
    expect(reading.notes.join('\n')).toMatch(/Số ký hiệu: dòng 3 để trống số/);
    expect(reading.notes.join('\n')).toMatch(/Ngày ban hành: dòng 3 để trống ngày/);
  });

  it('keeps a blank number blank even when a database record above the document gives one', () => {
    const reading = readPlan(`Số hiệu: 12/KH-UBND\nNgày ban hành: 05/03/2021\n${header('   /KH-UBND', 'ngày 05 tháng 3 năm 2021')}`);
    expect(reading.documentNumber).toBeUndefined();
    expect(reading.issuedOn).toEqual({ value: '2021-03-05', line: 5 });
  });

  it('gives what a partial text holds, each value with its line', () => {
    const reading = readPlan(header('12/KH-UBND', 'ngày 05 tháng 3 năm 2021'));
    expect(reading.documentNumber).toEqual({ value: '12/KH-UBND', line: 3 });
    expect(reading.issuedOn).toEqual({ value: '2021-03-05', line: 3 });
    expect(reading.title).toEqual({ value: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2021', line: 5 });
    expect(reading.period).toEqual({ value: '2021', line: 5 });
    expect(reading.tasks).toEqual([]);
    expect(reading.notes.join('\n')).toContain('Nhiệm vụ: văn bản không cho thấy nhiệm vụ');
  });

  it('reads the same text the same way every time', () => {
    const text = header('12/KH-UBND', 'ngày 05 tháng 3 năm 2021');
    expect(JSON.stringify(readPlan(text))).toBe(JSON.stringify(readPlan(text)));
  });

  it('joins a paragraph a PDF broke across lines, keeping the line it starts on', () => {
    expect(sourceLines('Căn cứ Luật Phổ biến, giáo dục\npháp luật năm 2012;\n\nI. MỤC ĐÍCH').map((l) => [l.line, l.text])).toEqual([
      [1, 'Căn cứ Luật Phổ biến, giáo dục pháp luật năm 2012;'],
      [4, 'I. MỤC ĐÍCH'],
    ]);
  });
});
