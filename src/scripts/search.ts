/**
 * Runs Pagefind on the search form and keeps the query and filters in the
 * URL, so a search can be shared. Loaded only on the search page.
 *
 * The index holds every word whole (src/search/text.ts); a query is sent as
 * whole words, then as a phrase, and the results are merged: pages with the
 * words together and in order first, then pages with them apart; only the
 * last word, maybe unfinished, matches as the start of a word, and below.
 */
import { decodeIndexed, foldedWords } from '../search/text';
import { excerpt, lastAsPrefix, parseQuery, phrases, wholeWords, type Query } from '../search/query';
import { INDEX_PARTS_MANIFEST, type IndexManifest } from '../search/index-parts';

interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface Hit {
  id: string;
  data(): Promise<ResultData>;
  /** Found only by the last word as the start of a longer word. */
  byPrefix?: boolean;
}
type Filters = Record<string, string>;
interface PagefindApi {
  options(options: object): Promise<void>;
  mergeIndex(indexPath: string, options: object): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options: { filters: Filters }): Promise<void>;
  search(query: string | null, options: { filters: Filters }): Promise<{ results: Hit[] } | null>;
  destroy(): Promise<void>;
}

/** Each result shown costs one fragment download, so results come in batches. */
const BATCH = 10;
const TYPING_PAUSE_MS = 250;
/** An entity's name, a number and a title outrank the text; the other fields only make a page findable. */
const RANKING = { metaWeights: { name: 10, title: 6, number: 8, keywords: 4, facts: 1, place: 1, kind: 0, date: 0 } };

interface Found {
  /** Shown first, in batches. */
  main: Hit[];
  /** Pages with every word, but not together: offered after the main results. */
  apart: Hit[];
  /** What the main results are, for the status line. */
  note: string;
}

/** The search engine with its parts merged, and the words every part knows. */
interface SearchIndex {
  api: PagefindApi;
  common: ReadonlySet<string>;
}

async function find({ api, common }: SearchIndex, query: Query, filters: Filters): Promise<Found> {
  const run = async (terms: string | null) => (await api.search(terms, { filters }))?.results ?? [];
  if (query.typed.length === 0) return { main: await run(null), apart: [], note: '' };
  // Pagefind leaves out of a search any word an index does not know, and a large site's index comes in
  // parts that each know other words; but a page must hold every word typed. So the pages of each word
  // that some part may not know are looked up on their own, and a result is kept only when it is among
  // them all. A word every part knows needs no lookup: Pagefind requires it itself.
  let holdsAll = (_id: string) => true;
  if (query.typed.length > 1) {
    const last = query.typed.length - 1;
    const pagesOfWords: Set<string>[] = [];
    for (const [i, word] of query.typed.entries()) {
      if (common.has(query.folded[i]!)) continue;
      const pages = new Set((await run(i === last && query.lastMayBePrefix ? query.folded[i]! : `${word}z`)).map((h) => h.id));
      if (pages.size === 0) return { main: [], apart: [], note: '' };
      pagesOfWords.push(pages);
    }
    holdsAll = (id) => pagesOfWords.every((pages) => pages.has(id));
  }
  let together: Set<string> | undefined;
  for (const group of phrases(query)) {
    const found = new Set((await run(group)).map((h) => h.id).filter(holdsAll));
    together = together ? new Set([...together].filter((id) => found.has(id))) : found;
  }
  const whole = (await run(wholeWords(query))).filter((h) => holdsAll(h.id));
  const prefixed = async () => {
    if (!query.lastMayBePrefix) return [];
    const ids = new Set(whole.map((h) => h.id));
    return (await run(lastAsPrefix(query))).filter((h) => holdsAll(h.id) && !ids.has(h.id)).map((h) => ({ ...h, data: h.data, byPrefix: true }));
  };
  if (!together) return { main: [...whole, ...(await prefixed())], apart: [], note: '' };
  const main = whole.filter((h) => together.has(h.id));
  const apart = query.quoted ? [] : whole.filter((h) => !together.has(h.id));
  if (main.length > 0 || query.quoted) return { main, apart, note: ' có các từ đứng liền nhau' };
  if (apart.length > 0) return { main: apart, apart: [], note: ' có đủ các từ, nhưng không liền nhau' };
  return { main: await prefixed(), apart: [], note: '' };
}

