import path from 'node:path';
import type { SourceFile } from '../../../src/editor-tools/content-check';
import { readContentFiles } from '../../../src/editor-tools/content-files';

/** A small content folder frozen for tests (tests/fixtures/README.md), not the live content/. */
export const CONTENT_DIR = path.resolve('tests/fixtures/content');

/** The files of a content folder, as the checker reads them. */
export function readContent(root: string = CONTENT_DIR): SourceFile[] {
  return readContentFiles(root);
}

/** The seed content with one file replaced or added. */
export function withFile(files: SourceFile[], filePath: string, text: string): SourceFile[] {
  return [...files.filter((f) => f.path !== filePath), { path: filePath, text }];
}

export function fileText(files: SourceFile[], filePath: string): string {
  const file = files.find((f) => f.path === filePath);
  if (!file) throw new Error(`no ${filePath} in content`);
  return file.text;
}
