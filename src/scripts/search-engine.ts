/**
 * Answers a query in the browser as src/search/query-plan.ts plans it: the
 * manifest and the word directory first, then only what the plan names —
 * Pagefind over the primary index and the parts it needs, or the fragments
 * of the few plans a rare word lists. Results come back in the order they
 * are shown: pages with the words together first, then pages holding every
 * word apart (more neighbouring words together first).
 *
 * What it fetches comes through `IndexFiles`: over the network on the search
 * page (search-index-files.ts), canned in the unit tests, which see what each
 * query asks of the directory and of Pagefind.
 */
import { paths } from '../lib/paths';
import { FRAGMENT_PREFIX, shardKey, shardOf, type DirectoryEntry, type DirectoryShard, type Posting } from '../search/directory';
import type { IndexManifest } from '../search/index-layout';
import { matchPage, passesFilters, type StoredPage } from '../search/match';
import { lastAsPrefix, pairs, phrases, wholeWords, withNumberForms, type Query } from '../search/query';
import { numberForms, planSearch, type Lookup, type PlanLayer, type PlanSearch, type SearchPlan } from '../search/query-plan';
import { RANKING } from '../search/ranking';
import { decodeIndexed, foldedWords } from '../search/text';
import { matchTitles, type TitleEntry } from '../search/title-lists';

type Filters = Record<string, string>;

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<StoredPage>;
}
interface PagefindInstance {
  options(options: object): Promise<void>;
  mergeIndex(indexPath: string, options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: { filters: Filters }): Promise<{ results: PagefindResult[] } | null>;
  destroy(): Promise<void>;
}
export interface PagefindModule {
  createInstance(options: object): PagefindInstance;
}

/** The files of the index the engine reads, each fetched when it first needs it. */
export interface IndexFiles {
  manifest(): Promise<IndexManifest>;
  /** Shard `n` of the word directory of the build `version` names. */
  shard(n: number, version: string): Promise<DirectoryShard>;
  /** A title list (src/search/title-lists.ts) of that build. */
  titleList(name: string, version: string): Promise<TitleEntry[]>;
  /** A plan's stored page, from the fragment file of the part at `part` (a path under the primary index). */
  fragment(part: string, fragment: string): Promise<StoredPage>;
  /** Pagefind itself, from the primary index. */
  pagefind(): Promise<PagefindModule>;
}

/** One result, in the order shown; its stored page is fetched when it is shown. */
export interface Hit {
  key: string;
  /** Pagefind's score, for results of one instance; plans a rare word names have none. */
  score?: number;
  load(): Promise<StoredPage>;
  /** Found only by the last word as the start of a longer word. */
  byPrefix?: boolean;
}

export interface Answer {
  /** Shown first, in batches. */
  main: Hit[];
  /** Pages with every word, but not together: offered after the main results. */
  apart: Hit[];
  /** The same pages, those with more neighbouring words side by side first: computed when they are shown. */
  rankApart?: () => Promise<Hit[]>;
  /** What the main results are (src/ui/vi.ts says it). */
  together: 'together' | 'apart-only' | 'words';
  /** Plans found in the parts not yet searched; `earlier` when all of them are older than those searched. */
  older?: { plans: number; from: string; to: string; earlier: boolean; search(): Promise<Answer> };
  /** Whether searching the plans' full text may find more. */
  fullText: boolean;
  /** Plans a rare word names that were not checked yet ("Xem thêm" checks them). */
  unchecked: number;
  checkMore?: () => Promise<Answer>;
}

/** Results on the first screen. */
const FIRST_SCREEN = 10;
/** Plans a rare word names, checked at a time before the first results show. */
const CHECK_BATCH = 30;
/** Fewer results than this in the plans' records, and their full text is searched too. */
const FEW_RESULTS = 3;

export interface SearchEngineOptions {
  /** The site's base, ending with "/". */
  base: string;
  filterKeys: { year: string; province: string; section: string };
  planSection: string;
  /** The filter that tells plans from other pages (src/routes/search-filters.ts, PAGE_KIND). */
  pageKind: { filter: string; plan: string; other: string };
}

