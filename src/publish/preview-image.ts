/**
 * The picture a chat app or social network shows beside a shared link
 * (og:image): 1200 × 630 PNG in Be Vietnam Pro, a typeface made for
 * Vietnamese, so every stacked diacritic (ễ, ậ, Ở) renders.
 *
 * This module lays a card out and names it in the cache; preview-image-draw.ts
 * draws it. A build draws every card in worker threads after the pages are
 * written (src/integrations/preview-images.ts); the dev server draws a card
 * when it is asked for. Either way a card is stored under a hash of everything
 * that decides its pixels (layout and text, font files, renderer versions and
 * encoding), so a rebuild draws only cards that changed.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { previewImageCacheDir } from '../config/build-dirs';
import { ui } from '../ui/vi';
import { PREVIEW_IMAGE, type PreviewCard } from './preview-cards';
import { drawToFile, PNG_OPTIONS, type CardNode, type DrawTask } from './preview-image-draw';

// Resolved from the project root: the dev server and the build load this module from different places.
const requireFromRoot = createRequire(path.resolve('package.json'));
const FONT_FAMILY = 'Be Vietnam Pro';
export const FONT_FILES = {
  regular: requireFromRoot.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: requireFromRoot.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** The libraries that turn a layout into pixels: a new version may move them, so it draws the cards anew. */
const RENDERER = {
  satori: requireFromRoot('satori/package.json').version as string,
  resvg: requireFromRoot('@resvg/resvg-js/package.json').version as string,
  png: { ...PNG_OPTIONS, channels: 3, text: 'resvg' },
};

const box = (style: CardNode['props']['style'], children: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

const BRAND = '#8b1c1c';

export function previewLayout(card: PreviewCard): CardNode {
  return box(
    { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff', fontFamily: FONT_FAMILY, color: '#0b0c0c' },
    [
      box({ display: 'flex', background: '#1a1a1a', color: '#ffffff', padding: '28px 64px', fontSize: 30, fontWeight: 700, borderBottom: `10px solid ${BRAND}` }, [
        box({ display: 'flex' }, ui.siteName),
        box({ display: 'flex', marginLeft: 20, fontWeight: 400, color: '#d4d4d4' }, ui.siteLongName),
      ]),
      box({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 64px 0' }, [
        box({ display: 'flex', fontSize: 34, fontWeight: 700, color: BRAND }, card.kicker),
        box({ display: 'block', marginTop: 20, fontSize: 50, fontWeight: 700, lineHeight: 1.22, lineClamp: 4 }, card.title),
      ]),
      box({ display: 'flex', padding: '0 64px 44px', fontSize: 30, color: '#404040' }, card.facts.join('  ·  ')),
    ],
  );
}

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
  const tree = previewLayout(card);
  const size = { width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height };
  const key = createHash('sha256').update(JSON.stringify([tree, size, RENDERER, await fontsHash()])).digest('hex');
  return { key, task: { tree, size, fonts: FONT_FILES, family: FONT_FAMILY, file: path.join(previewImageCacheDir, `${key}.png`) } };
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
