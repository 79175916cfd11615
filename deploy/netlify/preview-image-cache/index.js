// Keeps the preview images (src/integrations/preview-images.ts) between Netlify builds, so a build after
// the first draws only the cards whose text changed. The build prunes cards no page uses before this saves.
const DIR = 'node_modules/.astro/preview-images';

export const onPreBuild = async ({ utils }) => {
  if (await utils.cache.restore(DIR)) console.log(`Đã lấy lại bộ đệm ảnh xem trước (${DIR})`);
};

export const onPostBuild = async ({ utils }) => {
  await utils.cache.save(DIR);
};
