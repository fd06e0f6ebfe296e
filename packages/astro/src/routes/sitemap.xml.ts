import type { APIRoute } from 'astro';
import { bhutanDay } from '../content/dates.ts';
import { lastUpdated } from '../page-data.ts';
import { getSite } from '../runtime.ts';
import { sitemapXml } from '../sitemap.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const body = sitemapXml(site.routes, site.config.url, (route) => {
    const date = lastUpdated(site, route);
    return date && bhutanDay(date);
  });
  return new Response(body, { headers: { 'content-type': 'application/xml' } });
};
