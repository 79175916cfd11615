// Keeps Astro's cache folder between Netlify builds: the preview images (src/integrations/preview-images.ts),
// so a build after the first draws only the cards whose text changed, and the content store and incremental
// build cache, so it renders only the pages whose data changed (src/routes/cache-key.ts). The build prunes
// cards and page copies no page uses before this saves.
const DIR = 'node_modules/.astro';

export const onPreBuild = async ({ utils }) => {
  if (await utils.cache.restore(DIR)) console.log(`Đã lấy lại bộ đệm của lần build trước (${DIR})`);
};

export const onPostBuild = async ({ utils }) => {
  await utils.cache.save(DIR);
};
