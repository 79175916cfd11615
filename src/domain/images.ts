/**
 * Images that MDX bodies show with <Figure>: kept under content/images/,
 * published unchanged at /hinh-anh/<path under content/images/>.
 */
import { globSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content-dir';
import { IMAGE_EXTENSIONS } from '../schemas/mdx-components';

export const imagesDir = (root: string = contentDir()) => path.join(root, 'images');

/** Every image under content/images/, as paths inside it with forward slashes. */
export function listImages(root: string = contentDir()): Set<string> {
  return new Set(globSync(`**/*.{${IMAGE_EXTENSIONS.join(',')}}`, { cwd: imagesDir(root) }).map((file) => file.split(path.sep).join('/')));
}
