/** The pages that open a way to browse plans: by province and by theme. */
import type { Catalog } from '../domain/catalog-model';
import { paths } from '../lib/urls';
import { ui } from '../ui/vi';
import { crumbs, trail, type PageHead } from './page';

export interface BrowseItem {
  href: string;
  label: string;
  count: string;
  /** A second line: the former provinces merged into this one, or the theme's description. */
  note?: string;
}

export interface BrowsePage {
  head: PageHead;
  title: string;
  intro?: string;
  items: BrowseItem[];
}

export function provincesPage(catalog: Catalog): BrowsePage {
  return {
    head: { title: ui.provinces.title, description: ui.provinces.description, breadcrumbs: trail(crumbs.current(ui.nav.provinces)) },
    title: ui.provinces.title,
    intro: ui.provinces.intro,
    items: catalog.currentProvinces.map((p) => {
      const former = p.formerIds.map((id) => catalog.provinces.get(id)!.name);
      return {
        href: paths.province(p.id),
        label: p.title,
        count: ui.provinces.count(catalog.plansByCurrentProvince.get(p.id)?.length ?? 0),
        ...(former.length > 0 ? { note: ui.provinces.includes(former) } : {}),
      };
    }),
  };
}

export function themesPage(catalog: Catalog): BrowsePage {
  return {
    head: { title: ui.themes.title, description: ui.themes.description, breadcrumbs: trail(crumbs.current(ui.themes.crumb)) },
    title: ui.themes.title,
    items: [...catalog.themes.values()].map((t) => ({
      href: paths.theme(t.id),
      label: t.name,
      count: ui.themes.count(catalog.plansByTheme.get(t.id)?.length ?? 0),
      note: t.description,
    })),
  };
}
