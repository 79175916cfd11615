/**
 * Runs Pagefind on the search form and keeps the query and filters in the
 * URL, so a search can be shared. Loaded only on the search page.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindApi {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  preload(query: string, options: { filters: Record<string, string> }): Promise<void>;
  search(query: string | null, options: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Each result shown costs one fragment download, so results come in batches. */
const BATCH = 10;
const TYPING_PAUSE_MS = 250;

export function startSearch(root: HTMLElement, base: string): void {
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const prefix = base.endsWith('/') ? base : `${base}/`;

  let pagefind: Promise<PagefindApi> | undefined;
  const loadPagefind = () =>
    (pagefind ??= import(/* @vite-ignore */ `${prefix}pagefind/pagefind.js`).then(async (module: PagefindApi) => {
      await module.options({ baseUrl: prefix });
      return module;
    }));

  const currentFilters = () => {
    const filters: Record<string, string> = {};
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
  let pending: { data(): Promise<PagefindResultData> }[] = [];
  let total = 0;

  async function showMore(run: number): Promise<void> {
    const batch = pending.splice(0, BATCH);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (run !== latest) return;
    list.append(...data.map(renderResult));
    more.hidden = pending.length === 0;
    say(total === 0 ? 'Không có kết quả. Thử từ khóa khác hoặc bỏ bớt bộ lọc.' : `${total} kết quả${total > list.children.length ? `, đang hiện ${list.children.length}` : ''}.`);
  }

  async function run(): Promise<void> {
    const query = input.value.trim();
    const filters = currentFilters();

    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    for (const [key, value] of Object.entries(filters)) url.searchParams.set(key, value);
    history.replaceState(null, '', url);

    const run = ++latest;
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      say('Nhập từ khóa hoặc chọn bộ lọc để tìm.');
      return;
    }
    say('Đang tìm…');
    try {
      const api = await loadPagefind();
      const search = await api.search(query || null, { filters });
      if (run !== latest || !search) return;
      pending = [...search.results];
      total = pending.length;
      list.replaceChildren();
      await showMore(run);
    } catch (error) {
      console.error(error);
      say('Không tải được bộ tìm kiếm. Hãy thử lại, hoặc duyệt theo tỉnh, năm, lĩnh vực.');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const query = input.value.trim();
    if (query) void loadPagefind().then((api) => api.preload(query, { filters: currentFilters() }));
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  for (const select of selects) select.addEventListener('change', run);
  more.addEventListener('click', () => void showMore(latest));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });

  say('Nhập từ khóa hoặc chọn bộ lọc để tìm.');
  if (input.value || selects.some((s) => s.value)) void run();
  // Whoever opens this page came to search: fetch and start the engine now, not on the first query.
  else void loadPagefind().then((api) => api.init());
}

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-b border-neutral-200 py-3';
  if (result.meta.number) {
    const number = document.createElement('p');
    number.className = 'text-sm font-semibold text-brand';
    number.textContent = result.meta.number;
    item.append(number);
  }
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'text-lg font-bold';
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> around matches.
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}
