import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '@druk/locale';
import type { SiteConfig } from '../config.ts';
import type { Entry, SiteContent } from '../content/load.ts';
import type { PageRoute } from '../routes.ts';

/** One broken link: where it is written (`file:line`, or a built page) and what is wrong with it. */
export interface BrokenLink {
  source: string;
  href: string;
  problem: string;
}

/** A link written in a webmaster-edited file other than Markdown (site.config.ts navigation). */
export interface ConfigLink {
  href: string;
  /** Where it is written, e.g. `site.config.ts:31`. */
  source: string;
}

/** Thrown after the build when links point to pages or anchors that do not exist. */
export class BrokenLinksError extends Error {
  readonly links: BrokenLink[];

  constructor(links: BrokenLink[]) {
    const lines = links.map((link) => `  - ${link.source}: ${link.href} — ${link.problem}`);
    super(
      `${links.length === 1 ? 'A link points' : `${links.length} links point`} to a page or anchor that does not exist; fix or remove ${links.length === 1 ? 'it' : 'them'}:\n${lines.join('\n')}`,
    );
    this.name = 'BrokenLinksError';
    this.links = links;
  }
}

/** The built site as a static host serves it: URL path of each page and the ids in it. */
class BuiltSite {
  private readonly ids = new Map<string, Set<string>>();
  readonly dist: string;

  constructor(dist: string, pages: readonly string[]) {
    this.dist = dist;
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decodeEntities(match[1] as string)));
      this.ids.set(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, ids);
    }
  }

  /** Why `url` (already resolved against the site's address) cannot be followed, or undefined. */
  problem(url: URL): string | undefined {
    const path = decodeURIComponent(url.pathname);
    // A page is reached with or without its trailing slash; hosts redirect the latter.
    const page = this.ids.has(path) ? path : this.ids.has(`${path}/`) ? `${path}/` : undefined;
    if (!page) {
      const file = join(this.dist, path);
      if (existsSync(file) && statSync(file).isFile()) return undefined;
      return 'no page or file of the site has this address';
    }
    const anchor = decodeURIComponent(url.hash.slice(1));
    if (anchor && !this.ids.get(page)?.has(anchor)) return `the page ${page} has no anchor #${anchor}`;
    return undefined;
  }
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `href` resolved against `pagePath` on the site, or undefined when it leaves the site (other host, mailto:). */
function internalUrl(href: string, pagePath: string, siteUrl: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(href, new URL(pagePath, siteUrl));
  } catch {
    return undefined;
  }
  return url.origin === new URL(siteUrl).origin ? url : undefined;
}

/** URL paths of the pages that show an entry's body (its own page, or a section page listing bodies). */
function pagesShowing(entry: Entry, routes: readonly PageRoute[], content: SiteContent): string[] {
  return routes
    .filter(
      (route) =>
        (route.collection ?? route.kind) === entry.collection &&
        (route.slug ? route.slug === entry.slug : route.kind !== 'listing') &&
        content.list(entry.collection, route.lang).some((shown) => shown.entry === entry),
    )
    .map((route) => `/${route.lang}/${route.path}`);
}

/** Every `<a href>` of a built page (including those in server-rendered shadow roots). */
function pageLinks(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?\bhref="([^"]*)"/gi)].map((match) => decodeEntities(match[1] as string));
}

/**
 * Checks every internal link and anchor of a built site. Links written in Markdown are reported
 * with their file and line, links of site.config.ts with theirs; any other broken link on a built
 * page (from the template) is reported once with the pages it is on.
 */
export function checkLinks(options: {
  dist: string;
  pages: readonly string[];
  siteUrl: string;
  content: SiteContent;
  routes: readonly PageRoute[];
  configLinks?: readonly ConfigLink[];
}): BrokenLink[] {
  const { dist, pages, siteUrl, content, routes } = options;
  const site = new BuiltSite(dist, pages);
  const broken: BrokenLink[] = [];
  const reported = new Set<string>();
  const report = (source: string, href: string, problem: string) => {
    broken.push({ source, href, problem });
    reported.add(href);
  };

  for (const link of options.configLinks ?? []) {
    const url = internalUrl(link.href, '/', siteUrl);
    const problem = url && site.problem(url);
    if (problem) report(link.source, link.href, problem);
  }

  for (const entry of content.entries()) {
    const shownOn = pagesShowing(entry, routes, content);
    for (const link of entry.links) {
      // A link to an anchor of the same page depends on the page; check it wherever the text is shown.
      const bases = shownOn.length ? shownOn : link.href.startsWith('#') ? [] : [`/${entry.lang}/`];
      for (const base of bases) {
        const url = internalUrl(link.href, base, siteUrl);
        const problem = url && site.problem(url);
        if (problem) {
          report(`${entry.file}:${link.line}`, link.href, problem);
          break;
        }
      }
    }
  }

  const template = new Map<string, { pages: string[]; problem: string }>();
  for (const page of pages) {
    const path = `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
    for (const href of new Set(pageLinks(readFileSync(join(dist, page), 'utf8')))) {
      if (reported.has(href)) continue;
      const url = internalUrl(href, path, siteUrl);
      const problem = url && site.problem(url);
      if (!problem) continue;
      const key = `${href}\n${problem}`;
      const found = template.get(key) ?? { pages: [], problem };
      found.pages.push(`dist/${page}`);
      template.set(key, found);
    }
  }
  for (const [key, { pages: on, problem }] of template) {
    const source = on.length === 1 ? (on[0] as string) : `${on[0]} and ${on.length - 1} more pages`;
    broken.push({ source, href: key.split('\n')[0] as string, problem });
  }
  return broken;
}

/** The line of `fileText` on which `text` is written as a quoted string, for messages such as `site.config.ts:31`. */
function quotedLine(fileText: string, text: string): number | undefined {
  const lines = fileText.split('\n');
  const index = lines.findIndex((line) => line.includes(`'${text}'`) || line.includes(`"${text}"`));
  return index === -1 ? undefined : index + 1;
}

/**
 * The pages that `navigation` of site.config.ts links to, in every language, each with the file
 * and line the target is written on (`fileText` is the config file's text; `file` its name).
 */
export function navigationLinks(config: SiteConfig, file: string, fileText: string): ConfigLink[] {
  const targets = (config.navigation ?? []).flatMap((item) => [
    ...(item.href === undefined ? [] : [item.href]),
    ...(item.items ?? []).map((link) => link.href),
  ]);
  return targets
    .filter((target) => !target.startsWith('https://'))
    .flatMap((target) => {
      const line = quotedLine(fileText, target);
      return LANGS.map((lang) => ({ href: `/${lang}/${target}`, source: line ? `${file}:${line}` : file }));
    });
}
