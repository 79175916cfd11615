/**
 * The search page: runs the query the form holds (src/scripts/search-engine.ts)
 * and keeps the query and filters in the URL, so a search can be shared.
 * Loaded only on the search page; every word it shows comes from the page
 * (`data-strings`, from src/ui/vi.ts).
 */
import type { StoredPage } from '../search/match';
import { excerpt, parseQuery, type Query } from '../search/query';
import { decodeIndexed, foldedWords } from '../search/text';
import { SearchEngine, type Answer, type Hit } from './search-engine';

/** Each result shown costs one fragment download, so results come in batches. */
const BATCH = 10;
const TYPING_PAUSE_MS = 250;
/** Fewer results than this in the plans' records, and their full text is searched too. */
const FEW_RESULTS = 3;

type Strings = Record<string, string>;
type Filters = Record<string, string>;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

export function startSearch(root: HTMLElement, base: string): void {
  const strings = JSON.parse(root.dataset.strings!) as Strings;
  const say = (text: string) => (status.textContent = text);
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const apartButton = root.querySelector<HTMLButtonElement>('[data-search-apart]')!;
  const olderButton = root.querySelector<HTMLButtonElement>('[data-search-older]')!;
  const fullTextButton = root.querySelector<HTMLButtonElement>('[data-search-full-text]')!;
  const help = root.querySelector<HTMLElement>('[data-search-help]')!;
  const browse = root.querySelector<HTMLElement>('[data-search-browse]')!;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const engine = new SearchEngine({
    base: prefix,
    filterKeys: { year: root.dataset.filterYear!, province: root.dataset.filterProvince!, section: root.dataset.filterSection! },
    planSection: root.dataset.planSection!,
    pageKind: JSON.parse(root.dataset.pageKind!) as { filter: string; plan: string; other: string },
  });

  const currentFilters = () => {
    const filters: Filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter!] = select.value;
    return filters;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) select.value = params.get(select.name) ?? '';
  if (selects.some((s) => s.value)) root.querySelector<HTMLDetailsElement>('[data-search-filters]')!.open = true;

  /** What the current search has found and shown. */
  let latest = 0;
  let query = parseQuery('');
  let pending: Hit[] = [];
  let answer: Answer | undefined;
  let total = 0;
  let note = '';
  const shownUrls = new Set<string>();

  function sayCount(): void {
    const shown = list.children.length;
    const unchecked = answer?.unchecked ?? 0;
    say(
      fill(strings.count!, { n: total }) +
        note +
        (total > shown ? fill(strings.showing!, { shown }) : '') +
        (unchecked > 0 ? fill(strings.unchecked!, { n: unchecked }) : '') +
        strings.end!,
    );
  }

  function updateButtons(): void {
    more.hidden = pending.length === 0 && !answer?.checkMore;
    const apart = answer?.apart.length ?? 0;
    apartButton.hidden = pending.length > 0 || apart === 0;
    apartButton.textContent = fill(strings.apart!, { n: apart });
    const older = answer?.older;
    olderButton.hidden = pending.length > 0 || !older;
    if (older) olderButton.textContent = fill(older.earlier ? strings.older! : strings.otherYears!, { from: older.from.slice(0, 4), to: older.to.slice(0, 4), n: older.plans });
    fullTextButton.hidden = pending.length > 0 || !answer?.fullText || query.folded.length === 0;
  }

  async function showMore(run: number): Promise<void> {
    const batch = pending.splice(0, BATCH);
    // A whole-word result marks whole words only: "hoa" marks "hòa", never the "hoạ" of "hoạch".
    const whole = { ...query, lastMayBePrefix: false };
    // Fetched together, shown in order as soon as each arrives.
    const loads = batch.map((hit) => hit.load());
    for (const [i, load] of loads.entries()) {
      const page = await load;
      if (run !== latest) return;
      const href = hrefOf(page, prefix);
      // The same plan found in its record and in its full text is shown once.
      if (shownUrls.has(href)) {
        total--;
        continue;
      }
      shownUrls.add(href);
      list.append(renderResult(page, href, batch[i]!.byPrefix ? query : whole));
    }
    updateButtons();
    sayCount();
  }

  /** Shows an answer's results, replacing or adding to what is shown. */
  async function show(run: number, found: Answer, { append = false, what = '' } = {}): Promise<void> {
    if (run !== latest) return;
    answer = found;
    if (!append) {
      list.replaceChildren();
      shownUrls.clear();
      total = 0;
    }
    pending.push(...found.main);
    total += found.main.length;
    note = what || (found.together === 'together' ? strings.together! : found.together === 'apart-only' ? strings.apartOnly! : '');
    await showMore(run);
  }

  async function run(): Promise<void> {
    const text = input.value;
    const filters = currentFilters();
    const url = new URL(location.href);
    url.search = '';
    if (text.trim()) url.searchParams.set('q', text.trim());
    for (const [key, value] of Object.entries(filters)) url.searchParams.set(key, value);
    history.replaceState(null, '', url);

    const current = ++latest;
    query = parseQuery(text);
    help.replaceChildren();
    browse.hidden = true;
    pending = [];
    answer = undefined;
    if (query.typed.length === 0 && Object.keys(filters).length === 0) {
      list.replaceChildren();
      updateButtons();
      say(strings.prompt!);
      return;
    }
    say(strings.searching!);
    try {
      let found = await engine.search(query, filters);
      if (current !== latest) return;
      // Too little in the plans' records: their full text may hold the words, and is searched at once.
      if (found.main.length + found.apart.length < FEW_RESULTS && found.fullText && query.folded.length > 0) {
        const inFullText = await engine.search(query, filters, 'full');
        if (current !== latest) return;
        found = { ...inFullText, main: [...found.main, ...inFullText.main], apart: [...found.apart, ...inFullText.apart], fullText: false };
      }
      if (found.main.length === 0) {
        list.replaceChildren();
        answer = found;
        updateButtons();
        say(strings.none!);
        help.replaceChildren(...(await suggestions(query, filters)));
        browse.hidden = false;
        return;
      }
      await show(current, found);
    } catch (error) {
      console.error(error);
      say(strings.failed!);
    }
  }

  /** Searches that would find something: without the filters, without the quotes, with a word fewer. */
  async function suggestions(query: Query, filters: Filters): Promise<HTMLElement[]> {
    const tries: { label: string; text: string; filters: Filters }[] = [];
    const words = query.typed.length > 0 ? input.value.normalize('NFC').trim().replace(/^["“„]|["”“]$/gu, '').split(/\s+/) : [];
    if (Object.keys(filters).length > 0) tries.push({ label: strings.dropFilters!, text: input.value.trim(), filters: {} });
    if (query.quoted) tries.push({ label: strings.dropQuotes!, text: words.join(' '), filters });
    if (words.length > 1) words.forEach((_, i) => tries.push({ label: strings.dropWord!, text: words.filter((_, j) => j !== i).join(' '), filters }));
    const found: HTMLElement[] = [];
    for (const t of tries) {
      if (found.length >= 3) break;
      const n = (await engine.search(parseQuery(`${t.text} `), t.filters)).main.length;
      if (n === 0) continue;
      const link = document.createElement('a');
      link.href = `?${new URLSearchParams({ ...(t.text ? { q: t.text } : {}), ...t.filters })}`;
      link.textContent = fill(strings.suggestion!, { label: t.label, text: t.text, filtered: Object.keys(t.filters).length > 0 ? strings.suggestionFiltered! : '', n });
      const item = document.createElement('p');
      item.append(link);
      found.push(item);
    }
    return found;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const typed = parseQuery(input.value);
    // What the search will need, fetched while the reader types.
    if (typed.typed.length > 0) {
      engine.warmUp(input.value);
      void engine.prepare(typed).catch(() => undefined);
    }
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  for (const select of selects) select.addEventListener('change', run);
  more.addEventListener('click', () => {
    const current = latest;
    if (pending.length > 0 || !answer?.checkMore) return void showMore(current);
    void answer.checkMore().then((found) => {
      if (current !== latest) return;
      // The plans checked now: those not shown yet join the end of the list.
      const shownKeys = new Set([...(answer?.main ?? [])].map((h) => h.key));
      const added = found.main.filter((h) => !shownKeys.has(h.key));
      answer = found;
      pending.push(...added);
      total += added.length;
      return showMore(current);
    });
  });
  apartButton.addEventListener('click', () => {
    const current = latest;
    const shown = answer;
    if (!shown) return;
    answer = { ...shown, apart: [] };
    void (shown.rankApart ? shown.rankApart() : Promise.resolve(shown.apart)).then((apart) => {
      if (current !== latest) return;
      pending = apart;
      total += apart.length;
      note = '';
      return showMore(current);
    });
  });
  olderButton.addEventListener('click', () => {
    const current = latest;
    const older = answer?.older;
    if (!older) return;
    say(strings.searching!);
    void older.search().then((found) => show(current, { ...found, ...(answer?.fullText ? { fullText: true } : {}) }, { append: true }));
  });
  fullTextButton.addEventListener('click', () => {
    const current = latest;
    say(strings.searching!);
    void engine.search(query, currentFilters(), 'full').then((found) => show(current, { ...found, fullText: false }, { append: true, what: strings.inFullText! }));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The search the typing pause would start is this one.
    clearTimeout(timer);
    void run();
  });

  if (input.value || selects.some((s) => s.value)) void run();
  else {
    say(strings.prompt!);
    // Whoever opens this page came to search: the manifest is small and every search starts with it.
    void engine.loadManifest().catch(() => undefined);
  }
}

/** Pagefind gives its results' addresses under the base already; a fragment read directly has the bare path. */
function hrefOf(result: StoredPage, base: string): string {
  return result.url.startsWith(base) ? result.url : `${base}${result.url.replace(/^\//, '')}`;
}

function renderResult(result: StoredPage, href: string, query: Query): HTMLLIElement {
  const field = (key: string) => (result.meta[key] ? decodeIndexed(result.meta[key]) : undefined);
  const item = document.createElement('li');
  item.className = 'border-b border-neutral-200 py-3';
  const title = field('title') ?? result.url;
  const facts = document.createElement('p');
  facts.className = 'text-sm font-semibold text-brand';
  facts.textContent = [field('number') ?? field('kind'), field('place'), field('date')].filter(Boolean).join(' · ');
  const link = document.createElement('a');
  link.href = href;
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
