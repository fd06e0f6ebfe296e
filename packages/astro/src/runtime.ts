import { images, site } from 'virtual:druk/site';
import type { ImageMetadata } from 'astro';
import { buildDate } from './content/dates.ts';
import { loadContent, type SiteContent } from './content/load.ts';
import { siteRoutes, type PageRoute } from './routes.ts';

/** Everything a page needs: the validated config, all content, every route, and "now". */
export interface Site {
  config: SiteContent['config'];
  content: SiteContent;
  routes: PageRoute[];
  now: Date;
  /** The route at `/<lang>/<path>`, if the site has that page. */
  route(lang: PageRoute['lang'], path: string): PageRoute | undefined;
}

let loaded: Site | undefined;

/** The site, loaded once per build (and again after a dev-server restart). */
export function getSite(): Site {
  // The dev server reloads content on every request, so edited Markdown shows on refresh.
  if (!loaded || (import.meta as ImportMeta & { env?: { DEV?: boolean } }).env?.DEV) {
    const content = loadContent({ ...site });
    const now = buildDate();
    const routes = siteRoutes(content, now);
    const byPath = new Map(routes.map((route) => [`${route.lang}/${route.path}`, route]));
    loaded = { config: site.config, content, routes, now, route: (lang, path) => byPath.get(`${lang}/${path}`) };
  }
  return loaded;
}

/** The imported picture for a front-matter path such as images/dzong.jpg. */
export function contentImage(path: string): ImageMetadata {
  const image = images[`/src/content/${path}`];
  if (!image) throw new Error(`The picture ${path} is not in src/content/images/.`);
  return image;
}

/**
 * Width of a picture's fallback `<img src>`: the largest of its `widths`, never wider than the
 * original. Without it the fallback is the original's full size (megabytes for a camera photo).
 */
export function fallbackWidth(image: ImageMetadata, widths: readonly number[]): number {
  return Math.min(image.width, Math.max(...widths));
}
