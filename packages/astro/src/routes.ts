import { LANGS, translate, type Lang, type MessageKey } from '@druk/locale';
import type { Entry, SiteContent } from './content/load.ts';
import { POLICY_KINDS, type CollectionName } from './content/schemas.ts';

/** Every kind of page the template renders; each has its own layout component. */
export type PageKind =
  | 'home'
  | 'about'
  | 'message'
  | 'organogram'
  | 'people'
  | 'divisions'
  | 'gewogs'
  | 'services'
  | 'service'
  | 'listing'
  | 'item'
  | 'results'
  | 'downloads'
  | 'events'
  | 'gallery'
  | 'faq'
  | 'contact'
  | 'feedback'
  | 'policy'
  | 'archive'
  | 'search'
  | 'sitemap';

/** One built page. `path` has no language prefix and ends with "/" ("" is the home page). */
export interface PageRoute {
  lang: Lang;
  path: string;
  kind: PageKind;
  title: string;
  /** Language of `title` when it is not the page's: a fallback entry's title in the other language. */
  titleLang?: Lang;
  collection?: CollectionName;
  slug?: string;
  /** Listing pages are split into numbered pages of `pageSize` items; 1 is the first. */
  page?: number;
  pages?: number;
}

/** Collections with a listing page and a page per item. */
export const LISTED: readonly CollectionName[] = ['notices', 'tenders', 'vacancies', 'news'];

/** The URL of a page: /en/news/ */
export function href(lang: Lang, path = ''): string {
  return `/${lang}/${path}`;
}

export function sectionTitle(
  section: CollectionName | 'about' | 'contact' | 'feedback' | 'archive' | 'search' | 'sitemap',
  lang: Lang,
): string {
  return translate(`template.section.${section}` as MessageKey, lang);
}

/** `titleLang` of a page showing `entry`: set only when the entry is a fallback in the other language. */
function titleLanguage(entry: Entry, fallback: boolean): Pick<PageRoute, 'titleLang'> {
  return fallback ? { titleLang: entry.lang } : {};
}

/** Every page of the site in both languages, in a stable order (the sitemap order). */
export function siteRoutes(content: SiteContent, now: Date): PageRoute[] {
  const routes: PageRoute[] = [];
  for (const lang of LANGS) {
    const add = (route: Omit<PageRoute, 'lang'>) => routes.push({ lang, ...route });
    add({ path: '', kind: 'home', title: content.config.name[lang] });
    if (content.list('about', lang).length) add({ path: 'about/', kind: 'about', title: sectionTitle('about', lang) });
    const single: [CollectionName, PageKind, string][] = [
      ['message', 'message', 'about/message/'],
      ['organogram', 'organogram', 'about/organogram/'],
      ['people', 'people', 'about/whos-who/'],
      ['divisions', 'divisions', 'divisions/'],
      ['gewogs', 'gewogs', 'gewogs/'],
    ];
    for (const [collection, kind, path] of single) {
      if (content.list(collection, lang).length) add({ path, kind, collection, title: sectionTitle(collection, lang) });
    }
    if (content.list('services', lang).length) {
      add({ path: 'services/', kind: 'services', collection: 'services', title: sectionTitle('services', lang) });
      for (const { entry, fallback } of content.list('services', lang)) {
        add({
          path: `services/${entry.slug}/`,
          kind: 'service',
          collection: 'services',
          slug: entry.slug,
          title: entry.data.title,
          ...titleLanguage(entry, fallback),
        });
      }
    }
    for (const collection of LISTED) {
      const all = content.list(collection, lang);
      if (!all.length) continue;
      const listed = content.partition(collection, lang, now).open.length;
      const pages = Math.max(1, Math.ceil(listed / content.config.pageSize));
      for (let page = 1; page <= pages; page += 1) {
        add({
          path: page === 1 ? `${collection}/` : `${collection}/page/${page}/`,
          kind: 'listing',
          collection,
          page,
          pages,
          title: sectionTitle(collection, lang),
        });
      }
      // Closed items keep their page (the archive links to it); only listings drop them.
      for (const { entry, fallback } of all) {
        add({
          path: `${collection}/${entry.slug}/`,
          kind: 'item',
          collection,
          slug: entry.slug,
          title: entry.data.title,
          ...titleLanguage(entry, fallback),
        });
      }
    }
    const pages: [CollectionName, PageKind][] = [
      ['results', 'results'],
      ['downloads', 'downloads'],
      ['events', 'events'],
      ['gallery', 'gallery'],
      ['faq', 'faq'],
    ];
    for (const [collection, kind] of pages) {
      if (content.list(collection, lang).length) {
        add({ path: `${collection}/`, kind, collection, title: sectionTitle(collection, lang) });
      }
    }
    add({ path: 'contact/', kind: 'contact', title: sectionTitle('contact', lang) });
    if (content.enabled('feedback'))
      add({ path: 'feedback/', kind: 'feedback', title: sectionTitle('feedback', lang) });
    for (const kind of POLICY_KINDS) {
      const policy = content.list('policies', lang).find(({ entry }) => entry.data.kind === kind);
      if (policy) {
        add({
          path: `policies/${kind}/`,
          kind: 'policy',
          collection: 'policies',
          slug: policy.entry.slug,
          title: policy.entry.data.title,
          ...titleLanguage(policy.entry, policy.fallback),
        });
      }
    }
    add({ path: 'archive/', kind: 'archive', title: sectionTitle('archive', lang) });
    add({ path: 'search/', kind: 'search', title: sectionTitle('search', lang) });
    add({ path: 'sitemap/', kind: 'sitemap', title: sectionTitle('sitemap', lang) });
  }
  return routes;
}
