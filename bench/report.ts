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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const mb = (value: number) => `${value.toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const verdict = (ok: boolean) => (ok ? 'đạt' : '**chưa đạt**');

function targets(results: BenchResult[]): string[] {
  const lines = ['| Mục tiêu | Đo được | Kết quả |', '| --- | --- | --- |'];
  const at = (n: number) => results.find((r) => r.plans === n);
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
  return lines;
}

function sizeSection(r: BenchResult): string[] {
  return [
    `### ${r.plans.toLocaleString('vi-VN')} kế hoạch, ngày ${r.date}`,
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
  const sorted = [...results].sort((a, b) => a.plans - b.plans);
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
