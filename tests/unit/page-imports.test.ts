/**
 * What dependency-cruiser cannot read (.dependency-cruiser.cjs): the imports
 * in the frontmatter of .astro files. A page or component renders the route
 * data its cacheKey was computed from, so none of them may load the catalog.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const astroFiles = globSync('src/{pages,components,layouts}/**/*.astro');
const importsOf = (file: string) => [...(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);

describe('.astro pages, components and layouts', () => {
  it('are read here, with the imports of their frontmatter', () => {
    expect(astroFiles.length).toBeGreaterThanOrEqual(40);
    expect(importsOf('src/pages/ke-hoach/[year]/[slug].astro')).toContain('../../../routes/static-paths');
  });

  it('never load the catalog: they render the data their route gives them', () => {
    const offenders = astroFiles.filter((file) => importsOf(file).some((source) => /\/domain\/load$/.test(source)));
    expect(offenders).toEqual([]);
  });
});
