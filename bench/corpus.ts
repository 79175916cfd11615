/**
 * Writes a synthetic national corpus into a content folder: N plans across
 * the 63 former and 34 current provinces, with agencies, quarterly topics and
 * the real legal documents. Prose is recombined from a pool of sentences we
 * wrote, so vocabulary and page length (2–15 KB of text) look like real plans.
 * The same seed always gives the same corpus. Never point it at content/.
 *
 * With `mdxShare`, that share of plans is written as `.mdx` and uses the
 * editors' components (note, legal document, another plan, a table of its
 * tasks); which plans are picked comes from a stream of its own, so the
 * corpus is otherwise the very one an all-`.md` run gets.
 */
import { cpSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { documentNumberSlug } from '../src/lib/document-number';
import { formatQuarter } from '../src/lib/quarter';

export interface CorpusOptions {
  plans: number;
  seed: number;
  /** Where the real content lives, for provinces, themes and legal documents. */
  from: string;
  /** Share of plans written as `.mdx` with components, 0 to 1. */
  mdxShare?: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const copy = [...list];
    const count = Math.min(copy.length, int(min, max));
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, some };
}

const SENTENCES = [
  'Các sở, ban, ngành và địa phương lựa chọn nội dung pháp luật gắn với đời sống hằng ngày của người dân.',
  'Trang thông tin điện tử về phổ biến pháp luật được cập nhật văn bản mới trong vòng một tuần kể từ khi ban hành.',
  'Báo cáo viên pháp luật được bồi dưỡng kỹ năng nói chuyện với người dân ở thôn, bản, tổ dân phố.',
  'Tổ hòa giải ở cơ sở được kiện toàn, bổ sung hòa giải viên là người có uy tín trong cộng đồng.',
  'Hệ thống loa truyền thanh cấp xã phát chuyên mục pháp luật ít nhất hai lần mỗi tháng.',
  'Người đứng đầu cơ quan, đơn vị chịu trách nhiệm về kết quả phổ biến pháp luật trong phạm vi quản lý.',
  'Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của từng cơ quan, địa phương.',
  'Việc đánh giá cấp xã đạt chuẩn tiếp cận pháp luật được làm thực chất, tránh chạy theo thành tích.',
  'Tài liệu phổ biến pháp luật được biên soạn ngắn gọn, dễ hiểu, có bản tiếng dân tộc thiểu số ở nơi cần thiết.',
  'Nhà trường lồng ghép giáo dục pháp luật vào giờ sinh hoạt lớp và các hoạt động ngoại khóa.',
  'Các cuộc thi tìm hiểu pháp luật được tổ chức trực tuyến để nhiều người tham gia với chi phí thấp.',
  'Sở Tư pháp tổng hợp kết quả và báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.',
  'Phổ biến pháp luật cho người lao động trong doanh nghiệp được phối hợp với tổ chức công đoàn.',
  'Nội dung tuyên truyền tập trung vào các luật mới có hiệu lực và những vấn đề người dân quan tâm.',
  'Mô hình hay được tổng kết, nhân rộng; mô hình kém hiệu quả được điều chỉnh hoặc dừng.',
  'Ủy ban nhân dân cấp xã niêm yết công khai thủ tục hành chính và văn bản liên quan đến người dân.',
  'Các cơ quan báo chí địa phương duy trì chuyên trang, chuyên mục pháp luật và đời sống.',
  'Mạng xã hội được dùng để đưa thông tin pháp luật chính thống đến người trẻ tuổi.',
  'Việc hòa giải thành được theo dõi, thống kê để đánh giá hiệu quả của các tổ hòa giải.',
  'Phòng Tư pháp và công chức tư pháp – hộ tịch cấp xã là lực lượng nòng cốt ở cơ sở.',
  'Đối tượng đặc thù như người khuyết tật, người cao tuổi, nạn nhân bạo lực gia đình được ưu tiên tiếp cận pháp luật.',
  'Kế hoạch được cụ thể hóa thành nhiệm vụ có cơ quan chủ trì, cơ quan phối hợp và thời hạn hoàn thành.',
  'Quá trình thực hiện có vướng mắc, các cơ quan kịp thời phản ánh để được hướng dẫn tháo gỡ.',
  'Hội đồng phối hợp phổ biến, giáo dục pháp luật họp định kỳ để đánh giá và điều phối hoạt động.',
  'Ứng dụng công nghệ thông tin giúp người dân tra cứu pháp luật ngay trên điện thoại.',
  'Ngày Pháp luật 09/11 được hưởng ứng bằng nhiều hình thức phù hợp với từng cơ quan, địa bàn.',
  'Công tác theo dõi thi hành pháp luật được gắn với phổ biến pháp luật để phát hiện quy định chưa hợp lý.',
  'Đội ngũ tuyên truyền viên pháp luật ở cơ sở được tập huấn ít nhất một lần trong năm.',
  'Các hội nghị phổ biến pháp luật kết hợp giải đáp trực tiếp câu hỏi của người dân.',
  'Tủ sách pháp luật ở xã được bổ sung sách mới và chuyển dần sang dạng điện tử.',
  'Việc tuyên truyền bảo đảm đúng đối tượng, tránh dàn trải, hình thức.',
  'Kết quả thực hiện kế hoạch là một tiêu chí để đánh giá, xếp loại thi đua cuối năm.',
];

