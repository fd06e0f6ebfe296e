import { translate, type Lang, type MessageKey } from '@druk/locale';
import { entryDate, type Entry, type LocalisedEntry } from './content/load.ts';
import { COLLECTIONS, type CollectionName } from './content/schemas.ts';
import { href, LISTED, type PageRoute } from './routes.ts';
import type { Site } from './runtime.ts';

/** Props of every page-kind component that needs the site and its route. */
export interface PageProps {
  site: Site;
  route: PageRoute;
}

export interface Link {
  href: string;
  label: string;
  /** Language of the label when it is not the page's (a fallback entry's title). */
  lang?: string;
}

/** A link to a page, labelled with its title and marked with the title's language if it differs. */
export function pageLink(route: PageRoute): Link {
  return { href: href(route.lang, route.path), label: route.title, ...(route.titleLang && { lang: route.titleLang }) };
}

/** A header navigation item: a link, or a sub-menu of links (`items`). */
export interface NavigationItem {
  label: string;
  href?: string;
  items?: Link[];
}

function newest(entries: Entry[]): Date | undefined {
  const times = entries.map((entry) => entryDate(entry)?.getTime() ?? 0).filter((time) => time > 0);
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** The entry a page shows (detail pages), in the route's language or its fallback. */
export function routeEntry<C extends CollectionName>(site: Site, route: PageRoute): LocalisedEntry<C> | undefined {
  if (!route.collection || !route.slug) return undefined;
  return site.content.get(route.collection, route.slug, route.lang) as LocalisedEntry<C> | undefined;
}

/**
 * "Last updated" of a page, from content dates: the entry's own date on a detail page, the newest
 * entry of a collection page, the newest content of the whole site on the home page.
 */
export function lastUpdated(site: Site, route: PageRoute): Date | undefined {
  const own = routeEntry(site, route);
  if (own) return entryDate(own.entry);
  const collections: readonly CollectionName[] =
    route.kind === 'home' || route.kind === 'sitemap' || route.kind === 'archive'
      ? COLLECTIONS
      : route.kind === 'about'
        ? ['about']
        : route.collection
          ? [route.collection]
          : [];
  return newest(
    collections.flatMap((collection) => site.content.list(collection, route.lang).map(({ entry }) => entry)),
  );
}

const label = (key: string, lang: Lang) => translate(key as MessageKey, lang);

/** A navigation target of site.config.ts as a URL: a page path gets the page's language. */
export function navigationHref(target: string, lang: Lang): string {
  return target.startsWith('https://') ? target : href(lang, target);
}

/**
 * The main navigation after the Home link: `navigation` of site.config.ts, or else one link per
 * main section that has pages.
 */
export function mainNavigation(site: Site, lang: Lang): NavigationItem[] {
  if (site.config.navigation) {
    return site.config.navigation.map((item) => ({
      label: item.label[lang],
      href: item.href === undefined ? undefined : navigationHref(item.href, lang),
      items: item.items?.map((link) => ({ label: link.label[lang], href: navigationHref(link.href, lang) })),
    }));
  }
  const has = (path: string) => site.route(lang, path) !== undefined;
  const items: [string, string][] = [
    ['about/', 'template.section.about'],
    ['services/', 'template.section.services'],
    ['news/', 'template.section.news'],
    ['notices/', 'template.section.notices'],
    ['tenders/', 'template.section.tenders'],
    ['vacancies/', 'template.section.vacancies'],
    ['downloads/', 'template.section.downloads'],
    ['contact/', 'template.section.contact'],
  ];
  return items
    .filter(([path]) => has(path))
    .map(([path, key]) => ({ href: href(lang, path), label: label(key, lang) }));
}

/** Feeds of the sections that have items, as [title, RSS, Atom]. */
export function feedLinks(site: Site, lang: Lang): { title: string; rss: string; atom: string }[] {
  return LISTED.filter((collection) => site.content.list(collection, lang).length > 0).map((collection) => ({
    title: label(`template.section.${collection}`, lang),
    rss: href(lang, `${collection}/rss.xml`),
    atom: href(lang, `${collection}/atom.xml`),
  }));
}

/** Breadcrumb trail from the home page to the page's parent. */
export function breadcrumbs(site: Site, route: PageRoute): Link[] {
  if (route.kind === 'home') return [];
  const trail: Link[] = [{ href: href(route.lang), label: label('template.home', route.lang) }];
  const segments = route.path.split('/').filter(Boolean);
  for (let depth = 1; depth < segments.length; depth += 1) {
    const path = `${segments.slice(0, depth).join('/')}/`;
    const parent = site.route(route.lang, path);
    if (parent) trail.push(pageLink(parent));
  }
  return trail;
}
