/**
 * The picture a chat app or social network shows beside a shared link
 * (og:image): 1200 × 630 PNG, drawn at build time in Be Vietnam Pro, a typeface
 * made for Vietnamese, so every stacked diacritic (ễ, ậ, Ở) renders.
 *
 * satori lays the card out and turns its text into outlines, resvg draws the
 * outlines, sharp encodes the PNG. Each image takes tens of milliseconds, so
 * images are cached on disk by a hash of everything drawn: a rebuild draws only
 * cards whose text or design changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { previewImageCacheDir } from '../config/build-dirs';
import { ui } from '../ui/vi';
import { PREVIEW_IMAGE, type PreviewCard } from './preview-cards';

// Resolved from the project root: the built endpoint runs from a bundle in the output folder.
const requireFromRoot = createRequire(path.resolve('package.json'));
const FONT_FILES = {
  400: '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  700: '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
} as const;

let fontsLoading: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;
function fonts() {
  fontsLoading ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Be Vietnam Pro',
      data: await readFile(requireFromRoot.resolve(FONT_FILES[weight])),
      weight,
    })),
  );
  return fontsLoading;
}

type Node = { type: string; props: { style: Record<string, string | number>; children?: string | Node[] } };
const box = (style: Node['props']['style'], children: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

const BRAND = '#8b1c1c';

function layout(card: PreviewCard): Node {
  return box(
    { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: '#ffffff', fontFamily: 'Be Vietnam Pro', color: '#0b0c0c' },
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

/** The PNG of a card, from the cache when the same card was drawn before. */
export async function renderPreviewImage(card: PreviewCard): Promise<Buffer> {
  const tree = layout(card);
  const key = createHash('sha256').update(JSON.stringify([tree, FONT_FILES, PREVIEW_IMAGE])).digest('hex');
  const cached = path.join(previewImageCacheDir, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: PREVIEW_IMAGE.width, height: PREVIEW_IMAGE.height, fonts: await fonts() });
  const image = await renderAsync(svg);
  const png = await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } }).png({ compressionLevel: 6 }).toBuffer();
  await mkdir(previewImageCacheDir, { recursive: true });
  // Written under a temporary name, then renamed, so a build stopped midway never leaves half a PNG in the cache.
  const partial = `${cached}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}
