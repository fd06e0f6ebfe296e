// URL handling for the crawler: one normal form per page, same-site scope, and the pattern key that
// groups look-alike URLs (news items, calendar pages) so they can be sampled instead of crawled to the end.

/** File extensions fetched as downloads rather than opened in the browser. */
const DOWNLOAD_EXTENSIONS =
  /\.(pdf|docx?|xlsx?|pptx?|odt|ods|odp|rtf|csv|zip|rar|7z|gz|tar|mp3|mp4|avi|mov|wmv|jpe?g|png|gif|webp|svg|tiff?)$/i;

export interface NormaliseOptions {
  /** Keep the query parameters in the order found (some sites depend on it); default sorts them. */
  keepQueryOrder?: boolean;
}

/**
 * The one form of a URL the crawler keys pages by: no fragment, lower-case host, default port dropped,
 * sorted query. Returns undefined for URLs that are not http(s) (mailto:, tel:, javascript:).
 */
export function normaliseUrl(href: string, base?: string, options: NormaliseOptions = {}): string | undefined {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  if (!options.keepQueryOrder) url.searchParams.sort();
  // An empty "?" adds nothing.
  if (url.search === '?') url.search = '';
  return url.href;
}

/** "Same site": same host, ignoring a leading "www." and the scheme (http and https of one host are one site). */
export function isSameSite(url: string, origin: string): boolean {
  const host = (value: string) => new URL(value).hostname.replace(/^www\./, '');
  try {
    return host(url) === host(origin);
  } catch {
    return false;
  }
}

export function looksLikeDownload(url: string): boolean {
  try {
    return DOWNLOAD_EXTENSIONS.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * The pattern a URL belongs to: numbers, dates and long slugs in the path become "*", query values
 * become "*". "/news/2026/11/budget-released" and "/news/2025/01/new-office" share "/news/*\/*\/*".
 */
export function patternKey(url: string): string {
  const parsed = new URL(url);
  let item = false;
  const segments = parsed.pathname.split('/').map((segment) => {
    // Numbers, dates and slugs of titles ("budget-2026-released-today") name content items, not sections;
    // whatever follows an item in the path belongs to that item.
    item ||= /\d/.test(segment) || segment.split('-').length >= 4;
    return item && segment ? '*' : segment;
  });
  const keys = [...new Set([...parsed.searchParams.keys()])].sort();
  return segments.join('/') + (keys.length ? `?${keys.map((key) => `${key}=*`).join('&')}` : '');
}

/** Words in URLs and link texts of the pages every audit must include when the site has them. */
const ESSENTIAL_PAGES: { name: string; pattern: RegExp }[] = [
  { name: 'contact', pattern: /contact|reach[-\s]?us|འབྲེལ་བ|ཁ་བྱང/i },
  { name: 'about', pattern: /about|who[-\s]?we[-\s]?are|mandate|ངོ་སྤྲོད|སྐོར/i },
  { name: 'privacy', pattern: /privacy|སྒེར་/i },
  { name: 'accessibility', pattern: /accessibility|འཛུལ་སྤྱོད/i },
  { name: 'terms', pattern: /terms|copyright|disclaimer|hyperlink|policy|policies|ཁྲིམས|འགན་མེད/i },
  { name: 'feedback', pattern: /feedback|grievance|བསམ་འཆར/i },
  { name: 'sitemap', pattern: /site[-\s]?map|ས་ཁྲ/i },
];

/** Which essential page a link seems to lead to, judged by its URL path and its text. */
export function essentialPageName(url: string, linkText = ''): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  return ESSENTIAL_PAGES.find(({ pattern }) => pattern.test(path) || pattern.test(linkText))?.name;
}

/** Tests a URL against include/exclude regex lists (include empty = everything). */
export function isWanted(url: string, include: RegExp[], exclude: RegExp[]): boolean {
  if (exclude.some((pattern) => pattern.test(url))) return false;
  return include.length === 0 || include.some((pattern) => pattern.test(url));
}
