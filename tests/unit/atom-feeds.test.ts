/** The Atom feeds: escaped text, entry dates, every plan's and each province's and topic's feed. */
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, plansFeedXml, provinceFeedsXml, topicsFeedXml } from '../../src/publish/feeds';
import { atomFeed } from '../../src/lib/atom';
import { quarterStart } from '../../src/lib/quarter';
import { catalog, SITE } from './helpers/fixture-catalog';

const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);

describe('Atom feeds', () => {
  it('escape text and carry the newest entry date, not the build time', () => {
    const xml = atomFeed({
      title: 'A & B <c>',
      selfUrl: `${SITE}/f.xml`,
      pageUrl: `${SITE}/`,
      author: 'X',
      entries: [
        { url: `${SITE}/a/`, title: '"Hòa giải"', summary: 's', updated: new Date('2020-10-27') },
        { url: `${SITE}/b/`, title: 'b', summary: 's', updated: new Date('2023-02-07') },
      ],
    });
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect([...xml.matchAll(/<entry>\s*<title type="html"><!\[CDATA\[([^\]]*)\]\]><\/title>/g)].map((m) => m[1])).toEqual(['"Hòa giải"', 'b']);
    expect([...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)/g)].map((m) => m[1])).toEqual(['2020-10-27T00:00:00.000Z', '2023-02-07T00:00:00.000Z']);
    expect(xml.match(/<feed[\s\S]*?<updated>([^<]+)/)![1]).toBe('2023-02-07T00:00:00.000Z');
  });

  it('list every plan newest first, and each province its own plans, merged provinces included', () => {
    // The fixture's four plans, by date of issue: fewer than FEED_SIZE, so the feed holds them all.
    expect(FEED_SIZE).toBeGreaterThan(4);
    expect(entries(plansFeedXml(catalog))).toEqual([`${SITE}/ke-hoach/2023/soc-trang-26-kh-ubnd/`, `${SITE}/ke-hoach/2022/hai-phong-31-kh-hdphpbgdpl/`, `${SITE}/ke-hoach/2020/lang-son-176-kh-ubnd/`, `${SITE}/ke-hoach/2019/lai-chau-972-kh-ubnd/`]);
    const canTho = provinceFeedsXml(catalog).find((f) => f.id === 'can-tho')!;
    expect(entries(canTho.xml)).toEqual([`${SITE}/ke-hoach/2023/soc-trang-26-kh-ubnd/`]);
    expect(provinceFeedsXml(catalog)).toHaveLength(34);
  });

  it('list the quarterly topics, newest quarter first, at most FEED_SIZE', () => {
    const ids = entries(topicsFeedXml(catalog));
    expect(ids).toHaveLength(Math.min(FEED_SIZE, catalog.topics.size));
    const quarters = [...catalog.topics.values()].map((t) => t.quarter);
    const newest = quarters.reduce((a, b) => (quarterStart(b) > quarterStart(a) ? b : a));
    expect(topicsFeedXml(catalog)).toContain(`<updated>${quarterStart(newest).toISOString()}</updated>`);
  });
});
