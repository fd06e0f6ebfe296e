import { escapeXml } from './feeds.ts';
import type { PageRoute } from './routes.ts';

/**
 * sitemap.xml of every page, with the other language as an hreflang alternate and the
 * content date as lastmod (from front matter, not git, so shallow clones give right dates).
 */
export function sitemapXml(
  routes: PageRoute[],
  siteUrl: string,
  lastModified: (route: PageRoute) => string | undefined,
): string {
  const byPath = new Map<string, PageRoute[]>();
  for (const route of routes) byPath.set(route.path, [...(byPath.get(route.path) ?? []), route]);
  const urls = routes.map((route) => {
    const loc = new URL(`${route.lang}/${route.path}`, siteUrl).href;
    const alternates = (byPath.get(route.path) ?? [])
      .map(
        (other) =>
          `    <xhtml:link rel="alternate" hreflang="${other.lang}" href="${escapeXml(new URL(`${other.lang}/${other.path}`, siteUrl).href)}"/>`,
      )
      .join('\n');
    const lastmod = lastModified(route);
    return `  <url>
    <loc>${escapeXml(loc)}</loc>${lastmod ? `\n    <lastmod>${lastmod}</lastmod>` : ''}
${alternates}
  </url>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
