/**
 * What a build publishes besides the pages and endpoints Astro lists for its routes: each integration of ours
 * that writes into the output folder records each file here, as it writes it. src/integrations/stale-output.ts
 * keeps exactly what was published and removes everything else, so a stale file is recognised by what this
 * build did, never by its timestamp.
 */
export interface PublishedFiles {
  /** A file written into the output folder, by its absolute path. */
  record(file: string): void;
  /** Everything recorded since the build started. */
  readonly files: ReadonlySet<string>;
  /** Forgets the previous build's files: a dev server or a test may build twice in one process. */
  clear(): void;
}

export function publishedFiles(): PublishedFiles {
  const files = new Set<string>();
  return {
    record: (file) => void files.add(file),
    files,
    clear: () => files.clear(),
  };
}
