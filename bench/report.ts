/** The benchmark's result shape and its Markdown report, with the targets from issue 5. */

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  fonts: number;
  total: number;
}

export interface QueryResult {
  query: string;
  results: number;
  bytes: number;
  msMedian: number;
  msMedianThrottled4x: number;
}

interface Step {
  seconds: number;
  peakMB: number;
}

export interface BenchResult {
  plans: number;
  /** How many of the plans were `.mdx` (absent in results from before MDX plans). */
  mdxPlans?: number;
  seed: number;
  date: string;
  machine: { cpus: number; memoryGB: number; node: string };
  corpusMB: number;
  pages: number;
  contentCheck: Step;
  coldBuild: Step;
  warmRebuild: Step;
  outputMB: number;
  pagefindMB: number;
  pageWeights: PageWeight[];
  search: QueryResult[];
}

/** plans-10000.json for an all-`.md` corpus, plans-10000-mdx-5.json when 5% of plans are `.mdx`. */
export const resultName = (plans: number, mdxShare: number) => `plans-${plans}${mdxShare > 0 ? `-mdx-${Math.round(mdxShare * 100)}` : ''}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (ok: boolean) => (ok ? 'đạt' : '**chưa đạt**');

function targets(results: BenchResult[]): string[] {
  const lines = ['| Mục tiêu | Đo được | Kết quả |', '| --- | --- | --- |'];
  const at = (n: number) => results.find((r) => r.plans === n && !r.mdxPlans);
  const tenK = at(10_000);
  if (tenK) {
    lines.push(`| 10.000 kế hoạch: build lạnh ≤ 60 s | ${s(tenK.coldBuild.seconds)} (kiểm tra nội dung thêm ${s(tenK.contentCheck.seconds)}) | ${verdict(tenK.coldBuild.seconds <= 60)} |`);
    lines.push(`| 10.000 kế hoạch: bộ nhớ đỉnh ≤ 2 GB | ${mb(tenK.coldBuild.peakMB)} | ${verdict(tenK.coldBuild.peakMB <= 2048)} |`);
    const ms = median(tenK.search.map((q) => q.msMedian));
    lines.push(`| 10.000 kế hoạch: kết quả tìm kiếm đầu tiên ≤ 300 ms (trung vị, không giới hạn CPU) | ${ms.toFixed(0)} ms | ${verdict(ms <= 300)} |`);
    const maxBytes = Math.max(...tenK.search.map((q) => q.bytes));
    lines.push(`| 10.000 kế hoạch: ≤ 200 KB tải về mỗi truy vấn | tối đa ${kb(maxBytes)} | ${verdict(maxBytes <= 200 * 1024)} |`);
  }
  const fiftyK = at(50_000);
  if (fiftyK) lines.push(`| 50.000 kế hoạch: build không hết bộ nhớ | ${s(fiftyK.coldBuild.seconds)}, ${mb(fiftyK.coldBuild.peakMB)} | đạt |`);
  const largest = [...results].sort((a, b) => b.plans - a.plans)[0];
  const plan = largest?.pageWeights[1];
  if (plan && largest) lines.push(`| Trang kế hoạch ≤ 20 KB gzip; JavaScript chỉ cho nút sao chép liên kết, ≤ 1 KB (${largest.plans} kế hoạch) | ${kb(plan.total)}, JS ${kb(plan.js)} | ${verdict(plan.total <= 20 * 1024 && plan.js <= 1024)} |`);
  lines.push(...mdxTargets(results));
  return lines;
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
      `| ${mix.plans.toLocaleString('vi-VN')} kế hoạch, ${share}: build lạnh chậm hơn toàn .md ≤ 15% | ${s(mix.coldBuild.seconds)} so với ${s(md.coldBuild.seconds)} (${pct(time)}) | ${verdict(time <= 0.15)} |`,
      `| ${mix.plans.toLocaleString('vi-VN')} kế hoạch, ${share}: bộ nhớ đỉnh hơn toàn .md ≤ 10% | ${mb(mix.coldBuild.peakMB)} so với ${mb(md.coldBuild.peakMB)} (${pct(memory)}) | ${verdict(memory <= 0.1)} |`,
    ];
  });
}

function sizeSection(r: BenchResult): string[] {
  return [
    `### ${r.plans.toLocaleString('vi-VN')} kế hoạch${r.mdxPlans ? `, trong đó ${r.mdxPlans.toLocaleString('vi-VN')} tệp .mdx` : ''}, ngày ${r.date}`,
    '',
    `Máy: ${r.machine.cpus} lõi, ${r.machine.memoryGB} GB, Node ${r.machine.node}. Kho thử ${r.corpusMB.toFixed(1)} MB văn bản nguồn, seed ${r.seed}; ${r.pages.toLocaleString('vi-VN')} trang HTML.`,
    '',
    '| Bước | Thời gian | Bộ nhớ đỉnh (cả cây tiến trình) |',
    '| --- | --- | --- |',
    `| Kiểm tra nội dung (\`npm run check:content\`) | ${s(r.contentCheck.seconds)} | ${mb(r.contentCheck.peakMB)} |`,
    `| Build lạnh (\`astro build\` + Pagefind) | ${s(r.coldBuild.seconds)} | ${mb(r.coldBuild.peakMB)} |`,
    `| Build lại sau khi sửa một kế hoạch | ${s(r.warmRebuild.seconds)} | ${mb(r.warmRebuild.peakMB)} |`,
    '',
    `Thư mục build: ${r.outputMB.toFixed(1)} MB, trong đó chỉ mục Pagefind ${r.pagefindMB.toFixed(1)} MB.`,
    '',
    '| Trang (gzip) | HTML | CSS | JS | Phông chữ | Tổng |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.pageWeights.map((w) => `| \`${w.path}\` | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.fonts)} | ${kb(w.total)} |`),
    '',
    '| Truy vấn | Kết quả | Tải về | Kết quả đầu tiên (trung vị 3 lần) | CPU chậm ×4 |',
    '| --- | --- | --- | --- | --- |',
    ...r.search.map((q) => `| ${q.query} | ${q.results} | ${kb(q.bytes)} | ${q.msMedian.toFixed(0)} ms | ${q.msMedianThrottled4x.toFixed(0)} ms |`),
    '',
  ];
}

export function renderReport(results: BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.plans - b.plans || (a.mdxPlans ?? 0) - (b.mdxPlans ?? 0));
  return [
    '# Kết quả benchmark',
    '',
    'Sinh bởi `npm run bench -- --plans <các cỡ>` (bench/run.ts) từ các tệp JSON bên cạnh; đừng sửa tay. Phân tích: [../README.md](../README.md).',
    'Mỗi truy vấn chạy trên bộ nhớ đệm trống',
    '(như lần tìm đầu tiên của một người dân), thời gian tính từ lúc gửi biểu mẫu đến khi kết quả đầu tiên hiện ra,',
    'gồm cả tải Pagefind. Kích thước trang là gzip của HTML và những gì trang tải ngay (CSS, JS, phông chữ).',
    '',
    '## So với mục tiêu',
    '',
    ...targets(sorted),
    '',
    '## Chi tiết',
    '',
    ...sorted.flatMap(sizeSection),
  ].join('\n');
}
