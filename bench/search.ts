/**
 * Search on a built corpus, in headless Chromium, as a citizen meets it (issue 22):
 *
 * - Each query of the set runs as a first search: a new browser context (empty cache), the search page
 *   opened, the query typed into the form and sent. Bytes are everything the browser fetched from
 *   opening the page until the network went quiet, the page itself included, as the server sent them;
 *   time runs from sending the form to the first result on screen. Three runs unthrottled, three with
 *   the CPU slowed four times; medians.
 * - A later query runs in the same page after a first one (the engine warm): its bytes and time alone.
 * - Recall on the corpus itself, where the answer is known by construction (bench/corpus.ts, samples):
 *   each sampled plan's number in three forms with its province must bring that plan first (or behind
 *   plans of the same number and province only), its title typed without diacritics must bring it in
 *   the first three, and a sentence only its body holds must bring it on the first screen, through the
 *   full-text layer.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { foldVietnamese } from '../src/lib/vietnamese';
import type { SampledPlan } from './corpus';
import type { QueryResult, Recall } from './report';
import { serveStatic } from './static-server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SearchCase {
  /** What the query stands for in the report. */
  label: string;
  query: string;
  filters?: Record<string, string>;
  /** A query sent after this one, in the same page: measured alone. */
  later?: string;
}

/**
 * Runs in the page: fills the form (and the filters), sends it, and resolves when the first result (or
 * the no-result message) is on screen. Kept as source text, so the TypeScript loader adds nothing to it.
 */
const MEASURE_SEARCH = `async ({ query, filters }) => {
  const form = document.querySelector('[data-module="search"] form');
  const list = document.querySelector('[data-search-results]');
  const status = document.querySelector('[data-search-status]');
  for (const [name, value] of Object.entries(filters)) form.querySelector('select[name="' + name + '"]').value = value;
  form.querySelector('input[name="q"]').value = query;
  list.replaceChildren();
  const t0 = performance.now();
  const done = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (list.children.length > 0 || /Không có kết quả|Không tải được/.test(status.textContent || '')) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  form.requestSubmit();
  await done;
  const ms = performance.now() - t0;
  // The status line counts the results once the first batch is on screen.
  for (let i = 0; i < 100 && !/^\\d+ kết quả|Không có kết quả/.test(status.textContent || ''); i++) await new Promise((r) => setTimeout(r, 50));
  return { ms, results: Number(/^(\\d+) kết quả/.exec(status.textContent || '')?.[1] ?? 0) };
}`;

/** Counts the bytes a browser context receives, and tells when the network has gone quiet. */
function byteCounter(page: Page) {
  const context = page.context();
  const sizes: Promise<number>[] = [];
  let pending = 0;
  context.on('request', () => pending++);
  context.on('requestfailed', () => pending--);
  context.on('requestfinished', (request) => {
    pending--;
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  return {
    async quiet(): Promise<void> {
      // The search goes on fetching after the first result shows (the rest of the batch): count it all.
      for (let calm = 0, deadline = Date.now() + 15_000; calm < 4 && Date.now() < deadline; ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        calm = pending > 0 ? 0 : calm + 1;
      }
    },
    async total(): Promise<number> {
      return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    },
  };
}

interface Run {
  ms: number;
  bytes: number;
  results: number;
  later?: { ms: number; bytes: number };
}

async function searchOnce(browser: Browser, origin: string, c: SearchCase, throttle: number): Promise<Run> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const counter = byteCounter(page);
    await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'load' });
    await counter.quiet();
    if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const first = (await page.evaluate(`(${MEASURE_SEARCH})(${JSON.stringify({ query: c.query, filters: c.filters ?? {} })})`)) as { ms: number; results: number };
    await counter.quiet();
    const bytes = await counter.total();
    if (!c.later) return { ...first, bytes };
    const later = (await page.evaluate(`(${MEASURE_SEARCH})(${JSON.stringify({ query: c.later, filters: {} })})`)) as { ms: number };
    await counter.quiet();
    return { ...first, bytes, later: { ms: later.ms, bytes: (await counter.total()) - bytes } };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function benchSearch(browser: Browser, dist: string, cases: SearchCase[]): Promise<QueryResult[]> {
  const { server, origin } = await serveStatic(dist);
  try {
    const out: QueryResult[] = [];
    for (const c of cases) {
      const runs: Record<1 | 4, Run[]> = { 1: [], 4: [] };
      for (const throttle of [1, 4] as const) for (let i = 0; i < 3; i++) runs[throttle].push(await searchOnce(browser, origin, c, throttle));
      const unthrottled = runs[1];
      out.push({
        label: c.label,
        query: c.query,
        ...(c.filters ? { filters: c.filters } : {}),
        results: unthrottled[0]!.results,
        bytes: Math.max(...unthrottled.map((r) => r.bytes)),
        msMedian: median(unthrottled.map((r) => r.ms)),
        msMedianThrottled4x: median(runs[4].map((r) => r.ms)),
        ...(c.later
          ? {
              later: {
                query: c.later,
                bytes: Math.max(...unthrottled.map((r) => r.later!.bytes)),
                msMedian: median(unthrottled.map((r) => r.later!.ms)),
                msMedianThrottled4x: median(runs[4].map((r) => r.later!.ms)),
              },
            }
          : {}),
      });
      console.log(`tìm "${c.query}": ${out.at(-1)!.results} kết quả, ${(out.at(-1)!.bytes / 1024).toFixed(0)} KB, ${out.at(-1)!.msMedian.toFixed(0)} ms (CPU ×4: ${out.at(-1)!.msMedianThrottled4x.toFixed(0)} ms)`);
    }
    return out;
  } finally {
    server.close();
  }
}

