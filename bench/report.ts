/** The benchmark's result shape and its Markdown report, with the targets from issues 5 and 12. */

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  total: number;
}

export interface QueryResult {
  /** What the query stands for: words on nearly every plan, a number, a name, a filter… (absent in runs before issue 22). */
  label?: string;
  query: string;
  filters?: Record<string, string>;
  /** Results the status line counts (before issue 22: results on screen when the first showed). */
  results: number;
  /** Everything fetched from opening the search page until the network went quiet, the page included (before issue 22: from sending the form). */
  bytes: number;
  msMedian: number;
  msMedianThrottled4x: number;
  /** A query sent after this one in the same page, measured alone. */
  later?: { query: string; bytes: number; msMedian: number; msMedianThrottled4x: number };
}

/** Recall on the benchmark's own corpus, where the right answer is known (bench/search.ts). */
export interface Recall {
  plans: number;
  /** The plan's number, in three forms, with its province: the plan first, behind plans of the same number and province only. */
  number: { passed: number; total: number };
  /** The plan's title without diacritics: the plan in the first three. */
  title: { passed: number; total: number };
  /** A sentence only the plan's body holds: the plan on the first screen, through the full-text layer. */
  prose: { passed: number; total: number };
  failures: string[];
}

interface Step {
  seconds: number;
  peakMB: number;
}

/** What one build spent on preview images, as the integration reports it. */
export interface PreviewImageCost {
  images: number;
  drawn: number;
  /** Wall time of drawing the cards not in the cache, on `threads` worker threads. */
  seconds: number;
  threads: number;
  /** How long the build waited for drawing after the pages were written; drawing starts while they render. */
  waitedSeconds: number;
}

/** A step that may not finish within its time limit: `seconds` is null then. */
interface TimedStep {
  seconds: number | null;
  peakMB: number;
}

/** `npm run dev` started on the caches the builds left, as an editor finds them (issue 12). */
export interface DevServer {
  /** From spawn until the plan page answered 200 with its whole HTML, the first start on the corpus (no dev content store). */
  firstPage: TimedStep;
  /** The same, started again on the content store the first start filled. */
  restart?: TimedStep;
  /** From writing a marker into the plan's summary until the page served contains it; null when the page never came. */
  edit: TimedStep | null;
  timeoutSeconds: { firstPage: number; edit: number };
}

export interface BenchResult {
  plans: number;
  /** How many of the plans were `.mdx` (absent in results from before MDX plans). */
  mdxPlans?: number;
  seed: number;
  /** The commit measured, and whether the work tree differed from it (bench/results aside). Absent in runs before issue 12. */
  commit?: string;
  dirty?: boolean;
  date: string;
  /** stealShare: of the machine's CPU time during the run, the share the hypervisor gave elsewhere (absent in older runs). */
  machine: { cpus: number; memoryGB: number; node: string; stealShare?: number };
  corpusMB: number;
  pages: number;
  contentCheck: Step;
  coldBuild: Step;
  /** The preview-image cache of an earlier build kept, every other cache and the output removed. */
  keptCacheBuild?: Step;
  /** Absent when only the cold build was measured (`--cold-only`, for the largest corpus). */
  warmRebuild?: Step;
  /** Set when only the content check and the cold build were measured. */
  coldOnly?: boolean;
  previewImages?: { cold: PreviewImageCost; keptCache?: PreviewImageCost; rebuild?: PreviewImageCost; totalMB: number };
  outputMB: number;
  pagefindMB: number;
  pageWeights: PageWeight[];
  /** The search indexer's own time within the cold build, as it reports it (absent before issue 22). */
  indexSeconds?: number;
  search: QueryResult[];
  recall?: Recall;
  /** Absent in runs before the dev server was measured. */
  devServer?: DevServer;
}

