/**
 * Atom 1.0 feeds (RFC 4287), written by hand: the format is small, and a
 * dependency would not know our dates. A feed's "updated" is its newest entry's
 * date, never the build time, so an unchanged feed stays byte-identical and
 * readers do not show old plans as new.
 */

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

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

/** RFC 3339 at midnight UTC: content dates are days, not instants. */
function atomDate(date: Date): string {
  return `${date.toISOString().slice(0, 10)}T00:00:00Z`;
}

// The Unix epoch stands in for an empty feed's date, which Atom requires.
const EMPTY_FEED_DATE = new Date(0);

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, e) => (e.updated > newest ? e.updated : newest), EMPTY_FEED_DATE);
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${escapeXml(e.url)}</id>
    <title>${escapeXml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>
    <updated>${atomDate(e.updated)}</updated>
    <summary>${escapeXml(e.summary)}</summary>
${(e.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>\n`).join('')}  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${escapeXml(feed.selfUrl)}</id>
  <title>${escapeXml(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>\n` : ''}  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
  <updated>${atomDate(updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('')}</feed>
`;
}
