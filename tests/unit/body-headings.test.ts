import { globSync, readFileSync } from 'node:fs';
import { satteriHeadingIdsPlugin, createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyHeadings, demotedTagName, headingIds, PAGE_IDS } from '../../src/lib/body-headings';

const BODY = '## Mục đích, yêu cầu\n\nĐoạn.\n\n### Nhiệm vụ\n\n### Nhiệm vụ\n\n###### Đối tượng\n\n## —\n';
const EXPECTED = [
  '<h3 id="muc-dich-yeu-cau">Mục đích, yêu cầu</h3>',
  '<h4 id="nhiem-vu-1">Nhiệm vụ</h4>',
  '<h4 id="nhiem-vu-2">Nhiệm vụ</h4>',
  '<h6 id="doi-tuong">Đối tượng</h6>',
  '<h3 id="muc">—</h3>',
];

describe('body headings', () => {
  it('move down one level and never past h6', () => {
    expect(demotedTagName('h1')).toBe('h2');
    expect(demotedTagName('h2')).toBe('h3');
    expect(demotedTagName('h5')).toBe('h6');
    expect(demotedTagName('h6')).toBe('h6');
  });

  it('get ids without diacritics, unique in the body and never one the page uses', () => {
    const next = headingIds();
    expect(next('Mục đích, yêu cầu')).toBe('muc-dich-yeu-cau');
    expect(next('Đội ngũ báo cáo viên')).toBe('doi-ngu-bao-cao-vien');
    expect(next('Mục đích – yêu cầu')).toBe('muc-dich-yeu-cau-1');
    expect(next('Nguồn')).toBe('nguon-1');
    expect(next('Thông tin')).toBe('thong-tin-1');
    expect(next('...')).toBe('muc');
    expect(next('')).toBe('muc-1');
  });

  it('get the same ids in a plan’s .md (rendered from its file), in .md Astro renders and in .mdx', async () => {
    const plan = (await markdownToHtml(BODY, { hastPlugins: [bodyHeadings()] })).html;
    const astro = await (await createSatteriMarkdownProcessor({ hastPlugins: [bodyHeadings()] })).render(BODY);
    // Astro's MDX pipeline runs the configured plugins, then its own heading ids.
    const mdx = (await mdxToJs(BODY, { hastPlugins: [bodyHeadings(), satteriHeadingIdsPlugin()] })).code;
    for (const heading of EXPECTED) {
      expect(plan).toContain(heading);
      expect(astro.code).toContain(heading);
    }
    expect(astro.metadata.headings.map((h) => h.slug)).toEqual(['muc-dich-yeu-cau', 'nhiem-vu-1', 'nhiem-vu-2', 'doi-tuong', 'muc']);
    expect([...mdx.matchAll(/id: "([^"]+)"/g)].map((m) => m[1])).toEqual(['muc-dich-yeu-cau', 'nhiem-vu-1', 'nhiem-vu-2', 'doi-tuong', 'muc']);
  });

  it('start afresh in each body', async () => {
    const plugins = [bodyHeadings()];
    const first = (await markdownToHtml('## Mục tiêu', { hastPlugins: plugins })).html;
    const second = (await markdownToHtml('## Mục tiêu', { hastPlugins: plugins })).html;
    expect(second).toBe(first);
  });

  it('know every id the layout, the components and the pages with a body give their own elements', () => {
    const files = [
      ...globSync('src/{layouts,components}/**/*.astro'),
      'src/pages/ke-hoach/[year]/[slug].astro',
      'src/pages/chu-de/[year]/[quarter]/[topic].astro',
      'src/pages/tin-tuc/[id].astro',
    ];
    const ids = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!)));
    expect(ids.size).toBeGreaterThan(5);
    expect([...ids].filter((id) => !PAGE_IDS.includes(id))).toEqual([]);
  });
});
