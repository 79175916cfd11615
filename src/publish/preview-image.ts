/**
 * The picture a chat app or social network shows beside a shared link
 * (og:image): 1200 × 630 PNG in Be Vietnam Pro, a typeface made for
 * Vietnamese, so every stacked diacritic (ễ, ậ, Ở) renders.
 *
 * This module holds the card's design and names a card in the cache; preview-image-draw.ts
 * draws it. A build draws every card in worker threads after the pages are
 * written (src/integrations/preview-images.ts); the dev server draws a card
 * when it is asked for. Either way a card is stored under a hash of everything
 * that decides its pixels (layout and text, font files, renderer versions and
 * encoding, and the drawing code itself), so a rebuild draws only cards that
 * changed, and a change to how cards are drawn draws them all again, even from
 * the caches that CI and hosts keep.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { previewImageCacheDir } from '../config/build-dirs';
import { ui } from '../ui/vi';
import { PREVIEW_IMAGE, type PreviewCard } from './preview-cards';
import { drawToFile, PNG_ENCODING, type CardDesign, type DrawTask } from './preview-image-draw';

// Resolved from the project root: the dev server and the build load this module from different places.
const requireFromRoot = createRequire(path.resolve('package.json'));
export const FONT_FILES = {
  regular: requireFromRoot.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: requireFromRoot.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** The libraries and encoding that turn a card into bytes: a new version may move them, so it draws the cards anew. */
const RENDERER = {
  // fontkit's exports do not include its package.json; its entry file sits one folder below it.
  fontkit: (JSON.parse(readFileSync(path.join(path.dirname(requireFromRoot.resolve('fontkit')), '..', 'package.json'), 'utf8')) as { version: string }).version,
  resvg: requireFromRoot('@resvg/resvg-js/package.json').version as string,
  png: PNG_ENCODING,
};

const BRAND = '#8b1c1c';

/** The card: a dark band with the site's name over a brand rule, the kicker, the title in up to four lines, facts at the foot. */
export const CARD_DESIGN: CardDesign = {
  width: PREVIEW_IMAGE.width,
  height: PREVIEW_IMAGE.height,
  background: '#ffffff',
  paddingX: 64,
  header: {
    background: '#1a1a1a',
    paddingY: 28,
    border: { width: 10, color: BRAND },
    gap: 20,
    name: { size: 30, weight: 'bold', color: '#ffffff' },
    longName: { size: 30, weight: 'regular', color: '#d4d4d4' },
  },
  kicker: { size: 34, weight: 'bold', color: BRAND, marginTop: 44 },
  title: { size: 50, weight: 'bold', color: '#0b0c0c', lineHeight: 1.22, marginTop: 20, maxLines: 4 },
  facts: { size: 30, weight: 'regular', color: '#404040', marginBottom: 44, separator: ' · ' },
};

/** The code that lays out and draws a card, however it is split into files: this module and preview-image-draw*. */
const DRAWING_CODE = ['src/publish/preview-image*.ts', 'src/publish/preview-image*/**/*.ts'];

/** A hash of the drawing code under `root`, read from the sources: the build runs this module from a bundle. */
export function drawingCodeHash(root: string): string {
  const hash = createHash('sha256');
  const files = [...new Set(DRAWING_CODE.flatMap((pattern) => globSync(pattern, { cwd: root })))].sort();
  if (files.length === 0) throw new Error(`Không thấy mã vẽ ảnh xem trước trong ${root}`);
  for (const file of files) hash.update(file).update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

let drawingCode: string | undefined;
let fontDigest: Promise<string> | undefined;
function fontsHash(): Promise<string> {
  fontDigest ??= Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]).then(([regular, bold]) =>
    createHash('sha256').update(regular).update(bold).digest('hex'),
  );
  return fontDigest;
}

/** A card ready to draw, and its file name in the cache. */
export interface PreviewImageJob {
  key: string;
  task: DrawTask;
}

export async function previewImageJob(card: PreviewCard): Promise<PreviewImageJob> {
  const text = { siteName: ui.siteName, siteLongName: ui.siteLongName, kicker: card.kicker, title: card.title, facts: card.facts };
  drawingCode ??= drawingCodeHash(path.resolve('.'));
  const key = createHash('sha256').update(JSON.stringify([CARD_DESIGN, text, RENDERER, drawingCode, await fontsHash()])).digest('hex');
  return { key, task: { design: CARD_DESIGN, text, fonts: FONT_FILES, file: path.join(previewImageCacheDir, `${key}.png`) } };
}

/** The PNG of a card, from the cache when the same card was drawn before (the dev server's path). */
export async function renderPreviewImage(card: PreviewCard): Promise<Buffer> {
  const { task } = await previewImageJob(card);
  try {
    return await readFile(task.file);
  } catch {
    await drawToFile(task);
    return readFile(task.file);
  }
}
