/**
 * Draws the preview pictures (og:image) of a build in worker threads, one per
 * core, instead of one by one among the pages: drawing starts while Astro is
 * still rendering pages on one core, and build:done waits for what is left.
 *
 * The list comes from the build itself: a route writes every picture's path
 * and card text from the same catalog as the pages (preview-image-routes/list.ts);
 * this reads it back and deletes it. A card already in the cache, under the
 * hash of everything that decides its pixels, is copied; only new or changed
 * cards are drawn. Cache entries no card of this build uses are pruned, so the
 * cache kept between builds (CI, Netlify) holds one site's pictures. A picture
 * that cannot be drawn fails the build.
 *
 * The dev server draws a picture when it is asked for (preview-image-routes/image.ts).
 */
import { existsSync } from 'node:fs';
import { constants, copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Piscina } from 'piscina';
import { previewImageCacheDir } from '../config/build-dirs';
import type { PreviewImage } from '../publish/preview-cards';
import { previewImageJob, type PreviewImageJob } from '../publish/preview-image';
import type { DrawTask } from '../publish/preview-image-draw';
import type { PublishedFiles } from './published-files';

const LIST_PATH = '/anh-chia-se.json';
/** How the list route, rendered in this process from Astro's bundle, hands the list over as soon as it exists. */
const START_DRAWING = Symbol.for('pbgdpl.preview-images.start');
const routes = (file: string) => new URL(`./preview-image-routes/${file}`, import.meta.url);

/** Copies, or shares the blocks where the file system can (copy-on-write), so a kept cache costs little to publish. */
async function publish(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(from, to, constants.COPYFILE_FICLONE);
}

async function prune(keep: ReadonlySet<string>): Promise<number> {
  const stale = (await readdir(previewImageCacheDir)).filter((name) => !keep.has(name));
  await Promise.all(stale.map((name) => rm(path.join(previewImageCacheDir, name), { force: true })));
  return stale.length;
}

async function drawAll(tasks: DrawTask[], threads: number): Promise<void> {
  const pool = new Piscina({ filename: new URL('../publish/preview-image-draw.ts', import.meta.url).href, minThreads: threads, maxThreads: threads });
  const failures: string[] = [];
  try {
    await Promise.all(
      tasks.map((task) =>
        pool.run(task).catch((error: unknown) => {
          failures.push(`${task.file}: ${error instanceof Error ? error.message : String(error)}`);
        }),
      ),
    );
  } finally {
    await pool.destroy();
  }
  if (failures.length > 0) throw new Error(`Không vẽ được ${failures.length} ảnh xem trước:\n${failures.slice(0, 10).join('\n')}`);
}

interface Drawing {
  jobs: { image: PreviewImage; job: PreviewImageJob }[];
  fromCache: number;
  drawn: number;
  threads: number;
  seconds: number;
}

/** Draws the cards of `images` that the cache does not hold yet. */
async function drawMissing(images: PreviewImage[]): Promise<Drawing> {
  const started = performance.now();
  const jobs = await Promise.all(images.map(async (image) => ({ image, job: await previewImageJob(image.card) })));
  const missing = jobs.filter(({ job }) => !existsSync(job.task.file));
  // Two pages with the same card (rare) share one drawing.
  const toDraw = new Map(missing.map(({ job }) => [job.key, job.task]));
  const threads = Math.min(availableParallelism(), toDraw.size);
  if (threads > 0) await drawAll([...toDraw.values()], threads);
  return { jobs, fromCache: jobs.length - missing.length, drawn: toDraw.size, threads, seconds: (performance.now() - started) / 1000 };
}

export default function previewImagesIntegration(published: PublishedFiles): AstroIntegration {
  let early: Promise<Drawing> | undefined;
  return {
    name: 'pbgdpl-preview-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/[...dir]/anh-chia-se.png', entrypoint: routes('image.ts'), prerender: true });
        if (command === 'build') injectRoute({ pattern: LIST_PATH, entrypoint: routes('list.ts'), prerender: true });
      },
      'astro:build:start': () => {
        early = undefined;
        // Astro renders pages on one core; drawing starts as soon as the list route is rendered, so the
        // other cores draw meanwhile. Failures surface when build:done awaits the drawing.
        (globalThis as Record<symbol, unknown>)[START_DRAWING] = (images: PreviewImage[]) => {
          early ??= drawMissing(images);
          early.catch(() => undefined);
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete (globalThis as Record<symbol, unknown>)[START_DRAWING];
        const site = fileURLToPath(dir);
        const listFile = path.join(site, LIST_PATH);
        const images = JSON.parse(await readFile(listFile, 'utf8')) as PreviewImage[];
        await rm(listFile);

        const pagesDone = performance.now();
        const first = await early;
        // The list written is the one pages were built from: whatever the early start did not draw, draw now.
        const rest = await drawMissing(images);
        const waited = (performance.now() - pagesDone) / 1000;

        await Promise.all(
          rest.jobs.map(async ({ image, job }) => {
            const file = path.join(site, image.path);
            await publish(job.task.file, file);
            published.record(file);
          }),
        );
        const pruned = await prune(new Set(rest.jobs.map(({ job }) => path.basename(job.task.file))));
        const drawn = (first?.drawn ?? 0) + rest.drawn;
        const seconds = (first?.seconds ?? 0) + rest.seconds;
        const threads = Math.max(first?.threads ?? 0, rest.threads);
        logger.info(
          `Ảnh xem trước: ${images.length} ảnh, vẽ mới ${drawn} trong ${seconds.toFixed(1)} s (${threads} luồng; ` +
            `build chờ thêm ${waited.toFixed(1)} s sau khi dựng xong trang), lấy từ bộ đệm ${(first ?? rest).fromCache}, bỏ ${pruned} ảnh cũ khỏi bộ đệm`,
        );
      },
    },
  };
}