type Found = Pick<Answer, 'main' | 'apart' | 'rankApart' | 'together'>;

/**
 * Among the first results, a page whose name is exactly what was typed comes first: "Lạng Sơn" is the
 * province before the pages that mention it, "phổ biến, giáo dục pháp luật" the theme before the laws
 * named so at length. Those results' pages are fetched to be shown anyway.
 */
async function namedFirst(hits: Hit[], query: Query): Promise<Hit[]> {
  const head = hits.slice(0, FIRST_SCREEN);
  const pages = await Promise.all(head.map((h) => h.load()));
  const typed = query.folded.join(' ');
  const named = (page: StoredPage) => page.meta.name !== undefined && foldedWords(decodeIndexed(page.meta.name)).join(' ') === typed;
  const first = head.filter((_, i) => named(pages[i]!));
  return first.length === 0 ? hits : [...first, ...head.filter((_, i) => !named(pages[i]!)), ...hits.slice(FIRST_SCREEN)];
}

/**
 * Plans a title list found, ahead of the results of the parts searched (a plan is shown once): those with
 * the query's phrases together among the results with the words together, the others among those apart.
 */
function withTitles(found: Found, titled: { hit: Hit; together: boolean }[], query: Query): Found {
  const foundTogether = new Set(found.together === 'together' ? found.main.map((h) => h.key) : []);
  const together = titled.filter((t) => t.together).map((t) => t.hit);
  // A plan whose record holds the words together, though its title holds them apart, stays among the first; a quoted query wants the phrase only.
  const apart = query.quoted ? [] : titled.filter((t) => !t.together && !foundTogether.has(t.hit.key)).map((t) => t.hit);
  if (together.length === 0 && apart.length === 0) return found;
  const placed = new Set([...together, ...apart].map((h) => h.key));
  const rest = (hits: Hit[]) => hits.filter((h) => !placed.has(h.key));
  const rankedApart = async () => rest(found.rankApart ? await found.rankApart() : found.apart);
  if (together.length === 0) {
    if (found.together === 'together') return { ...found, apart: [...apart, ...rest(found.apart)], rankApart: async () => [...apart, ...(await rankedApart())] };
    return { ...found, main: [...apart, ...rest(found.main)], together: 'apart-only' };
  }
  // The parts' results that held the words only apart were shown first for want of better: now they wait behind the button.
  const foundApart = found.together === 'apart-only' ? rest(found.main) : [];
  return {
    main: [...together, ...(found.together === 'apart-only' ? [] : rest(found.main))],
    apart: [...apart, ...foundApart, ...rest(found.apart)],
    rankApart: async () => [...apart, ...foundApart, ...(await rankedApart())],
    together: 'together',
  };
}

type Combine = (first: Hit[], then: Hit[]) => Hit[];
/** Results of one Pagefind instance, by its score. */
const byScore: Combine = (x, y) => [...x, ...y].sort((p, q) => (q.score ?? 0) - (p.score ?? 0));
/** Results of two searches whose scores do not compare: the first search's first. */
const inOrder: Combine = (x, y) => [...x, ...y];

/**
 * Two searches as one (by default of one Pagefind instance, by score), pages with the words together first.
 * Results that matched no phrase ('words': the last word as the start of a word) follow the others.
 */
function mergeFound(a: Found | undefined, b: Found | undefined, combine: Combine = byScore): Found {
  if (!a) return b ?? { main: [], apart: [], together: 'words' };
  if (!b) return a;
  const rank = { together: 2, 'apart-only': 1, words: 0 } as const;
  // Where one search found its words together and the other only apart, the apart ones wait behind the button.
  const ranked = (f: Found, list: Hit[]) => (list === f.apart && f.rankApart ? f.rankApart() : Promise.resolve(list));
  if (rank[a.together] !== rank[b.together] && (a.together === 'together' || b.together === 'together')) {
    const [together, other] = a.together === 'together' ? [a, b] : [b, a];
    const otherApart = other.together === 'apart-only' ? other.main : other.apart;
    return {
      main: [...together.main, ...(other.together === 'words' ? other.main : [])],
      apart: combine(together.apart, otherApart),
      rankApart: async () => [...(await ranked(together, together.apart)), ...(await ranked(other, otherApart))],
      together: 'together',
    };
  }
  return {
    main: combine(a.main, b.main),
    apart: combine(a.apart, b.apart),
    rankApart: async () => [...(await ranked(a, a.apart)), ...(await ranked(b, b.apart))],
    together: rank[a.together] >= rank[b.together] ? a.together : b.together,
  };
}

