/** Reads a content folder as the checker and the build's redirect step see it: every entry file, as text. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './content-check';

const toPosix = (file: string) => file.split(path.sep).join('/');

/**
 * Every entry file, or with `containing` only those whose text holds that string: matched on the
 * bytes, so that the others are never decoded (tens of thousands of plans at every build).
 */
export function readContentFiles(root: string, { containing }: { containing?: string } = {}): SourceFile[] {
  return globSync('**/*.{md,mdx,yaml,yml}', { cwd: root }).flatMap((file) => {
    const bytes = readFileSync(path.join(root, file));
    return containing === undefined || bytes.includes(containing) ? [{ path: toPosix(file), text: bytes.toString('utf8') }] : [];
  });
}

/** The files under attachments/, as paths inside it. */
export function listAttachments(root: string): Set<string> {
  return new Set(globSync('**/*', { cwd: path.join(root, 'attachments') }).map(toPosix));
}
