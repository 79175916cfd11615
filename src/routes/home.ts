/** The home page: search, ways to browse, this quarter's topics, the newest plans. */
import type { Catalog, Plan, Topic } from '../domain/catalog-model';
import { featuredQuarter } from '../domain/quarters';
import { formatQuarter } from '../lib/quarter';
import { paths } from '../lib/urls';
import { siteStructuredData } from '../publish/structured-data';
import { ui } from '../ui/vi';
import type { PageHead } from './page';

const NEWEST_COUNT = 5;

export interface HomePage {
  head: PageHead;
  browse: { href: string; label: string; hint: string }[];
  featured?: { heading: string; topics: Topic[]; href: string; more: string };
  newest: Plan[];
  allPlans: { href: string; label: string };
}

export function homePage(catalog: Catalog, today: Date): HomePage {
  const featured = featuredQuarter(catalog, today);
  const b = ui.home.browse;
  return {
    head: { title: ui.siteName, description: ui.tagline, isHome: true, structuredData: [siteStructuredData()] },
    browse: [
      { href: paths.provinces(), ...b.provinces },
      { href: paths.plans(), ...b.years },
      { href: paths.themes(), ...b.themes },
      { href: paths.quarters(), ...b.quarters },
    ],
    ...(featured
      ? {
          featured: {
            heading: ui.home.featuredHeading(formatQuarter(featured.quarter)),
            topics: featured.topics,
            href: paths.quarter(featured.quarter),
            more: ui.home.featuredMore(formatQuarter(featured.quarter)),
          },
        }
      : {}),
    newest: catalog.plansNewestFirst.slice(0, NEWEST_COUNT),
    allPlans: { href: paths.plans(), label: ui.home.allPlans(catalog.plans.size) },
  };
}