export class SearchEngine {
  private manifest?: Promise<IndexManifest>;
  private readonly shards = new Map<number, Promise<DirectoryShard>>();
  private pagefind?: Promise<PagefindModule>;
  /** An instance over the primary index, started ahead of the search that will take it. */
  private spare?: Promise<PagefindInstance>;
  /** Pagefind instances by the parts they merge: a part merged for one query is never searched for another that does not need it. */
  private readonly instances = new Map<string, Promise<PagefindInstance>>();
  private readonly fragments = new Map<string, Promise<StoredPage>>();

  constructor(
    private readonly options: SearchEngineOptions,
    private readonly files: IndexFiles,
  ) {}

  private get root(): string {
    return `${this.options.base}${paths.searchIndex().slice(1)}`;
  }

  loadManifest(): Promise<IndexManifest> {
    this.manifest ??= this.files.manifest();
    // A failed load is forgotten, so that searching again tries again.
    this.manifest.catch(() => (this.manifest = undefined));
    return this.manifest;
  }

  private shard(manifest: IndexManifest, word: string): Promise<DirectoryShard> {
    const n = shardOf(word, manifest.shards);
    let found = this.shards.get(n);
    if (!found) {
      found = this.files.shard(n, manifest.version);
      found.catch(() => this.shards.delete(n));
      this.shards.set(n, found);
    }
    return found;
  }

  /** Fetches what planning a query needs, ahead of the search (while the reader types). */
  async prepare(query: Query): Promise<void> {
    const manifest = await this.loadManifest();
    await Promise.all(query.folded.map((w) => this.shard(manifest, w)));
  }

  private get pagefindOptions() {
    return { baseUrl: this.options.base, ranking: RANKING };
  }

  /**
   * Starts Pagefind and its primary index for a search that will need them, while the directory is read.
   * A document number seldom needs them (src/search/query-plan.ts), so a query with a digit waits for the plan.
   */
  warmUp(text: string): void {
    if (/\d/.test(text)) return;
    this.spare ??= this.module().then(async (module) => {
      const instance = module.createInstance({ basePath: this.root, ...this.pagefindOptions });
      await instance.init();
      return instance;
    });
    this.spare.catch(() => (this.spare = undefined));
  }

  private module(): Promise<PagefindModule> {
    this.pagefind ??= this.files.pagefind();
    return this.pagefind;
  }

  private async lookup(manifest: IndexManifest, query: Query): Promise<Lookup> {
    const shards = await Promise.all(query.folded.map((w) => this.shard(manifest, w)));
    const entries = query.folded.map((w, j): DirectoryEntry | undefined => (Object.hasOwn(shards[j]!, w) ? shards[j]![w] : undefined));
    const numbers: Lookup['numbers'] = [];
    const taken = new Set<number>();
    for (const form of numberForms(query.folded)) {
      if (form.covers.some((j) => taken.has(j))) continue;
      const shard = await this.shard(manifest, shardKey(form.token));
      if (!Object.hasOwn(shard, form.token)) continue;
      numbers.push({ token: form.token, entry: shard[form.token]!, covers: form.covers });
      for (const j of form.covers) taken.add(j);
    }
    return { entries, numbers };
  }

