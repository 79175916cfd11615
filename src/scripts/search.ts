/**
 * The search page: runs the query the form holds (src/scripts/search-engine.ts)
 * and keeps the query and filters in the URL, so a search can be shared. This
 * module holds the page's state and events; what a result looks like is in
 * search-render.ts, what to try when nothing is found in search-suggestions.ts.
 * Loaded only on the search page; every word it shows comes from the page
 * (`data-strings`, from src/ui/vi.ts).
 */
import { paths } from '../lib/paths';
import { parseQuery } from '../search/query';
import { SearchEngine, type Answer, type Hit } from './search-engine';
import { indexFilesAt } from './search-index-files';
import { fill, renderResult, renderSuggestion, resultHref, type Strings } from './search-render';
import { suggestions } from './search-suggestions';

/** Each result shown costs one fragment download, so results come in batches. */
const BATCH = 10;
const TYPING_PAUSE_MS = 250;

type Filters = Record<string, string>;

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
  const engine = new SearchEngine(
    {
      base: prefix,
      filterKeys: { year: root.dataset.filterYear!, province: root.dataset.filterProvince!, section: root.dataset.filterSection! },
      planSection: root.dataset.planSection!,
      pageKind: JSON.parse(root.dataset.pageKind!) as { filter: string; plan: string; other: string },
    },
    indexFilesAt(`${prefix}${paths.searchIndex().slice(1)}`),
  );

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
      const href = resultHref(page, prefix);
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
      const found = await engine.find(query, filters, () => current !== latest);
      if (current !== latest) return;
      if (found.main.length === 0) {
        list.replaceChildren();
        answer = found;
        updateButtons();
        say(strings.none!);
        const labels = { dropFilters: strings.dropFilters!, dropQuotes: strings.dropQuotes!, dropWord: strings.dropWord! };
        help.replaceChildren(...(await suggestions(engine, input.value, query, filters, labels)).map((s) => renderSuggestion(s, strings)));
        browse.hidden = false;
        return;
      }
      await show(current, found);
    } catch (error) {
      console.error(error);
      say(strings.failed!);
    }
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