/** plans-10000.json for an all-`.md` corpus, plans-10000-mdx-5.json when 5% of plans are `.mdx`. */
export const resultName = (plans: number, mdxShare: number) => `plans-${plans}${mdxShare > 0 ? `-mdx-${Math.round(mdxShare * 100)}` : ''}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const short = (commit: string | undefined) => commit?.slice(0, 7) ?? 'không ghi';

const devFirstPage = (dev: DevServer) => (dev.firstPage.seconds === null ? `không trả trang trong ${dev.timeoutSeconds.firstPage} s` : s(dev.firstPage.seconds));
function devEdit(dev: DevServer): string {
  if (!dev.edit) return 'không đo (chưa có trang)';
  return dev.edit.seconds === null ? `chưa hiện sau ${dev.timeoutSeconds.edit} s` : s(dev.edit.seconds);
}

/** Met, or missed and by how much; a figure from another commit is never compared. */
function verdict(value: number, limit: number): string {
  return value <= limit ? 'đạt' : `**chưa đạt** (vượt ${Math.round((value / limit - 1) * 100)}%)`;
}

interface Target {
  plans: number;
  label: string;
  /**
   * The figure measured and either its value, compared with `limit`, or whether it met the target outright;
   * undefined when this run did not measure it.
   */
  measure: (r: BenchResult) => ({ text: string } & ({ value: number } | { met: boolean })) | undefined;
  limit?: number;
}

const GB = 1024;
const TARGETS: Target[] = [
  ...([
    [10_000, 120, 60, 2, 10],
    [50_000, 600, 300, 6, 30],
  ] as const).flatMap(([plans, cold, kept, memoryGB, rebuild]): Target[] => [
    { plans, label: `build lạnh ≤ ${cold} s`, measure: (r) => ({ text: s(r.coldBuild.seconds), value: r.coldBuild.seconds }), limit: cold },
    { plans, label: `build giữ bộ đệm ảnh ≤ ${kept} s`, measure: (r) => r.keptCacheBuild && { text: s(r.keptCacheBuild.seconds), value: r.keptCacheBuild.seconds }, limit: kept },
    { plans, label: `bộ nhớ đỉnh ≤ ${memoryGB} GB`, measure: (r) => ({ text: mb(r.coldBuild.peakMB), value: r.coldBuild.peakMB }), limit: memoryGB * GB },
    { plans, label: `build lại sau khi sửa một kế hoạch ≤ ${rebuild} s`, measure: (r) => r.warmRebuild && { text: s(r.warmRebuild.seconds), value: r.warmRebuild.seconds }, limit: rebuild },
  ]),
  ...([
    [10_000, 15],
    [50_000, 60],
  ] as const).map(([plans, limit]): Target => ({
    plans,
    label: `máy chủ xem trước (\`npm run dev\`) khởi động và trả trang kế hoạch đầu tiên ≤ ${limit} s`,
    measure: ({ devServer: dev }) => {
      if (!dev) return undefined;
      const { seconds } = dev.firstPage;
      const later = typeof dev.restart?.seconds === 'number' ? ` (chạy lại: ${s(dev.restart.seconds)})` : '';
      return seconds === null ? { text: devFirstPage(dev), met: false } : { text: `${s(seconds)}${later}`, value: seconds };
    },
    limit,
  })),
  {
    plans: 10_000,
    label: 'máy chủ xem trước hiện thay đổi của một kế hoạch mà không khởi động lại',
    measure: ({ devServer: dev }) => dev && { text: devEdit(dev), met: typeof dev.edit?.seconds === 'number' },
  },
  { plans: 100_000, label: 'build xong, bộ nhớ đỉnh ≤ 12 GB', measure: (r) => ({ text: `${s(r.coldBuild.seconds)}, ${mb(r.coldBuild.peakMB)}`, value: r.coldBuild.peakMB }), limit: 12 * GB },
  ...([
    [10_000, 250, 400, 1000],
    [50_000, 300, 600, 1500],
    [100_000, 350, undefined, undefined],
  ] as const).flatMap(([plans, kbLimit, msLimit, msThrottled]): Target[] => [
    {
      plans,
      label: `mỗi truy vấn đầu tiên ≤ ${kbLimit} KB tải về (cả trang tìm kiếm)`,
      measure: (r) => {
        const first = r.search.filter((q) => q.label);
        if (first.length === 0) return undefined;
        const worst = first.reduce((a, b) => (b.bytes > a.bytes ? b : a));
        return { text: `tối đa ${kb(worst.bytes)} (“${worst.query}”)`, value: worst.bytes };
      },
      limit: kbLimit * 1024,
    },
    ...(msLimit
      ? [
          {
            plans,
            label: `kết quả đầu tiên ≤ ${msLimit} ms (trung vị các truy vấn, không giới hạn CPU)`,
            measure: (r: BenchResult) => {
              const first = r.search.filter((q) => q.label);
              return first.length === 0 ? undefined : { text: `${median(first.map((q) => q.msMedian)).toFixed(0)} ms`, value: median(first.map((q) => q.msMedian)) };
            },
            limit: msLimit,
          },
          {
            plans,
            label: `kết quả đầu tiên ≤ ${msThrottled} ms với CPU chậm ×4 (trung vị)`,
            measure: (r: BenchResult) => {
              const first = r.search.filter((q) => q.label);
              return first.length === 0 ? undefined : { text: `${median(first.map((q) => q.msMedianThrottled4x)).toFixed(0)} ms`, value: median(first.map((q) => q.msMedianThrottled4x)) };
            },
            limit: msThrottled!,
          },
        ]
      : []),
  ]),
  {
    plans: 10_000,
    label: 'truy vấn sau, cùng trang (bộ tìm kiếm đã tải) ≤ 100 KB',
    measure: (r) => {
      const later = r.search.find((q) => q.later)?.later;
      return later && { text: `${kb(later.bytes)} (“${later.query}”)`, value: later.bytes };
    },
    limit: 100 * 1024,
  },
  {
    plans: 10_000,
    label: 'lập chỉ mục tìm kiếm ≤ 40 s (một nửa của khoảng 80 s trước issue 22)',
    measure: (r) => r.indexSeconds !== undefined ? { text: s(r.indexSeconds), value: r.indexSeconds } : undefined,
    limit: 40,
  },
];

