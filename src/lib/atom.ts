/**
 * Atom 1.0 feeds (RFC 4287), written by the `feed` library, which escapes
 * every value. It marks entry text as HTML inside CDATA and leaves out
 * xml:lang; our titles and summaries are plain text with no markup, so feed
 * readers show them exactly as before (checked in tests/e2e/sharing.spec.ts,
 * which parses every feed). A feed's "updated" is its newest entry's date, never the build
 * time, so an unchanged feed stays byte-identical and readers do not show old
 * plans as new.
 */
import { Feed } from 'feed';

export interface AtomEntry {
  /** Absolute URL of the page: also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  updated: Date;
  categories?: string[];
}

export interface AtomFeed {
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page that lists the same entries. */
  pageUrl: string;
  author: string;
  entries: AtomEntry[];
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

// The Unix epoch stands in for an empty feed's date, which Atom requires.
const EMPTY_FEED_DATE = new Date(0);

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, e) => (e.updated > newest ? e.updated : newest), EMPTY_FEED_DATE);
  const writer = new Feed({
    id: feed.selfUrl,
    title: feed.title,
    ...(feed.subtitle ? { description: feed.subtitle } : {}),
    link: feed.pageUrl,
    feedLinks: { atom: feed.selfUrl },
    updated,
    language: 'vi',
    author: { name: feed.author },
    generator: false,
  });
  for (const e of feed.entries) {
    writer.addItem({
      id: e.url,
      title: e.title,
      link: e.url,
      date: e.updated,
      description: e.summary,
      category: (e.categories ?? []).map((term) => ({ term })),
    });
  }
  return writer.atom1();
}
