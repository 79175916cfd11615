/** The open-data page: where the JSON files and the Atom feeds are, and what they hold. */
import type { Catalog } from '../domain/catalog-model';
import { absoluteUrl, paths } from '../lib/urls';
import { FEED_SIZE, feedLinks, type FeedLink } from '../publish/feeds';
import { OPEN_DATA_VERSION } from '../publish/open-data';
import { ui } from '../ui/vi';
import { coverageDataSection, type CoverageDataSectionView } from './coverage';
import { crumbs, trail, type PageHead } from './page';

export interface OpenDataPage {
  head: PageHead;
  jsonIntro: string;
  index: { href: string; label: string; url: string };
  example?: { href: string; label: string };
  coverage: CoverageDataSectionView;
  atomIntro: string;
  generalFeeds: FeedLink[];
  /** Feeds by province and by theme, each group folded under its summary. */
  feedGroups: { summary: string; feeds: FeedLink[]; columns: boolean }[];
}

export function openDataPage(catalog: Catalog): OpenDataPage {
  const example = catalog.plansNewestFirst[0];
  const themes = [...catalog.themes.values()];
  return {
    head: { title: ui.openData.title, description: ui.openData.description, breadcrumbs: trail(crumbs.current(ui.openData.title)) },
    jsonIntro: ui.openData.jsonIntro(OPEN_DATA_VERSION),
    index: { href: paths.plansData(), label: ui.openData.index(catalog.plans.size), url: absoluteUrl(paths.plansData()) },
    ...(example ? { example: { href: paths.planData(example.id), label: `${example.typeLabel} ${example.documentNumber}` } } : {}),
    coverage: coverageDataSection(catalog),
    atomIntro: ui.openData.atomIntro(FEED_SIZE),
    generalFeeds: [feedLinks.plans(), feedLinks.topics()],
    // A province's or theme's feed is listed under its bare name: the group's summary says what the feeds are.
    feedGroups: [
      {
        summary: ui.openData.byProvince(catalog.currentProvinces.length),
        feeds: catalog.currentProvinces.map((p) => ({ ...feedLinks.province(p.name, p.id), title: p.name })),
        columns: true,
      },
      { summary: ui.openData.byTheme(themes.length), feeds: themes.map((t) => ({ ...feedLinks.theme(t.name, t.id), title: t.name })), columns: false },
    ],
  };
}
