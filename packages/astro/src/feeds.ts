import type { Lang } from '@druk/locale';
import { entryDate, type LocalisedEntry } from './content/load.ts';
import { htmlToText } from './markdown.ts';

/** What a feed needs to know about its site and section. */
export interface FeedInfo {
  /** Absolute site URL with a trailing slash. */
  siteUrl: string;
  lang: Lang;
  title: string;
  /** Absolute URL of the section's listing page. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Newest first; at most this many go in the feed. */
  limit?: number;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface FeedItem {
  title: string;
  url: string;
  date: Date;
  summary: string;
}

function feedItems(items: LocalisedEntry[], info: FeedInfo): FeedItem[] {
  return items
    .filter(({ fallback }) => !fallback)
    .map(({ entry }) => ({
      title: entry.data.title,
      url: new URL(`${info.lang}/${entry.collection}/${entry.slug}/`, info.siteUrl).href,
      date: entryDate(entry) ?? new Date(0),
      summary: entry.data.summary ?? htmlToText(entry.html).slice(0, 300),
    }))
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, info.limit ?? 50);
}

/** RSS 2.0 of a section's items, newest first. Items only in the other language are left out. */
export function rssFeed(items: LocalisedEntry[], info: FeedInfo): string {
  const entries = feedItems(items, info);
  const body = entries
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${item.date.toUTCString()}</pubDate>
      <description>${escapeXml(item.summary)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(info.title)}</title>
    <link>${escapeXml(info.link)}</link>
    <description>${escapeXml(info.title)}</description>
    <language>${info.lang}</language>
    <atom:link href="${escapeXml(info.self)}" rel="self" type="application/rss+xml"/>
${body}
  </channel>
</rss>
`;
}

/** Atom 1.0 of the same items. */
export function atomFeed(items: LocalisedEntry[], info: FeedInfo): string {
  const entries = feedItems(items, info);
  const updated = (entries[0]?.date ?? new Date(0)).toISOString();
  const body = entries
    .map(
      (item) => `  <entry>
    <title>${escapeXml(item.title)}</title>
    <link href="${escapeXml(item.url)}"/>
    <id>${escapeXml(item.url)}</id>
    <updated>${item.date.toISOString()}</updated>
    <summary>${escapeXml(item.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${info.lang}">
  <title>${escapeXml(info.title)}</title>
  <link href="${escapeXml(info.link)}"/>
  <link rel="self" href="${escapeXml(info.self)}"/>
  <id>${escapeXml(info.self)}</id>
  <updated>${updated}</updated>
${body}
</feed>
`;
}