  /** A Pagefind instance over the primary index and the given parts. */
  private instance(parts: readonly string[]): Promise<PagefindInstance> {
    const key = parts.join('|');
    let found = this.instances.get(key);
    if (!found) {
      const options = this.pagefindOptions;
      const spare = this.spare;
      this.spare = undefined;
      found = (spare ?? this.module().then((module) => module.createInstance({ basePath: this.root, ...options }))).then(async (instance) => {
        try {
          // Each part's metadata loads while Pagefind starts: a merged index waits for the primary's WebAssembly itself.
          await Promise.all([instance.init(), ...parts.map((part) => instance.mergeIndex(`${this.root}${part}`, options))]);
        } catch (error) {
          await instance.destroy();
          throw error;
        }
        return instance;
      });
      found.catch(() => this.instances.delete(key));
      this.instances.set(key, found);
    }
    return found;
  }

  /**
   * The plans of the title lists whose titles and facts hold the query, best first. The lists only bring
   * forward plans the parts may hold too, so a list that cannot be read is left out rather than failing the search.
   */
  private async titleHits(manifest: IndexManifest, names: readonly string[], query: Query): Promise<{ hit: Hit; together: boolean }[]> {
    if (names.length === 0) return [];
    let lists: TitleEntry[][];
    try {
      lists = await Promise.all(names.map((name) => this.files.titleList(name, manifest.version)));
    } catch {
      return [];
    }
    const oneWordPhrases = query.phrases.every((g) => g.length < 2);
    return matchTitles(lists, query).map(({ entry, match, byPrefix }) => ({
      hit: { key: `${FRAGMENT_PREFIX}${entry.f}`, load: () => this.storedPage(manifest.record[entry.r]!.path, entry.f), ...(byPrefix ? { byPrefix } : {}) },
      together: (match.together || oneWordPhrases) && !byPrefix,
    }));
  }

  /** A plan's stored page, straight from its part's fragment file. */
  private storedPage(part: string, fragment: string): Promise<StoredPage> {
    const key = `${part}${fragment}`;
    let found = this.fragments.get(key);
    if (!found) {
      found = this.files.fragment(part, fragment);
      found.catch(() => this.fragments.delete(key));
      this.fragments.set(key, found);
    }
    return found;
  }

  /**
   * A query as the page runs it: the plans' records first and, when they answer too little, their full
   * text at once. Once `superseded` (the reader has typed on), the full text is left alone.
   */
  async find(query: Query, filters: Filters, superseded: () => boolean = () => false): Promise<Answer> {
    const found = await this.search(query, filters);
    if (superseded() || found.main.length + found.apart.length >= FEW_RESULTS || !found.fullText || query.folded.length === 0) return found;
    const inFullText = await this.search(query, filters, 'full');
    return { ...inFullText, ...mergeFound(found, inFullText, inOrder), fullText: false };
  }

  async search(query: Query, filters: Filters, layer: PlanLayer = 'record'): Promise<Answer> {
    this.warmUp(query.typed.join(' '));
    const manifest = await this.loadManifest();
    const lookup = await this.lookup(manifest, query);
    const plan = planSearch(query, lookup, manifest, { layer, filters, filterKeys: this.options.filterKeys, planSection: this.options.planSection });
    return this.answer(query, withNumberForms(query, lookup.numbers), filters, manifest, plan);
  }

