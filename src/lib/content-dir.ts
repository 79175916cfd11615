/** Where the content lives: content/ unless PBGDPL_CONTENT_DIR names another folder. */
import path from 'node:path';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.PBGDPL_CONTENT_DIR ?? 'content');
}
