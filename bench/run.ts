/**
 * npm run bench -- --plans 1000,10000 [--mdx 0.05] [--seed 1] [--keep]
 *
 * --mdx writes that share of plans as `.mdx` with components (bench/corpus.ts)
 * and saves the result beside the all-`.md` one, so the report compares them.
 *
 * For each corpus size: content check; cold build (no cache at all); build with
 * the preview-image cache of the cold build kept and every other cache and the
 * output removed, as on CI and hosts after the first deploy; rebuild after
 * editing one plan (every cache and the output kept); what the preview images
 * cost; output and index sizes, gzip page weights, and Pagefind search in
 * headless Chromium (bytes fetched, time to first results; unthrottled and at
 * 4× CPU throttling); then the editors' preview, `npm run dev`, started on the
 * caches the builds left (the editor's usual state): time to serve a plan page,
 * and time until an edit to that plan shows without a restart. Writes
 * bench/results/plans-<n>.json, each with the
 * commit it measured, and regenerates bench/results/README.md, which compares
 * with the targets only the sizes measured at the current commit. A benchmark
 * reports; it never fails on a target.
 *
 * This file runs the steps; each measurement is a module of its own: time and
 * memory (memory-sampler.ts), what a build left (build-output.ts), search in
 * Chromium (search.ts, over static-server.ts) and the dev server (dev-server.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { commandLineOrExit } from '../src/editor-tools/command-line';
import { dirBytes, keepOnlyPreviewImageCache, pageWeight, previewImageCost } from './build-output';
import { writeCorpus } from './corpus';
import { benchDevServer } from './dev-server';
import { measure } from './memory-sampler';
import { renderReport, resultName, type BenchResult, type DevServer } from './report';
import { benchSearchInChromium, type SearchCase } from './search';

const { flags } = commandLineOrExit({
  command: 'npm run bench',
  description: 'Đo thời gian kiểm tra nội dung, dựng trang, dung lượng và tìm kiếm trên một kho kế hoạch sinh ngẫu nhiên; ghi kết quả vào bench/results/.',
  flags: {
    plans: { type: 'string', value: 'số,số', help: 'Số kế hoạch của từng lần đo, cách nhau dấu phẩy (mặc định 1000)' },
    seed: { type: 'string', value: 'số', help: 'Hạt giống sinh kho kế hoạch (mặc định 1)' },
    keep: { type: 'boolean', help: 'Giữ lại thư mục tạm sau khi đo' },
    mdx: { type: 'string', value: 'tỉ lệ', help: 'Tỉ lệ kế hoạch viết .mdx có component, từ 0 đến 1 (mặc định 0)' },
    'cold-only': { type: 'boolean', help: 'Chỉ đo kiểm tra nội dung và build lạnh (cho kho lớn nhất, như 100.000 kế hoạch)' },
  },
  examples: ['npm run bench -- --plans 1000,10000', 'npm run bench -- --plans 10000 --mdx 0.05', 'npm run bench -- --plans 100000 --cold-only', 'npm run bench -- --plans 1000 --seed 2 --keep'],
});
const sizes = (flags.plans ?? '1000').split(',').map(Number);
const seed = Number(flags.seed ?? 1);
const keep = flags.keep === true;
const mdxShare = Number(flags.mdx ?? 0);
const coldOnly = flags['cold-only'] === true;
if (!(mdxShare >= 0 && mdxShare <= 1)) {
  console.error('--mdx là tỉ lệ kế hoạch viết .mdx, từ 0 đến 1, ví dụ --mdx 0.05');
  process.exit(2);
}
const RESULTS = path.resolve('bench/results');

const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { encoding: 'utf8' }).trim();
/** The code measured: the commit, and whether files other than the results differed from it. */
const commit = git('rev-parse', 'HEAD');
const dirty = git('status', '--porcelain', '--', '.', ':!bench/results').length > 0;

