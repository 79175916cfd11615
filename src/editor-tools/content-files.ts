/** Reads a content folder as the checker and the build's redirect step see it: every entry file, as text. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './content-check';

const toPosix = (file: string) => file.split(path.sep).join('/');

export function readContentFiles(root: string): SourceFile[] {
  return globSync('**/*.{md,mdx,yaml,yml}', { cwd: root }).map((file) => ({
    path: toPosix(file),
    text: readFileSync(path.join(root, file), 'utf8'),
  }));
}

/** The files under attachments/, as paths inside it. */
export function listAttachments(root: string): Set<string> {
  return new Set(globSync('**/*', { cwd: path.join(root, 'attachments') }).map(toPosix));
}
