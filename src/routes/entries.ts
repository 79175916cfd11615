/**
 * The static paths of routes that several files share: a plan's page, its
 * preview image and its JSON all sit at the plan's id; a topic's and a
 * quarter's page and image likewise. Each file's getStaticPaths returns these.
 */
import type { Catalog } from '../domain/catalog';

export function planRoutes(catalog: Catalog) {
  return [...catalog.plans.values()].map((plan) => {
    const [year, slug] = plan.id.split('/');
    return { params: { year, slug }, props: { plan } };
  });
}

export function topicRoutes(catalog: Catalog) {
  return [...catalog.topics.values()].map((topic) => {
    const [year, quarter, slug] = topic.id.split('/');
    return { params: { year, quarter, topic: slug }, props: { topic } };
  });
}

export function quarterRoutes(catalog: Catalog) {
  return catalog.quarters.map((digest) => ({
    params: { year: String(digest.quarter.year), quarter: `quy-${digest.quarter.quarter}` },
    props: { digest },
  }));
}