/** The machine's CPU time so far, in ticks: all of it, and what the hypervisor gave to other machines (steal). */
function cpuTicks(): { total: number; steal: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

async function benchSize(plans: number): Promise<BenchResult> {
  const work = mkdtempSync(path.join(tmpdir(), `pbgdpl-bench-${plans}-`));
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  const cache = path.join(work, 'cache');
  const previewImageCache = path.join(cache, 'preview-images');
  const env = { ...process.env, PBGDPL_CONTENT_DIR: content, PBGDPL_OUT_DIR: dist, PBGDPL_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  try {
    console.log(`\n== ${plans} kế hoạch trong ${work}`);
    // On a shared virtual machine the same code runs slower while neighbours are busy: the share of CPU time
    // taken away (steal) during this size's run says how far its figures can be compared with another run's.
    const ticksBefore = cpuTicks();
    const corpus = writeCorpus(content, { plans, seed, from: path.resolve('content'), mdxShare });
    if (corpus.mdxPlans > 0) console.log(`${corpus.mdxPlans} kế hoạch viết .mdx`);
    // The same npm scripts `npm run build` runs, so the numbers are what a user gets.
    const check = await measure(['npm', 'run', '--silent', 'check:content'], env);
    console.log(`kiểm tra nội dung: ${check.seconds.toFixed(1)} s, ${check.peakMB.toFixed(0)} MB`);
    const cold = await measure(['npm', 'run', '--silent', 'build:site'], env);
    const coldImages = previewImageCost(cold.output);
    const indexSeconds = Number(/Pagefind đã lập chỉ mục .* trong ([\d.]+) s/.exec(cold.output)?.[1]);
    console.log(`build lạnh: ${cold.seconds.toFixed(1)} s, ${cold.peakMB.toFixed(0)} MB; vẽ ${coldImages.drawn} ảnh trong ${coldImages.seconds.toFixed(1)} s`);
    const pages = globSync('**/*.html', { cwd: dist }).length;
    const outputBytes = dirBytes(dist);
    const pagefindBytes = dirBytes(path.join(dist, 'pagefind'));
    const imageBytes = globSync('**/anh-chia-se.png', { cwd: dist }).reduce((n, f) => n + statSync(path.join(dist, f)).size, 0);

    const [firstPlan] = globSync('plans/*/*.md', { cwd: content }).sort();
    const planFile = path.join(content, firstPlan!);
    const planPath = `/ke-hoach/${firstPlan!.replace(/^plans\//, '').replace(/\.[^.]+$/, '')}/`;
    // Coverage and agencies (issue 14): a directive every province cites, a year's first page, the agency index and the busiest agency.
    const busiestAgency = globSync('co-quan/*/index.html', { cwd: dist })
      .map((f) => ({ f, bytes: statSync(path.join(dist, f)).size }))
      .sort((a, b) => b.bytes - a.bytes)[0]!.f;
    const coveragePages = ['/van-ban/quyet-dinh-1521-qd-ttg/', `/ke-hoach/${firstPlan!.split('/')[1]}/`, '/co-quan/', `/${busiestAgency.replace(/index\.html$/, '')}`];
    const weights = ['/', planPath, '/chu-de/2023/quy-4/', '/tim-kiem/', ...coveragePages].map((p) => pageWeight(dist, p));
    const stealShare = () => {
      const now = cpuTicks();
      return (now.steal - ticksBefore.steal) / Math.max(1, now.total - ticksBefore.total);
    };
    const measured = {
      plans,
      mdxPlans: corpus.mdxPlans,
      seed,
      commit,
      dirty,
      date: new Date().toISOString().slice(0, 10),
      machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, stealShare: stealShare() },
      corpusMB: corpus.bytes / 2 ** 20,
      pages,
      contentCheck: { seconds: check.seconds, peakMB: check.peakMB },
      coldBuild: { seconds: cold.seconds, peakMB: cold.peakMB },
      outputMB: outputBytes / 2 ** 20,
      pagefindMB: pagefindBytes / 2 ** 20,
      pageWeights: weights,
      ...(Number.isFinite(indexSeconds) ? { indexSeconds } : {}),
    };
    // Search as a citizen meets it: first queries of every kind issue 22 names, a later one, and recall on the corpus's own plans.
    const searchCases: SearchCase[] = [
      { label: 'từ phổ biến, 8 âm tiết', query: 'ke hoach pho bien giao duc phap luat' },
      { label: 'từ phổ biến, 2 âm tiết', query: 'phap luat', later: 'hòa giải' },
      { label: 'từ phổ biến, 4 âm tiết', query: 'tiep can phap luat' },
      { label: 'cụm từ', query: 'hoa giai o co so' },
      { label: 'ngoặc kép', query: '"hòa giải ở cơ sở"' },
      { label: 'từ hiếm hơn', query: 'khuyết tật' },
      { label: 'đ gõ là d', query: 'dat dai' },
      { label: 'số ký hiệu', query: /^documentNumber: "([^"]+)"/m.exec(readFileSync(planFile, 'utf8'))![1]! },
      { label: 'tên người ký', query: corpus.signers[0]! },
      { label: 'có bộ lọc tỉnh', query: 'hòa giải', filters: { tinh: 'Cần Thơ' } },
      { label: 'câu chỉ có trong thân một kế hoạch', query: corpus.samples[0]!.phrase },
    ];
    const searchNow = () => benchSearchInChromium(dist, searchCases, corpus.samples);
    if (coldOnly) return { ...measured, coldOnly, previewImages: { cold: coldImages, totalMB: imageBytes / 2 ** 20 }, ...(await searchNow()) };

    keepOnlyPreviewImageCache(cache, dist, previewImageCache);
    const kept = await measure(['npm', 'run', '--silent', 'build:site'], env);
    const keptImages = previewImageCost(kept.output);
    console.log(`build giữ bộ đệm ảnh: ${kept.seconds.toFixed(1)} s, ${kept.peakMB.toFixed(0)} MB; vẽ ${keptImages.drawn} ảnh`);

    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace(/^summary: "/m, 'summary: "Đã sửa. '));
    const warm = await measure(['npm', 'run', '--silent', 'build:site'], env);
    const warmImages = previewImageCost(warm.output);
    console.log(`build lại sau khi sửa một kế hoạch: ${warm.seconds.toFixed(1)} s, ${warm.peakMB.toFixed(0)} MB; vẽ ${warmImages.drawn} ảnh`);

    const { search, recall } = await searchNow();

    // Last, on every cache the builds left, so nothing else runs beside it; it edits planFile and puts it back.
    // The first start on this corpus fills the dev server's own content store (.astro/, not the build's);
    // a later start, as an editor's every other one, reads it back.
    rmSync(path.resolve('.astro/data-store.json'), { force: true });
    const firstStart = await benchDevServer(env, planFile, planPath);
    const restart = firstStart.firstPage.seconds === null ? undefined : (await benchDevServer(env, planFile, planPath, { edit: false })).firstPage;
    const devServer: DevServer = { ...firstStart, ...(restart ? { restart } : {}) };
    const secs = (x: number | null) => (x === null ? 'không thấy' : `${x.toFixed(1)} s`);
    console.log(`npm run dev: trang kế hoạch đầu tiên ${secs(devServer.firstPage.seconds)}, ${devServer.firstPage.peakMB.toFixed(0)} MB; khởi động lại ${restart ? secs(restart.seconds) : 'không đo'}; hiện thay đổi sau khi sửa ${devServer.edit ? `${secs(devServer.edit.seconds)}, ${devServer.edit.peakMB.toFixed(0)} MB` : 'không đo'}`);

    return {
      ...measured,
      machine: { ...measured.machine, stealShare: stealShare() },
      keptCacheBuild: { seconds: kept.seconds, peakMB: kept.peakMB },
      warmRebuild: { seconds: warm.seconds, peakMB: warm.peakMB },
      previewImages: { cold: coldImages, keptCache: keptImages, rebuild: warmImages, totalMB: imageBytes / 2 ** 20 },
      search,
      recall,
      devServer,
    };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(RESULTS, { recursive: true });
for (const plans of sizes) {
  const result = await benchSize(plans);
  writeFileSync(path.join(RESULTS, `${resultName(plans, mdxShare)}.json`), `${JSON.stringify(result, null, 2)}\n`);
  // After every size, so that a run stopped during a long size still leaves a report of the sizes it finished.
  const all = globSync('plans-*.json', { cwd: RESULTS }).map((f) => JSON.parse(readFileSync(path.join(RESULTS, f), 'utf8')) as BenchResult);
  writeFileSync(path.join(RESULTS, 'README.md'), renderReport(all, commit));
  console.log(`\nĐã ghi ${path.relative(process.cwd(), RESULTS)}/README.md`);
}