/** The results a search page shows for `query` on its first screen: path and the line of facts above each title. */
async function shown(page: Page, origin: string, query: string): Promise<{ path: string; title: string; facts: string }[]> {
  await page.goto(`${origin}/tim-kiem/?${new URLSearchParams({ q: query })}`);
  await page.locator('[data-search-status]').filter({ hasText: /kết quả|Không tải được/ }).waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  return page.locator('[data-search-results] li').evaluateAll((items) =>
    items.map((li) => ({ path: new URL(li.querySelector('a')!.href).pathname, title: li.querySelector('a')!.textContent ?? '', facts: li.querySelector('p')?.textContent ?? '' })),
  );
}

/** The forms of a number a citizen types: as printed, with spaces, run together. */
function numberForms(number: string): string[] {
  return [number, number.replace(/[/-]/g, ' '), foldVietnamese(number).replace(/[^a-z0-9]/g, '')];
}

async function benchRecall(browser: Browser, dist: string, samples: readonly SampledPlan[]): Promise<Recall> {
  const { server, origin } = await serveStatic(dist);
  const page = await browser.newPage();
  const recall: Recall = { plans: samples.length, number: { passed: 0, total: 0 }, title: { passed: 0, total: 0 }, prose: { passed: 0, total: 0 }, failures: [] };
  const fail = (what: string) => recall.failures.length < 12 && recall.failures.push(what);
  try {
    for (const plan of samples) {
      for (const form of numberForms(plan.number)) {
        const query = `${form} ${plan.province}`;
        const results = await shown(page, origin, query);
        const at = results.findIndex((r) => r.path === plan.path);
        // Plans of the same number and province (other years) may come first; nothing else may.
        const slug = (path: string) => path.split('/')[3];
        const ok = at >= 0 && results.slice(0, at).every((r) => slug(r.path) === slug(plan.path));
        recall.number.total++;
        if (ok) recall.number.passed++;
        else fail(`số "${query}": ${at < 0 ? 'không thấy' : `thứ ${at + 1}`}`);
      }
      const title = foldVietnamese(plan.title);
      const byTitle = await shown(page, origin, title);
      recall.title.total++;
      // Plans of the same title (another issuer of the province, that year) may come first.
      const titleAt = byTitle.findIndex((r) => r.path === plan.path);
      if (titleAt >= 0 && (titleAt < 3 || byTitle.slice(0, titleAt).every((r) => r.title === plan.title))) recall.title.passed++;
      else fail(`tên "${title}": ${titleAt + 1 || 'không thấy'}`);
      const byProse = await shown(page, origin, plan.phrase);
      recall.prose.total++;
      if (byProse.some((r) => r.path === plan.path)) recall.prose.passed++;
      else fail(`câu trong toàn văn "${plan.phrase}": không thấy ở trang kết quả đầu`);
    }
    return recall;
  } finally {
    await page.close();
    server.close();
  }
}

/** The query set and the recall samples on a built site, in one headless Chromium. */
export async function benchSearchInChromium(dist: string, cases: SearchCase[], samples: readonly SampledPlan[]): Promise<{ search: QueryResult[]; recall: Recall }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const search = await benchSearch(browser, dist, cases);
    const recall = await benchRecall(browser, dist, samples);
    console.log(`tìm lại: số ${recall.number.passed}/${recall.number.total}, tên ${recall.title.passed}/${recall.title.total}, câu trong thân bài ${recall.prose.passed}/${recall.prose.total}`);
    return { search, recall };
  } finally {
    await browser.close();
  }
}