const HEADINGS = ['Mục đích', 'Yêu cầu', 'Nội dung trọng tâm', 'Tổ chức thực hiện', 'Kinh phí', 'Chế độ báo cáo'];
const AUDIENCES = ['Cán bộ, công chức, viên chức', 'Người lao động trong doanh nghiệp', 'Học sinh, sinh viên', 'Người dân tộc thiểu số', 'Hòa giải viên ở cơ sở', 'Nhân dân trên địa bàn'];
const TASK_TITLES = [
  'Phổ biến các luật mới có hiệu lực trong năm',
  'Kiện toàn tổ hòa giải và bồi dưỡng hòa giải viên',
  'Đánh giá, công nhận cấp xã đạt chuẩn tiếp cận pháp luật',
  'Cập nhật trang thông tin điện tử phổ biến pháp luật',
  'Tổ chức hưởng ứng Ngày Pháp luật Việt Nam',
  'Biên soạn tài liệu phổ biến pháp luật cho đối tượng đặc thù',
  'Kiểm tra, sơ kết việc thực hiện kế hoạch',
  'Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến',
];
const ROMAN = ['I', 'II', 'III', 'IV'];

interface Province {
  id: string;
  name: string;
  mergedInto?: string;
}

const yamlString = (s: string) => JSON.stringify(s);

/** A small stable hash (FNV-1a): the names below come from the plan itself, so that the rest of the corpus stays what the seed makes it. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Hữu', 'Ngọc', 'Xuân', 'Công'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phương', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Thảo', 'Trung', 'Tuấn', 'Việt', 'Yến'];
const PLACE = ['Nà', 'Khuổi', 'Pác', 'Bản', 'Đông', 'Tây', 'Thượng', 'Hạ', 'Tân', 'Phú', 'Hưng', 'Yên', 'Mỹ', 'Thạnh', 'Lộc', 'Sơn', 'Hà', 'Trung', 'Vĩnh', 'Phước', 'Bình', 'An', 'Long', 'Hòa', 'Thuận'];
const name3 = (h: number, a: readonly string[], b: readonly string[], c: readonly string[]) => `${a[h % a.length]} ${b[Math.floor(h / a.length) % b.length]} ${c[Math.floor(h / (a.length * b.length)) % c.length]}`;
const place2 = (h: number) => `${PLACE[h % PLACE.length]} ${PLACE[Math.floor(h / PLACE.length) % PLACE.length]}`;
const ROLE_OF_SIGNER: Record<string, string> = { ubnd: 'Phó Chủ tịch', stp: 'Giám đốc', hdph: 'Chủ tịch Hội đồng', 'bo-tu-phap': 'Thứ trưởng' };

/** A plan the benchmark searches for by what a citizen knows of it (bench/run.ts, recall). */
export interface SampledPlan {
  /** "/ke-hoach/2015/an-giang-26-kh-stp/". */
  path: string;
  number: string;
  title: string;
  /** The province's name as it was when the plan was issued. */
  province: string;
  year: number;
  /** A sentence only this plan's body holds. */
  phrase: string;
}

