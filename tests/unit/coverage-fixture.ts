/**
 * A small catalog for the coverage and agency-task tests: the seed content
 * plus a few agencies and five plans written for these tests (numbers and
 * dates are made up; no plan here is real). Between them they cover: a merged
 * province's plan filed under today's province, two plans for one province, a
 * ministry's plan, a former ministry's plan filed under its successor, a
 * ministry with no plan, a district plan and a central council's plan that
 * count for no province and no ministry, an annual plan and a Ngày Pháp luật
 * plan, and every kind of deadline.
 */
import { buildCatalog } from '../../src/domain/catalog';
import { parseContent } from '../../src/editor-tools/content-check';
import { fileText, readContent, withFile } from './helpers/content';

const AGENCIES = `
bo-tu-phap:
  name: Bộ Tư pháp
  level: trung-uong
  kind: bo
van-phong-chinh-phu:
  name: Văn phòng Chính phủ
  level: trung-uong
  kind: co-quan-ngang-bo
bo-noi-vu:
  name: Bộ Nội vụ
  level: trung-uong
  kind: bo
bo-lao-dong-thuong-binh-va-xa-hoi:
  name: Bộ Lao động - Thương binh và Xã hội
  shortName: Bộ LĐTBXH
  level: trung-uong
  kind: bo
  successor: bo-noi-vu
ubnd-can-tho:
  name: Ủy ban nhân dân thành phố Cần Thơ
  shortName: UBND TP Cần Thơ
  level: tinh
  province: can-tho
so-tu-phap-can-tho:
  name: Sở Tư pháp thành phố Cần Thơ
  level: tinh
  province: can-tho
ubnd-hau-giang:
  name: Ủy ban nhân dân tỉnh Hậu Giang
  shortName: UBND tỉnh Hậu Giang
  level: tinh
  province: hau-giang
ubnd-tam-duong:
  name: Ủy ban nhân dân huyện Tam Đường
  level: huyen
  province: lai-chau
`;

interface FixturePlan {
  file: string;
  number: string;
  issuer: string;
  issuedOn: string;
  period: string;
  legalBasis: string[];
  themes: string[];
  tasks?: { title: string; lead: string[]; partners?: string[]; deadline: string }[];
}

const list = (key: string, items: string[], indent = '') => (items.length ? `${indent}${key}:\n${items.map((i) => `${indent}  - ${i}`).join('\n')}\n` : '');

function planText(p: FixturePlan): string {
  const tasks = (p.tasks ?? [])
    .map((t) => `  - title: ${t.title}\n${list('lead', t.lead, '    ')}${list('partners', t.partners ?? [], '    ')}    deadline: ${t.deadline}\n`)
    .join('');
  return `---
title: Kế hoạch thử ${p.number}
documentNumber: ${p.number}
documentType: ke-hoach
issuer: ${p.issuer}
issuedOn: ${p.issuedOn}
period: ${p.period}
status: dang-thuc-hien
summary: Kế hoạch viết cho kiểm thử độ phủ.
${list('legalBasis', p.legalBasis)}${list('themes', p.themes)}${tasks ? `tasks:\n${tasks}` : ''}source:
  publisher: Kiểm thử
---

Nội dung thử.
`;
}