  /** `typed` is the query as Pagefind gets it for plans: a document number typed in any form, as the single word the index holds. */
  private async answer(query: Query, typed: Query, filters: Filters, manifest: IndexManifest, plan: SearchPlan): Promise<Answer> {
    const { plans } = plan;
    const layer = plans.kind === 'none' ? 'record' : plans.layer;
    const fullText = layer === 'record' && manifest.plans > 0;
    const { pageKind } = this.options;
    const entityQuery = plan.entities === 'numbers' ? typed : plan.entities === 'words' ? query : undefined;
    const searchEntities = async (instance: () => Promise<PagefindInstance>, alone: boolean) =>
      entityQuery && (query.folded.length > 0 || Object.keys(filters).length > 0)
        ? this.pagefindSearch(await instance(), entityQuery, alone ? filters : { ...filters, [pageKind.filter]: pageKind.other }, true)
        : undefined;
    if (plans.kind === 'parts') {
      const paths = plans.parts.map((i) => (plans.layer === 'record' ? manifest.record : manifest.full)[i]!.path);
      if (plans.query === 'words') typed = query;
      const titled = this.titleHits(manifest, plan.titleLists, query);
      const instance = await this.instance(paths);
      const plansOnly = { ...filters, [pageKind.filter]: pageKind.plan };
      // One search when plans and the other pages take the same words; else one each, merged by score.
      const found =
        entityQuery === typed
          ? await this.pagefindSearch(instance, typed, filters, true)
          : mergeFound(await searchEntities(async () => instance, false), await this.pagefindSearch(instance, typed, plansOnly, false));
      const older = plans.older.length > 0 ? this.olderParts(typed, plansOnly, manifest, plans) : undefined;
      return { ...withTitles(found, await titled, query), ...(older ? { older } : {}), fullText, unchecked: 0 };
    }
    const entityFound = await searchEntities(() => this.instance([]), true);
    if (plans.kind === 'none') return { ...(entityFound ?? { main: [], apart: [], together: 'words' }), fullText, unchecked: 0 };
    return this.checkPostings(query, filters, manifest, plans, entityFound);
  }

  /** The older parts of the plan, searched when the reader asks: plans only, the primary index's pages were shown already. */
  private olderParts(query: Query, filters: Filters, manifest: IndexManifest, plans: Extract<PlanSearch, { kind: 'parts' }>): NonNullable<Answer['older']> {
    const list = plans.layer === 'record' ? manifest.record : manifest.full;
    const older = plans.older.map((i) => list[i]!);
    return {
      plans: plans.olderPlans,
      from: older.at(-1)!.from,
      to: older[0]!.to,
      earlier: plans.older.every((part) => plans.parts.every((searched) => part > searched)),
      search: async () => {
        const found = await this.pagefindSearch(await this.instance(older.map((p) => p.path)), query, filters, false);
        return { ...found, fullText: false, unchecked: 0 };
      },
    };
  }

  /**
   * Pagefind over an instance: whole words and each phrase of the query together, in one go. Pages with
   * every word apart are ranked by how many neighbouring words they hold side by side only when they are
   * shown (`rankApart`): that takes a search per pair. `named`: the instance holds pages with names, which
   * come first when named exactly as typed.
   */
  private async pagefindSearch(instance: PagefindInstance, query: Query, filters: Filters, named: boolean): Promise<Found> {
    const run = async (terms: string | null) => (await instance.search(terms, { filters }))?.results ?? [];
    const hit = (r: PagefindResult, byPrefix = false): Hit => ({ key: r.id, score: r.score, load: () => r.data(), ...(byPrefix ? { byPrefix } : {}) });
    if (query.folded.length === 0) return { main: (await run(null)).map((r) => hit(r)), apart: [], together: 'words' };
    const groups = phrases(query);
    const [whole, ...inGroups] = await Promise.all([run(wholeWords(query)), ...groups.map(run)]);
    const prefixed = async () => {
      if (!query.lastMayBePrefix) return [];
      const ids = new Set(whole!.map((r) => r.id));
      return (await run(lastAsPrefix(query))).filter((r) => !ids.has(r.id)).map((r) => hit(r, true));
    };
    if (groups.length === 0) return { main: [...whole!.map((r) => hit(r)), ...(await prefixed())], apart: [], together: 'words' };
    const holdsEveryGroup = (id: string) => inGroups.every((found) => found.some((r) => r.id === id));
    const together = new Set(whole!.filter((r) => holdsEveryGroup(r.id)).map((r) => r.id));
    const main = whole!.filter((r) => together.has(r.id)).map((r) => hit(r));
    const apart = query.quoted ? [] : whole!.filter((r) => !together.has(r.id));
    const rankApart = async () => {
      // More neighbouring words side by side first: a two-syllable name typed among other words beats a page sharing one of its syllables.
      // A pair of a two-word phrase is that phrase, which these pages lack: only longer phrases have pairs to count.
      const pairSearches = query.phrases.some((g) => g.length > 2) ? await Promise.all(pairs(query).map(run)) : [];
      const score = new Map<string, number>();
      for (const found of pairSearches) for (const r of found) score.set(r.id, (score.get(r.id) ?? 0) + 1);
      return apart
        .map((r, i) => ({ r, i }))
        .sort((a, b) => (score.get(b.r.id) ?? 0) - (score.get(a.r.id) ?? 0) || a.i - b.i)
        .map(({ r }) => hit(r));
    };
    if (main.length > 0 || query.quoted) return { main: named ? await namedFirst(main, query) : main, apart: apart.map((r) => hit(r)), rankApart, together: 'together' };
    if (apart.length > 0) return { main: await rankApart(), apart: [], together: 'apart-only' };
    return { main: await prefixed(), apart: [], together: 'words' };
  }