/** An MDX body around the same prose: a note after the opening, the plan's first legal basis and an earlier plan by id, its tasks as a table. */
function mdxBody(blocks: string[], legalBasis: string, earlierPlan: string | undefined, tasks: { title: string; deadline: string }[]): string[] {
  const [opening, ...rest] = blocks;
  return [
    opening!,
    `<Note kind="canh-bao">\n${SENTENCES[11]}\n</Note>`,
    `Kế hoạch căn cứ <LegalDocument id="${legalBasis}" />${earlierPlan ? `; xem thêm <PlanLink id="${earlierPlan}" />` : ''}.`,
    ...(tasks.length
      ? [`<DataTable caption="Nhiệm vụ và thời hạn">\n\n| Nhiệm vụ | Thời hạn |\n| --- | --- |\n${tasks.map((t) => `| ${t.title} | ${t.deadline} |`).join('\n')}\n\n</DataTable>`]
      : []),
    ...rest,
  ];
}

export function writeCorpus(target: string, options: CorpusOptions): { plans: number; mdxPlans: number; bytes: number; samples: SampledPlan[]; signers: string[] } {
  if (path.resolve(target) === path.resolve(options.from)) throw new Error('Không ghi kho dữ liệu thử vào thư mục nội dung thật');
  const rnd = random(options.seed);
  const mdxPick = random(options.seed + 7919);
  let mdxPlans = 0;
  let earlierPlan: string | undefined;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of ['provinces.yaml', 'themes.yaml', 'legal-documents']) {
    cpSync(path.join(options.from, file), path.join(target, file), { recursive: true });
  }
  const provinces = Object.entries(parse(readFileSync(path.join(options.from, 'provinces.yaml'), 'utf8')) as Record<string, Omit<Province, 'id'>>).map(
    ([id, p]) => ({ id, ...p }),
  );
  const themes = Object.keys(parse(readFileSync(path.join(options.from, 'themes.yaml'), 'utf8')) as object);
  const legalDocuments = ['luat-14-2012-qh13', 'luat-35-2013-qh13', 'chi-thi-32-ct-tw', 'ket-luan-80-kl-tw', 'quyet-dinh-1521-qd-ttg', 'quyet-dinh-25-2021-qd-ttg', 'quyet-dinh-27-2025-qd-ttg'];
  // A plan cites only documents issued before it, as the content checker asks.
  const issuedOn = new Map(legalDocuments.map((id) => [id, String(/^issuedOn: (\S+)/m.exec(readFileSync(path.join(options.from, 'legal-documents', `${id}.yaml`), 'utf8'))?.[1])]));

  const agencies: string[] = [
    'quoc-hoi:\n  name: Quốc hội\n  level: trung-uong',
    'ban-bi-thu:\n  name: Ban Bí thư Trung ương Đảng\n  level: trung-uong',
    'thu-tuong:\n  name: Thủ tướng Chính phủ\n  level: trung-uong',
    'bo-tu-phap:\n  name: Bộ Tư pháp\n  level: trung-uong',
  ];
  const roles = [
    { key: 'ubnd', name: 'Ủy ban nhân dân tỉnh', short: 'UBND tỉnh', level: 'tinh', code: 'KH-UBND' },
    { key: 'stp', name: 'Sở Tư pháp tỉnh', short: 'Sở Tư pháp', level: 'tinh', code: 'KH-STP' },
    { key: 'hdph', name: 'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh', short: 'Hội đồng phối hợp PBGDPL', level: 'tinh', code: 'KH-HĐPHPBGDPL' },
    { key: 'songanh', name: 'Các sở, ban, ngành tỉnh', short: 'Các sở, ban, ngành', level: 'tinh', code: '' },
    { key: 'cacxa', name: 'Ủy ban nhân dân các xã, phường tỉnh', short: 'UBND cấp xã', level: 'xa', code: '' },
  ] as const;
  for (const p of provinces) {
    for (const role of roles) {
      agencies.push(`${role.key}-${p.id}:\n  name: ${yamlString(`${role.name} ${p.name}`)}\n  shortName: ${yamlString(role.short)}\n  level: ${role.level}\n  province: ${p.id}`);
    }
  }
  // The legal documents are copied whole, so their issuers come along from the real agencies.
  const realAgencies = parse(readFileSync(path.join(options.from, 'agencies.yaml'), 'utf8')) as Record<string, unknown>;
  const written = new Set(agencies.map((a) => a.slice(0, a.indexOf(':'))));
  for (const file of globSync('*.yaml', { cwd: path.join(target, 'legal-documents') })) {
    const { issuer } = parse(readFileSync(path.join(target, 'legal-documents', file), 'utf8')) as { issuer: string };
    if (written.has(issuer)) continue;
    written.add(issuer);
    agencies.push(stringify({ [issuer]: realAgencies[issuer] }).trimEnd());
  }
  writeFileSync(path.join(target, 'agencies.yaml'), `${agencies.join('\n')}\n`);

  // Plans the benchmark looks for, picked by a stream of their own so the corpus is the seed's either way.
  const samplePick = random(options.seed + 104_729);
  const sampled = new Set(Array.from({ length: Math.min(50, options.plans) }, () => samplePick.int(0, options.plans - 1)));
  const samples: SampledPlan[] = [];
  const signers = new Set<string>();
  const mergedOn = Date.UTC(2025, 6, 1);
  const serials = new Map<string, number>();
  let bytes = 0;
  for (let i = 0; i < options.plans; i++) {
    const year = rnd.int(2015, 2026);
    const month = year === 2026 ? rnd.int(1, 10) : rnd.int(1, 12);
    const day = rnd.int(1, 28);
    const issued = Date.UTC(year, month - 1, day);
    const eligible = provinces.filter((p) => (issued >= mergedOn ? !p.mergedInto : true));
    const province = rnd.pick(eligible);
    const role = rnd.pick(roles.slice(0, 3));
    // One plan in 50 is the ministry's, so that coverage has a ministry row and a central agency has a task page.
    const issuer = i % 50 === 49 ? { id: 'bo-tu-phap', fileId: 'bo-tu-phap', code: 'KH-BTP' } : { id: `${role.key}-${province.id}`, fileId: province.id, code: role.code };
    const key = `${issuer.fileId}/${year}/${issuer.code}`;
    const serial = (serials.get(key) ?? rnd.int(1, 40)) + rnd.int(1, 9);
    serials.set(key, serial);
    const number = `${serial}/${issuer.code}`;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const quarterOf = (m: number) => Math.floor((m - 1) / 3);
    const taskCount = rnd.int(0, 8);
    const taskRows: { title: string; deadline: string }[] = [];
    const tasks = Array.from({ length: taskCount }, () => {
      const kind = rnd.int(0, 3);
      const q = rnd.int(quarterOf(month), 3);
      const deadline = kind === 0 ? `Quý ${ROMAN[q]}/${year}` : kind === 1 ? 'hằng năm' : kind === 2 ? String(year) : `${year}-12-${rnd.int(10, 31)}`;
      const partners = rnd.some(['stp', 'songanh', 'cacxa'], 0, 2).map((r) => `      - ${r}-${province.id}`);
      const taskTitle = rnd.pick(TASK_TITLES);
      taskRows.push({ title: taskTitle, deadline });
      return [
        `  - title: ${yamlString(taskTitle)}`,
        `    lead:\n      - ${rnd.pick(['stp', 'songanh', 'ubnd'])}-${province.id}`,
        ...(partners.length ? [`    partners:\n${partners.join('\n')}`] : []),
        `    deadline: ${yamlString(deadline)}`,
      ].join('\n');
    });
    const title = `Kế hoạch ${rnd.pick(['công tác phổ biến, giáo dục pháp luật', 'hòa giải ở cơ sở', 'xây dựng cấp xã đạt chuẩn tiếp cận pháp luật', 'tuyên truyền pháp luật cho đối tượng đặc thù'])} trên địa bàn tỉnh ${province.name} năm ${year}`;
    // Who signs an agency's plans changes with the year; a commune's decision named in the body is this plan's alone.
    const signerName = name3(hashOf(`${issuer.id}/${year}`), FAMILY, MIDDLE, GIVEN);
    signers.add(signerName);
    const local = hashOf(`${issuer.id}/${year}/${number}`);
    const phrase = `Ủy ban nhân dân xã ${place2(local)} ban hành Quyết định số ${100 + (local % 9900)}/QĐ-UBND kiện toàn tổ hòa giải thôn ${place2(Math.floor(local / 625))}.`;
    const summary = Array.from({ length: 2 }, () => rnd.pick(SENTENCES)).join(' ');
    const basis = rnd.some(legalDocuments.filter((id) => issuedOn.get(id)! < iso), 1, 3);
    const frontmatter = [
      '---',
      `title: ${yamlString(title)}`,
      `documentNumber: ${yamlString(number)}`,
      'documentType: ke-hoach',
      `issuer: ${issuer.id}`,
      `signer:\n  name: ${yamlString(signerName)}\n  role: ${yamlString(ROLE_OF_SIGNER[issuer.id === 'bo-tu-phap' ? 'bo-tu-phap' : role.key] ?? 'Phó Chủ tịch')}`,
      `issuedOn: ${iso}`,
      `period: ${year}`,
      `status: ${year < 2026 ? 'da-ket-thuc' : 'dang-thuc-hien'}`,
      `summary: ${yamlString(summary)}`,
      `legalBasis:\n${basis.map((d) => `  - ${d}`).join('\n')}`,
      `themes:\n${rnd.some(themes, 1, 3).map((t) => `  - ${t}`).join('\n')}`,
      `audiences:\n${rnd.some(AUDIENCES, 1, 3).map((a) => `  - ${a}`).join('\n')}`,
      ...(tasks.length ? [`tasks:\n${tasks.join('\n')}`] : []),
      `source:\n  publisher: ${yamlString(`Sở Tư pháp tỉnh ${province.name}`)}\n  publishedOn: ${iso}`,
      '---',
    ].join('\n');
    const targetBytes = rnd.int(2_000, 15_000);
    const body: string[] = [];
    let length = 0;
    while (length < targetBytes) {
      const block = body.length % 4 === 1 ? `## ${rnd.pick(HEADINGS)}` : Array.from({ length: rnd.int(2, 6) }, () => rnd.pick(SENTENCES)).join(' ');
      body.push(block);
      length += Buffer.byteLength(block) + 2;
    }
    body.splice(Math.min(2, body.length), 0, phrase);
    const asMdx = mdxPick.next() < (options.mdxShare ?? 0);
    const text = `${frontmatter}\n\n${(asMdx ? mdxBody(body, basis[0]!, earlierPlan, taskRows) : body).join('\n\n')}\n`;
    const dir = path.join(target, 'plans', String(year));
    mkdirSync(dir, { recursive: true });
    const name = `${issuer.fileId}-${documentNumberSlug(number)}`;
    writeFileSync(path.join(dir, `${name}.${asMdx ? 'mdx' : 'md'}`), text);
    if (asMdx) mdxPlans++;
    earlierPlan = `${year}/${name}`;
    if (sampled.has(i)) samples.push({ path: `/ke-hoach/${year}/${name}/`, number, title, province: province.name, year, phrase: phrase.replace(/\.$/, '') });
    bytes += Buffer.byteLength(text);
  }

  for (let year = 2015; year <= 2026; year++) {
    for (let q = 1; q <= 4; q++) {
      const dir = path.join(target, 'topics', String(year), `quy-${q}`);
      mkdirSync(dir, { recursive: true });
      const quarter = formatQuarter({ year, quarter: q as 1 });
      writeFileSync(
        path.join(dir, 'dinh-huong.md'),
        `---\nquarter: ${quarter}\ntitle: ${yamlString(`Định hướng tuyên truyền ${quarter}`)}\nsummary: ${yamlString(rnd.pick(SENTENCES))}\nlegalDocuments:\n  - ${rnd.pick(legalDocuments)}\nthemes:\n  - ${rnd.pick(themes)}\nsources:\n  - publisher: Bộ Tư pháp\n---\n\n${rnd.pick(SENTENCES)}\n`,
      );
    }
  }
  mkdirSync(path.join(target, 'news'), { recursive: true });
  return { plans: options.plans, mdxPlans, bytes, samples, signers: [...signers] };
}