export function startSearch(root: HTMLElement, base: string): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const apartButton = root.querySelector<HTMLButtonElement>('[data-search-apart]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const browse = root.querySelector<HTMLElement>('[data-search-browse]')!;
  const prefix = base.endsWith('/') ? base : `${base}/`;

  let index: Promise<SearchIndex> | undefined;
  // A large site's index comes in parts (src/search/index-parts.ts), listed beside the primary one;
  // each is searched with the same options, and Pagefind ranks their results together.
  async function openIndex(): Promise<SearchIndex> {
    const [api, { parts, common }] = await Promise.all([
      import(/* @vite-ignore */ `${prefix}pagefind/pagefind.js`) as Promise<PagefindApi>,
      // Revalidated every time: after a deploy that regroups the parts, a kept copy would name folders that are gone.
      fetch(`${prefix}pagefind/${INDEX_PARTS_MANIFEST}`, { cache: 'no-cache' }).then((response) => {
        if (!response.ok) throw new Error(`${INDEX_PARTS_MANIFEST}: HTTP ${response.status}`);
        return response.json() as Promise<IndexManifest>;
      }),
    ]);
    const options = { baseUrl: prefix, ranking: RANKING };
    try {
      await api.options(options);
      await Promise.all(parts.map((part) => api.mergeIndex(`${prefix}pagefind/${part}`, options)));
    } catch (error) {
      // Parts merged before the failure would be merged twice by the next try.
      await api.destroy();
      throw error;
    }
    return { api, common: new Set(common) };
  }
  // A failed load is forgotten, so that searching again (as the error message asks) tries again.
  const loadIndex = () =>
    (index ??= openIndex().catch((error: unknown) => {
      index = undefined;
      throw error;
    }));

  const currentFilters = () => {
    const filters: Filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter!] = select.value;
    return filters;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  if (selects.some((s) => s.value)) root.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;

  const say = (text: string) => {
    status.textContent = text;
  };

  let latest = 0;
  let pending: Hit[] = [];
  let apart: Hit[] = [];
  let total = 0;
  let note = '';
  let query = parseQuery('');

  async function showMore(run: number): Promise<void> {
    const batch = pending.splice(0, BATCH);
    // A whole-word result marks whole words only: "hoa" marks "hòa", never the "hoạ" of "hoạch".
    const whole = { ...query, lastMayBePrefix: false };
    // Fetched together, shown in order as soon as each arrives.
    const loads = batch.map((r) => r.data());
    for (const [i, load] of loads.entries()) {
      const data = await load;
      if (run !== latest) return;
      list.append(renderResult(data, batch[i]!.byPrefix ? query : whole));
    }
    more.hidden = pending.length === 0;
    apartButton.hidden = pending.length > 0 || apart.length === 0;
    apartButton.textContent = `Xem ${apart.length} trang có đủ các từ nhưng không đứng liền nhau`;
    say(`${total} kết quả${note}${total > list.children.length ? `, đang hiện ${list.children.length}` : ''}.`);
  }

  async function run(): Promise<void> {
    const text = input.value;
    const filters = currentFilters();

    const url = new URL(location.href);
    url.search = '';
    if (text.trim()) url.searchParams.set('q', text.trim());
    for (const [key, value] of Object.entries(filters)) url.searchParams.set(key, value);
    history.replaceState(null, '', url);

    const run = ++latest;
    query = parseQuery(text);
    help.replaceChildren();
    browse.hidden = true;
    if (query.typed.length === 0 && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = apartButton.hidden = true;
      say('Nhập từ khóa hoặc chọn bộ lọc để tìm.');
      return;
    }
    say('Đang tìm…');
    try {
      const searchIndex = await loadIndex();
      const found = await find(searchIndex, query, filters);
      if (run !== latest) return;
      list.replaceChildren();
      pending = [...found.main];
      apart = found.apart;
      total = pending.length;
      note = found.note;
      if (total === 0) {
        more.hidden = apartButton.hidden = true;
        say('Không có kết quả.');
        help.replaceChildren(...(await suggestions(searchIndex, query, filters)));
        browse.hidden = false;
        return;
      }
      await showMore(run);
    } catch (error) {
      console.error(error);
      say('Không tải được bộ tìm kiếm. Hãy thử lại, hoặc duyệt theo tỉnh, năm, lĩnh vực.');
    }
  }

  /** Searches that would find something: without the filters, without the quotes, with a word fewer. */
  async function suggestions(searchIndex: SearchIndex, query: Query, filters: Filters): Promise<HTMLElement[]> {
    const tries: { label: string; text: string; filters: Filters }[] = [];
    const words = query.typed.length > 0 ? input.value.normalize('NFC').trim().replace(/^["“„]|["”“]$/gu, '').split(/\s+/) : [];
    if (Object.keys(filters).length > 0) tries.push({ label: 'Bỏ bộ lọc', text: input.value.trim(), filters: {} });
    if (query.quoted) tries.push({ label: 'Bỏ dấu ngoặc kép', text: words.join(' '), filters });
    if (words.length > 1) words.forEach((_, i) => tries.push({ label: 'Bớt một từ', text: words.filter((_, j) => j !== i).join(' '), filters }));
    const found: HTMLElement[] = [];
    for (const t of tries) {
      if (found.length >= 3) break;
      const n = (await find(searchIndex, parseQuery(`${t.text} `), t.filters)).main.length;
      if (n === 0) continue;
      const link = document.createElement('a');
      const target = new URLSearchParams({ ...(t.text ? { q: t.text } : {}), ...t.filters });
      link.href = `?${target}`;
      link.textContent = `${t.label}: “${t.text}”${Object.keys(t.filters).length > 0 ? ', có bộ lọc' : ''} (${n} kết quả)`;
      const item = document.createElement('p');
      item.append(link);
      found.push(item);
    }
    return found;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const typed = parseQuery(input.value);
    if (typed.typed.length > 0) void loadIndex().then(({ api }) => api.preload(wholeWords(typed), { filters: currentFilters() }));
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  for (const select of selects) select.addEventListener('change', run);
  more.addEventListener('click', () => void showMore(latest));
  apartButton.addEventListener('click', () => {
    pending = apart;
    total += apart.length;
    apart = [];
    note = '';
    void showMore(latest);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  if (input.value || selects.some((s) => s.value)) void run();
  else {
    say('Nhập từ khóa hoặc chọn bộ lọc để tìm.');
    // Whoever opens this page came to search: fetch and start the engine now, not on the first query.
    void loadIndex().then(({ api }) => api.init());
  }
}

function renderResult(result: ResultData, query: Query): HTMLLIElement {
  const field = (key: string) => (result.meta[key] ? decodeIndexed(result.meta[key]) : undefined);
  const item = document.createElement('li');
  item.className = 'border-b border-neutral-200 py-3';
  const title = field('title') ?? result.url;
  const number = field('number');
  const facts = document.createElement('p');
  facts.className = 'text-sm font-semibold text-brand';
  facts.textContent = [number ?? field('kind'), field('place'), field('date')].filter(Boolean).join(' · ');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'text-lg font-bold';
  link.textContent = title;
  const text = decodeIndexed(result.content);
  const summary = document.createElement('p');
  for (const segment of excerpt(text, query, afterTitle(text, title))) {
    const node = segment.mark ? document.createElement('mark') : document.createTextNode(segment.text);
    if (segment.mark) node.textContent = segment.text;
    summary.append(node);
  }
  item.append(facts, link, summary);
  return item;
}

/** Where the page text goes on past its heading (shown above the excerpt already), in words. */
function afterTitle(text: string, title: string): number {
  const words = foldedWords(text).slice(0, 80);
  const heading = foldedWords(title);
  for (let i = 0; i + heading.length <= words.length; i++) {
    if (heading.every((w, j) => words[i + j] === w)) return i + heading.length;
  }
  return 0;
}