  /**
   * The plans a rare word names, checked for the other words on their stored pages: the strongest and
   * newest first, a batch at a time. Pages of the primary index come first.
   */
  private async checkPostings(
    query: Query,
    filters: Filters,
    manifest: IndexManifest,
    plans: Extract<PlanSearch, { kind: 'postings' }>,
    entityFound: Found | undefined,
  ): Promise<Answer> {
    const covered = new Set(plans.covered);
    const stored = (p: Posting) => (plans.layer === 'record' ? this.storedPage(manifest.record[p[3]]!.path, p[4]) : this.storedPage(manifest.full[p[5]]!.path, p[6]));
    const otherFilters = Object.fromEntries(Object.entries(filters).filter(([key]) => key !== this.options.filterKeys.year && key !== this.options.filterKeys.province));
    // Nothing to check when the rare words are the whole query and no filter needs the page.
    const needsCheck = query.folded.some((_, j) => !covered.has(j)) || Object.keys(otherFilters).length > 0;
    const together: Hit[] = [];
    const apart: { hit: Hit; pairs: number; order: number }[] = [];
    const hitOf = (p: Posting): Hit => ({ key: `${p[3]}/${p[4]}`, load: () => stored(p) });
    let checked = 0;
    const check = async (count: number) => {
      const batch = plans.candidates.slice(checked, checked + count);
      checked += batch.length;
      const pages = await Promise.all(batch.map(stored));
      pages.forEach((page, i) => {
        const m = matchPage(page, query, covered);
        if (!m.holdsAll || !passesFilters(page, otherFilters)) return;
        const isTogether = m.together || query.phrases.every((g) => g.length < 2);
        if (isTogether) together.push(hitOf(batch[i]!));
        else if (!query.quoted) apart.push({ hit: hitOf(batch[i]!), pairs: m.pairs, order: apart.length });
      });
    };
    const answer = (): Answer => {
      const sortedApart = [...apart].sort((a, b) => b.pairs - a.pairs || a.order - b.order).map((a) => a.hit);
      const entityMain = entityFound?.main ?? [];
      const entityApart = entityFound?.apart ?? [];
      const mainPlans = together.length > 0 || query.quoted ? together : sortedApart;
      const restPlans = together.length > 0 || query.quoted ? sortedApart : [];
      const unchecked = plans.candidates.length - checked;
      return {
        main: [...entityMain, ...mainPlans],
        apart: [...entityApart, ...restPlans],
        together: together.length > 0 || entityFound?.together === 'together' ? 'together' : sortedApart.length > 0 ? 'apart-only' : (entityFound?.together ?? 'words'),
        // A document number names its plans: their bodies can add none.
        fullText: plans.layer === 'record' && !plans.byNumber,
        unchecked,
        ...(unchecked > 0
          ? {
              checkMore: async () => {
                await check(CHECK_BATCH);
                return answer();
              },
            }
          : {}),
      };
    };
    if (!needsCheck) {
      together.push(...plans.candidates.map(hitOf));
      checked = plans.candidates.length;
      return answer();
    }
    await check(CHECK_BATCH);
    return answer();
  }
}
