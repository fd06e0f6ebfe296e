import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '@druk/locale';
import { atomFeed, rssFeed } from '../feeds.ts';
import { href, LISTED, sectionTitle } from '../routes.ts';
import { getSite } from '../runtime.ts';

/** /en/news/rss.xml, /dz/tenders/atom.xml, …: open items only, in their own language. */
export const getStaticPaths = (() => {
  const { content } = getSite();
  return LANGS.flatMap((lang) =>
    LISTED.filter((collection) => content.list(collection, lang).length > 0).flatMap((collection) =>
      (['rss', 'atom'] as const).map((feed) => ({ params: { lang, collection, feed } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const site = getSite();
  const lang = params.lang as (typeof LANGS)[number];
  const collection = params.collection as (typeof LISTED)[number];
  const format = params.feed as 'rss' | 'atom';
  const info = {
    siteUrl: site.config.url,
    lang,
    title: `${sectionTitle(collection, lang)} | ${site.config.name[lang]}`,
    link: new URL(href(lang, `${collection}/`), site.config.url).href,
    self: new URL(href(lang, `${collection}/${format}.xml`), site.config.url).href,
  };
  const items = site.content.partition(collection, lang, site.now).open;
  const body = format === 'rss' ? rssFeed(items, info) : atomFeed(items, info);
  return new Response(body, {
    headers: { 'content-type': format === 'rss' ? 'application/rss+xml' : 'application/atom+xml' },
  });
};
