import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../support/static-server.ts';

export { snapshotSite } from '../support/site-snapshot.ts';

/** Every built page as a URL path, with its HTML. */
export function builtPages(dist: string): { path: string; html: string }[] {
  return htmlPages(readdirSync(dist, { recursive: true, encoding: 'utf8' })).map((path) => ({
    path,
    html: readPage(dist, path),
  }));
}

/** The HTML served for a URL path such as /en/news/. */
export function readPage(dist: string, path: string): string {
  const file = join(dist, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return readFileSync(file, 'utf8');
}

/** Whether a static host would answer a URL path with a file from dist. */
export function servesPath(dist: string, path: string): boolean {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(join(file, 'index.html'));
  return existsSync(file);
}

/** Values of one attribute on every element matching `tag` (e.g. all `a` hrefs). */
export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const values: string[] = [];
  for (const match of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    const value = new RegExp(`\\s${attribute}="([^"]*)"`, 'i').exec(match[0]);
    if (value) values.push((value[1] as string).replace(/&amp;/g, '&'));
  }
  return values;
}

/** The text inside <main>, tags removed, for "is this item listed here" checks. */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<template[\s\S]*?<\/template>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * The language in effect (the nearest `lang` attribute, shadow hosts included) for every text node
 * of the page's <body> that reads exactly `text` once trimmed; one entry per occurrence.
 */
export function textLanguages(html: string, text: string): string[] {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
  const rootLang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
  const open: { tag: string; lang: string }[] = [];
  const found: string[] = [];
  const current = () => open.at(-1)?.lang ?? rootLang;
  for (const token of body.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/g)) {
    const [, closing, tag, attributes, textNode] = token;
    if (textNode !== undefined) {
      if (decodeEntities(textNode).trim() === text) found.push(current());
    } else if (tag && closing) {
      const index = open.findLastIndex((element) => element.tag === tag.toLowerCase());
      if (index >= 0) open.length = index;
    } else if (tag && !VOID_ELEMENTS.has(tag.toLowerCase()) && !attributes?.trimEnd().endsWith('/')) {
      const lang = /\slang="([^"]*)"/.exec(attributes ?? '')?.[1];
      open.push({ tag: tag.toLowerCase(), lang: lang ?? current() });
    }
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