function targets(results: BenchResult[], commit: string): string[] {
  const lines = ['| Mục tiêu | Đo được | Kết quả |', '| --- | --- | --- |'];
  const at = (n: number) => results.find((r) => r.plans === n && !r.mdxPlans);
  const current = (r: BenchResult) => r.commit === commit && !r.dirty;
  for (const target of TARGETS) {
    const label = `${target.plans.toLocaleString('vi-VN')} kế hoạch: ${target.label}`;
    const r = at(target.plans);
    const measured = r && target.measure(r);
    if (!r || !measured) lines.push(`| ${label} | chưa đo | chưa đo |`);
    else if (!current(r)) lines.push(`| ${label} | ~~${measured.text}~~ | số cũ (commit ${short(r.commit)}${r.dirty ? ', có sửa chưa commit' : ''}), không so |`);
    else lines.push(`| ${label} | ${measured.text} | ${'met' in measured ? (measured.met ? 'đạt' : '**chưa đạt**') : verdict(measured.value, target.limit!)} |`);
  }
  const largest = [...results].filter(current).sort((a, b) => b.plans - a.plans)[0];
  const plan = largest?.pageWeights[1];
  if (plan && largest) {
    const ok = plan.total <= 20 * 1024 && plan.js <= 1024;
    lines.push(`| Trang kế hoạch ≤ 20 KB gzip; JavaScript chỉ cho nút sao chép liên kết, ≤ 1 KB (${largest.plans.toLocaleString('vi-VN')} kế hoạch) | ${kb(plan.total)}, JS ${kb(plan.js)} | ${ok ? 'đạt' : '**chưa đạt**'} |`);
  }
  lines.push(...mdxTargets(results.filter(current)));
  lines.push(...growthTargets(results.filter(current)));
  return lines;
}

/** Issue 22: from 10,000 to 50,000 plans, what each query fetches may grow by at most a third. */
function growthTargets(results: BenchResult[]): string[] {
  const small = results.find((r) => r.plans === 10_000 && !r.mdxPlans);
  const large = results.find((r) => r.plans === 50_000 && !r.mdxPlans);
  if (!small || !large) return [];
  const pairs = large.search.filter((q) => q.label).flatMap((q) => {
    const before = small.search.find((b) => b.label === q.label);
    return before ? [{ label: q.label!, ratio: q.bytes / before.bytes }] : [];
  });
  if (pairs.length === 0) return [];
  const worst = pairs.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const growth = worst.ratio - 1;
  return [`| 10.000 → 50.000 kế hoạch: mỗi truy vấn tải về tăng ≤ 1/3 | tăng nhiều nhất ${(growth * 100).toFixed(0)}% (${worst.label}) | ${growth <= 1 / 3 ? 'đạt' : `**chưa đạt** (vượt ${Math.round((growth / (1 / 3) - 1) * 100)}%)`} |`];
}