export const FIXTURE_PLANS: FixturePlan[] = [
  {
    file: 'plans/2021/hau-giang-50-kh-ubnd.md',
    number: '50/KH-UBND',
    issuer: 'ubnd-hau-giang',
    issuedOn: '2021-01-15',
    period: '2021',
    legalBasis: ['quyet-dinh-1521-qd-ttg', 'ket-luan-80-kl-tw'],
    themes: ['pbgdpl'],
    tasks: [{ title: 'Quán triệt kế hoạch', lead: ['ubnd-hau-giang'], deadline: 'Quý I/2021' }],
  },
  {
    file: 'plans/2021/can-tho-12-kh-ubnd.md',
    number: '12/KH-UBND',
    issuer: 'ubnd-can-tho',
    issuedOn: '2021-02-01',
    period: '2021',
    legalBasis: ['quyet-dinh-1521-qd-ttg'],
    themes: ['pbgdpl'],
    tasks: [
      { title: 'Hội nghị quán triệt', lead: ['so-tu-phap-can-tho'], partners: ['ubnd-can-tho'], deadline: 'Quý II/2021' },
      { title: 'Báo cáo sơ kết', lead: ['so-tu-phap-can-tho'], deadline: '2021-06-30' },
      { title: 'Cập nhật tài liệu', lead: ['so-tu-phap-can-tho'], deadline: 'hằng năm' },
      { title: 'Tổng kết năm', lead: ['so-tu-phap-can-tho'], deadline: 'Quý IV/2021' },
    ],
  },
  {
    file: 'plans/2021/bo-tu-phap-100-kh-btp.md',
    number: '100/KH-BTP',
    issuer: 'bo-tu-phap',
    issuedOn: '2021-03-01',
    period: 'từ 2021',
    legalBasis: ['quyet-dinh-1521-qd-ttg'],
    themes: ['pbgdpl'],
    tasks: [{ title: 'Hướng dẫn địa phương', lead: ['bo-tu-phap'], partners: ['so-tu-phap-can-tho'], deadline: 'thường xuyên' }],
  },
  { file: 'plans/2021/bo-lao-dong-thuong-binh-va-xa-hoi-60-kh-bldtbxh.md', number: '60/KH-BLĐTBXH', issuer: 'bo-lao-dong-thuong-binh-va-xa-hoi', issuedOn: '2021-03-05', period: '2021', legalBasis: ['quyet-dinh-1521-qd-ttg'], themes: ['pbgdpl'] },
  { file: 'plans/2021/hdphpbgdpl-trung-uong-5-kh-hdph.md', number: '5/KH-HĐPH', issuer: 'hdphpbgdpl-trung-uong', issuedOn: '2021-03-08', period: '2021', legalBasis: ['quyet-dinh-1521-qd-ttg'], themes: ['pbgdpl'] },
  {
    file: 'plans/2021/lai-chau-7-kh-ubnd.md',
    number: '7/KH-UBND',
    issuer: 'ubnd-tam-duong',
    issuedOn: '2021-03-10',
    period: '2021',
    legalBasis: ['quyet-dinh-1521-qd-ttg'],
    themes: ['pbgdpl'],
  },
  // Two more annual plans for Cần Thơ in 2021: four in all, one more than a table cell shows.
  { file: 'plans/2021/can-tho-30-kh-ubnd.md', number: '30/KH-UBND', issuer: 'ubnd-can-tho', issuedOn: '2021-04-01', period: '2021', legalBasis: [], themes: ['pbgdpl'] },
  { file: 'plans/2021/can-tho-40-kh-stp.md', number: '40/KH-STP', issuer: 'so-tu-phap-can-tho', issuedOn: '2021-04-02', period: '2021', legalBasis: [], themes: ['pbgdpl'] },
  {
    file: 'plans/2021/lang-son-200-kh-ubnd.md',
    number: '200/KH-UBND',
    issuer: 'ubnd-lang-son',
    issuedOn: '2021-10-01',
    period: 'Quý IV/2021',
    legalBasis: [],
    themes: ['ngay-phap-luat', 'pbgdpl'],
  },
];

export function fixtureCatalog() {
  let files = readContent();
  files = withFile(files, 'agencies.yaml', `${fileText(files, 'agencies.yaml')}${AGENCIES}`);
  for (const plan of FIXTURE_PLANS) files = withFile(files, plan.file, planText(plan));
  const { raw, problems } = parseContent(files);
  if (problems.length) throw new Error(JSON.stringify(problems, null, 1));
  return buildCatalog(raw);
}
