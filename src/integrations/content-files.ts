/**
 * Lets the dev server answer at the addresses where the build publishes
 * content files: images at /hinh-anh/<path> and attachments at
 * /van-ban-goc/<path>. The build writes them from endpoints
 * (src/pages/hinh-anh/, src/pages/van-ban-goc/), but a rest parameter hides
 * the file extension from Astro's router, so with `trailingSlash: 'always'`
 * `astro dev` only matches those endpoints at ".../x.png/". This serves the
 * same files from the content folder, with their type, before Astro routes.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir';
import { baseFolder, paths } from '../lib/paths';
import type { IMAGE_EXTENSIONS } from '../schemas/mdx-components';
import type { ATTACHMENT_TYPES } from '../schemas/plan';
import { serveFiles, type ServedFile } from './dev-files';

const IMAGE_TYPES: Record<(typeof IMAGE_EXTENSIONS)[number], string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };
const DOCUMENT_TYPES: Record<keyof typeof ATTACHMENT_TYPES, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const FOLDERS = [
  { prefix: paths.image(''), folder: 'images', types: IMAGE_TYPES as Record<string, string> },
  { prefix: paths.attachment(''), folder: 'attachments', types: DOCUMENT_TYPES as Record<string, string> },
];

/**
 * The file under the content folder that a site path (without the base) names, or undefined when it
 * names none: another address, a type the site does not publish, or a path that would leave its folder.
 */
export function contentFileFor(sitePath: string, root: string = contentDir()): ServedFile | undefined {
  const match = FOLDERS.find(({ prefix }) => sitePath.startsWith(prefix));
  if (!match) return undefined;
  let segments: string[];
  try {
    segments = sitePath.slice(match.prefix.length).split('/').map(decodeURIComponent);
  } catch {
    return undefined;
  }
  // Decoding can turn "%2F", "%5C" or "%2E%2E" into a separator or a step up; none of them names a published file.
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[/\\\0]/.test(s))) return undefined;
  const extension = path.extname(segments.at(-1)!).slice(1);
  if (!Object.hasOwn(match.types, extension)) return undefined;
  return { file: path.join(root, match.folder, ...segments), type: match.types[extension]! };
}

export default function contentFilesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'pbgdpl-content-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseFolder(config.base);
      },
      'astro:server:setup': ({ server }) => serveFiles(server, base, contentFileFor),
    },
  };
}
