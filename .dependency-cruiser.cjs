/**
 * The layers of ARCHITECTURE.md, enforced by `npm run check:layers`.
 *
 * Each layer lists the layers it may import; every other layer is forbidden to
 * it, so a folder no layer names is forbidden to all until it is given a
 * place here and in ARCHITECTURE.md. Type-only imports count: a type ties two
 * modules together as much as a value does.
 *
 * TypeScript is read through tsconfig.json, so path aliases resolve as the
 * compiler resolves them. dependency-cruiser has no parser for .astro files:
 * their frontmatter imports are not checked, though an import of a .astro
 * file from a .ts file is.
 */

/** @type {Record<string, { path: string; mayImport: string[]; why: string }>} path: a regular expression for the layer's files, from the repository root. */
const LAYERS = {
  config: {
    path: 'src/config/',
    mayImport: [],
    why: 'Settings (build folders, search index sizes, the security policy) are read by the build, the indexer and, for the index sizes, the search page; a setting that imported code would carry that code to all of them.',
  },
  ui: {
    path: 'src/ui/',
    mayImport: [],
    why: 'Every word a reader sees is plain text in one file; any layer may use it, so it may use none.',
  },
  lib: {
    path: 'src/lib/',
    mayImport: [],
    why: 'Small pure functions (quarters, dates, paths, Vietnamese text) that every layer, the editors\' tools and the browser share; they know nothing of entries, pages or words on screen.',
  },
  schemas: {
    path: 'src/schemas/',
    mayImport: ['lib', 'ui', 'config'],
    why: 'A schema says what one entry may hold; it is read by Astro\'s loaders, the catalog and the content checker, so it cannot depend on any of them.',
  },
  loaders: {
    path: 'src/(loaders/|content\\.config\\.ts$)',
    mayImport: ['schemas', 'lib', 'ui', 'config'],
    why: 'The collections put validated entries into Astro\'s content store; resolving, rendering and checking entries happen in the layers that read the store.',
  },
  domain: {
    path: 'src/domain/',
    mayImport: ['schemas', 'lib', 'ui', 'config'],
    why: 'The catalog, and the rules every entry meets, are shared by the build, the content checker and the search indexer; the last two run without Astro, so the domain reaches neither Astro\'s loaders nor anything made from the catalog.',
  },
  publish: {
    path: 'src/publish/',
    mayImport: ['domain', 'schemas', 'lib', 'ui', 'config'],
    why: 'Feeds, open data, JSON-LD, preview cards and redirects are made from the catalog alone; route data names and links them, never the other way.',
  },
  'editor-tools': {
    path: 'src/editor-tools/',
    mayImport: ['publish', 'domain', 'schemas', 'lib', 'ui', 'config'],
    why: 'The checker, scaffold and importer run from the command line, without Astro, and apply the build\'s own rules (schemas, catalog, body safety, redirects); no route or page needs them.',
  },
  routes: {
    path: 'src/routes/',
    mayImport: ['publish', 'domain', 'schemas', 'lib', 'ui', 'config'],
    why: 'Route data is what each page shows, computed from the catalog and the names of what the site publishes; components and pages only render it, and the search indexer reads it.',
  },
  search: {
    path: 'src/search/',
    mayImport: ['routes', 'editor-tools', 'publish', 'domain', 'schemas', 'lib', 'ui', 'config'],
    why: 'The indexer runs after the build in a process of its own (content read with the checker\'s parser, records from route data); its query modules also run in the browser, so nothing Astro-only or page-level may enter.',
  },
  scripts: {
    path: 'src/scripts/',
    mayImport: ['search', 'lib', 'ui', 'config'],
    why: 'Browser code: what it imports is shipped to readers, so it stays with the query side of search and pure helpers.',
  },
  integrations: {
    path: 'src/integrations/',
    mayImport: ['editor-tools', 'publish', 'domain', 'schemas', 'lib', 'ui', 'config'],
    why: 'Build steps that astro.config.mjs plugs in (preview images, redirects, headers, the dev server\'s content files) work from the catalog and the content, beside the pages, not from their route data.',
  },
  components: {
    path: 'src/(components|layouts)/',
    mayImport: ['routes', 'publish', 'domain', 'schemas', 'lib', 'ui', 'config', 'scripts'],
    why: 'Components and layouts render props given by route data; pages use them, never the other way.',
  },
  'astro-env': {
    path: 'src/env\\.d\\.ts$',
    mayImport: ['routes'],
    why: 'Astro\'s ambient types: what a page hands the components of a body in Astro.locals, typed as the route data that holds it.',
  },
  pages: {
    path: 'src/pages/',
    mayImport: ['components', 'routes', 'publish', 'domain', 'schemas', 'lib', 'ui', 'config', 'scripts'],
    why: 'Pages and endpoints pick their props from route data and published data; build steps, editors\' tools and the indexer are not part of any page.',
  },
};

const anyOf = (paths) => `^(${paths.join('|')})`;
const ALL_LAYERS = anyOf(Object.values(LAYERS).map((layer) => layer.path));

const layerRules = Object.entries(LAYERS).map(([name, layer]) => {
  const forbidden = Object.entries(LAYERS)
    .filter(([other]) => other !== name && !layer.mayImport.includes(other))
    .map(([, other]) => other.path);
  return {
    name: `layer-${name}`,
    comment: `${name} ${layer.mayImport.length > 0 ? `may import only ${layer.mayImport.join(', ')}` : 'imports no other layer'}. ${layer.why}`,
    severity: 'error',
    from: { path: `^${layer.path}` },
    to: { path: anyOf(forbidden) },
  };
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'not-in-a-layer',
      comment: 'Every file under src/ belongs to a layer of ARCHITECTURE.md; give a new folder its place there and in LAYERS above.',
      severity: 'error',
      from: { path: '^src/', pathNot: ALL_LAYERS },
      to: { path: '^src/' },
    },
    {
      name: 'to-not-in-a-layer',
      comment: 'Every file under src/ belongs to a layer of ARCHITECTURE.md; give a new folder its place there and in LAYERS above.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: ALL_LAYERS },
    },
    {
      name: 'no-catalog-in-pages',
      comment: 'A page renders the route data its cacheKey was computed from (src/routes/static-paths.ts, src/routes/page-data.ts); a page or component that read the catalog itself could show what its key never saw. .astro files are held to this by tests/unit/page-imports.test.ts.',
      severity: 'error',
      from: { path: '^src/(pages|components|layouts)/' },
      to: { path: '^src/domain/load\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Modules that import each other cannot be read, tested or loaded one at a time; move what both need to the lower one, or to a module of its own.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-tests-in-src',
      comment: 'The site and the tools are built from src/ alone; tests and the bench use src/, never the other way.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.d.ts'],
    },
  },
};
