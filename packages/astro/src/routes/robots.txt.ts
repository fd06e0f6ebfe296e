import type { APIRoute } from 'astro';
import { getSite } from '../runtime.ts';

export const GET: APIRoute = () => {
  const { config } = getSite();
  return new Response(
    `User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: ${new URL('sitemap.xml', config.url).href}\n`,
  );
};