/** Issue 11: a corpus with some `.mdx` plans builds at most 15% slower and with at most 10% more memory than all `.md`. */
function mdxTargets(results: BenchResult[]): string[] {
  return results.flatMap((mix) => {
    const md = results.find((r) => r.plans === mix.plans && !r.mdxPlans);
    if (!mix.mdxPlans || !md) return [];
    const share = `${Math.round((mix.mdxPlans / mix.plans) * 100)}% .mdx`;
    const time = mix.coldBuild.seconds / md.coldBuild.seconds - 1;
    const memory = mix.coldBuild.peakMB / md.coldBuild.peakMB - 1;
    const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(0)}%`;
    return [
      `| ${mix.plans.toLocaleString('vi-VN')} kế hoạch, ${share}: build lạnh chậm hơn toàn .md ≤ 15% | ${s(mix.coldBuild.seconds)} so với ${s(md.coldBuild.seconds)} (${pct(time)}) | ${time <= 0.15 ? 'đạt' : '**chưa đạt**'} |`,
      `| ${mix.plans.toLocaleString('vi-VN')} kế hoạch, ${share}: bộ nhớ đỉnh hơn toàn .md ≤ 10% | ${mb(mix.coldBuild.peakMB)} so với ${mb(md.coldBuild.peakMB)} (${pct(memory)}) | ${memory <= 0.1 ? 'đạt' : '**chưa đạt**'} |`,
    ];
  });
}

function previewImageLines(r: BenchResult): string[] {
  const p = r.previewImages;
  if (!p) return [];
  const perImage = p.cold.drawn > 0 ? (p.cold.seconds * 1000) / p.cold.drawn : 0;
  return [
    `Ảnh xem trước: ${p.cold.images.toLocaleString('vi-VN')} ảnh PNG, ${p.totalMB.toFixed(1)} MB (${kb((p.totalMB * 2 ** 20) / p.cold.images)} mỗi ảnh). ` +
      `Build lạnh vẽ ${p.cold.drawn.toLocaleString('vi-VN')} ảnh trong ${s(p.cold.seconds)} trên ${p.cold.threads} luồng, phần lớn trong lúc Astro dựng trang ` +
      `(${perImage.toFixed(1)} ms mỗi ảnh theo đồng hồ), rồi build chờ thêm ${s(p.cold.waitedSeconds)}; ` +
      (p.keptCache && p.rebuild ? `giữ bộ đệm: vẽ ${p.keptCache.drawn} ảnh; build lại sau khi sửa một kế hoạch: vẽ ${p.rebuild.drawn} ảnh.` : ''),
    '',
  ];
}

function devServerRows(dev: DevServer | undefined): string[] {
  const label = 'Máy chủ xem trước (`npm run dev`)';
  if (!dev) return [`| ${label} | chưa đo | |`];
  return [
    `| ${label}: trang kế hoạch đầu tiên, tính từ lúc chạy lệnh, lần chạy đầu trên kho này (chưa có kho nội dung của máy chủ xem trước) | ${devFirstPage(dev)} | ${mb(dev.firstPage.peakMB)} |`,
    ...(dev.restart
      ? [`| ${label}: trang kế hoạch đầu tiên khi chạy lại, trên kho nội dung lần đầu đã ghi | ${dev.restart.seconds === null ? 'không trả trang' : s(dev.restart.seconds)} | ${mb(dev.restart.peakMB)} |`]
      : []),
    `| ${label}: hiện thay đổi sau khi sửa tóm tắt kế hoạch đó, không khởi động lại | ${devEdit(dev)} | ${dev.edit ? mb(dev.edit.peakMB) : ''} |`,
  ];
}

function sizeSection(r: BenchResult): string[] {
  return [
    `### ${r.plans.toLocaleString('vi-VN')} kế hoạch${r.mdxPlans ? `, trong đó ${r.mdxPlans.toLocaleString('vi-VN')} tệp .mdx` : ''}, ngày ${r.date}, commit ${short(r.commit)}${r.dirty ? ' (có sửa chưa commit)' : ''}`,
    '',
    `Máy: ${r.machine.cpus} lõi, ${r.machine.memoryGB} GB, Node ${r.machine.node}${r.machine.stealShare === undefined ? '' : `; máy ảo bị lấy ${(r.machine.stealShare * 100).toFixed(1)}% thời gian CPU trong lần đo này (steal)`}. Kho thử ${r.corpusMB.toFixed(1)} MB văn bản nguồn, seed ${r.seed}; ${r.pages.toLocaleString('vi-VN')} trang HTML.`,
    '',
    '| Bước | Thời gian | Bộ nhớ đỉnh (cả cây tiến trình) |',
    '| --- | --- | --- |',
    `| Kiểm tra nội dung (\`npm run check:content\`) | ${s(r.contentCheck.seconds)} | ${mb(r.contentCheck.peakMB)} |`,
    `| Build lạnh (\`npm run build:site\`), không bộ đệm nào | ${s(r.coldBuild.seconds)} | ${mb(r.coldBuild.peakMB)} |`,
    ...(r.coldOnly
      ? ['| Các bước khác (giữ bộ đệm, build lại, `npm run dev`) | không đo ở cỡ này (`--cold-only`) | |']
      : [
          r.keptCacheBuild ? `| Build giữ bộ đệm ảnh xem trước của lần trước, mọi thứ khác lạnh | ${s(r.keptCacheBuild.seconds)} | ${mb(r.keptCacheBuild.peakMB)} |` : '| Build giữ bộ đệm ảnh xem trước | chưa đo | |',
          r.warmRebuild ? `| Build lại sau khi sửa một kế hoạch | ${s(r.warmRebuild.seconds)} | ${mb(r.warmRebuild.peakMB)} |` : '| Build lại sau khi sửa một kế hoạch | chưa đo | |',
          ...devServerRows(r.devServer),
        ]),
    '',
    `Thư mục build: ${r.outputMB.toFixed(1)} MB, trong đó chỉ mục Pagefind ${r.pagefindMB.toFixed(1)} MB.`,
    '',
    ...previewImageLines(r),
    '| Trang (gzip) | HTML | CSS | JS | Phông chữ | Tổng |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.pageWeights.map((w) => `| \`${w.path}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.fonts)} | ${kb(w.total)} |`),
    '',
    ...(r.indexSeconds !== undefined ? [`Trình lập chỉ mục tìm kiếm (trong build lạnh): ${s(r.indexSeconds)}.`, ''] : []),
    ...(r.search.length === 0
      ? []
      : [
          '| Truy vấn | Loại | Kết quả | Tải về (cả trang) | Kết quả đầu tiên (trung vị 3 lần) | CPU chậm ×4 |',
          '| --- | --- | --- | --- | --- | --- |',
          ...r.search.flatMap((q) => [
            `| ${q.query}${q.filters ? ` (lọc ${Object.entries(q.filters).map(([k, v]) => `${k}=${v}`).join(', ')})` : ''} | ${q.label ?? ''} | ${q.results} | ${kb(q.bytes)} | ${q.msMedian.toFixed(0)} ms | ${q.msMedianThrottled4x.toFixed(0)} ms |`,
            ...(q.later ? [`| ↳ sau đó, cùng trang: ${q.later.query} | truy vấn sau | | ${kb(q.later.bytes)} | ${q.later.msMedian.toFixed(0)} ms | ${q.later.msMedianThrottled4x.toFixed(0)} ms |`] : []),
          ]),
          '',
        ]),
    ...recallLines(r.recall),
  ];
}

function recallLines(recall: Recall | undefined): string[] {
  if (!recall) return [];
  const pct = ({ passed, total }: { passed: number; total: number }) => `${passed}/${total} (${((passed / Math.max(1, total)) * 100).toFixed(0)}%)`;
  return [
    `Tìm lại ${recall.plans} kế hoạch chọn ngẫu nhiên trên chính kho thử: số ký hiệu ba dạng kèm tên tỉnh đưa kế hoạch lên đầu ${pct(recall.number)}; ` +
      `tên kế hoạch gõ không dấu có trong ba kết quả đầu ${pct(recall.title)}; một câu chỉ thân bài của nó có tìm ra nó qua toàn văn ${pct(recall.prose)}.`,
    ...(recall.failures.length > 0 ? ['', 'Chưa đạt (tối đa 12):', '', ...recall.failures.map((f) => `- ${f}`)] : []),
    '',
  ];
}

/** The report; `commit` is the code this run measured, and only results from it are compared with the targets. */
export function renderReport(results: BenchResult[], commit: string): string {
  const sorted = [...results].sort((a, b) => a.plans - b.plans || (a.mdxPlans ?? 0) - (b.mdxPlans ?? 0));
  return [
    '# Kết quả benchmark',
    '',
    'Sinh bởi `npm run bench -- --plans <các cỡ>` (bench/run.ts) từ các tệp JSON bên cạnh; đừng sửa tay. Phân tích: [../README.md](../README.md).',
    'Mỗi truy vấn chạy trên bộ nhớ đệm trống',
    '(như lần tìm đầu tiên của một người dân): tải về là mọi thứ trình duyệt nhận từ lúc mở trang tìm kiếm đến khi mạng lặng,',
    'cả trang; thời gian tính từ lúc gửi biểu mẫu đến khi kết quả đầu tiên hiện ra. Kích thước trang là gzip của HTML và những gì trang tải ngay (CSS, JS, phông chữ).',
    '',
    '## So với mục tiêu',
    '',
    `Chỉ so các số đo ở commit ${short(commit)} (lần chạy này); số của commit khác bị gạch và không so.`,
    '',
    ...targets(sorted, commit),
    '',
    '## Chi tiết',
    '',
    ...sorted.flatMap(sizeSection),
  ].join('\n');
}
