// What every built site must satisfy, read as files and checked against its own site.config.ts and
// content (never against the sample's words): languages and their alternates, fallbacks marked with
// their language, the archive, feeds, sitemaps, links, and no inline scripts or third-party requests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../../packages/locale/src/types.ts';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../packages/astro/src/content/load.ts';
import { COLLECTIONS, TIME_BOUND } from '../../packages/astro/src/content/schemas.ts';
import { LISTED } from '../../packages/astro/src/routes.ts';
import { sitesUnderTest } from '../support/sites.ts';
import {
  attributeValues,
  builtPages,
  mainText,
  readPage,
  servesPath,
  snapshotSite,
  textLanguages,
} from './built-site.ts';

const other = (lang: Lang): Lang => (lang === 'en' ? 'dz' : 'en');

describe.each(sitesUnderTest())('$id site', (site) => {
  const copy = snapshotSite(site.dist);
  const dist = copy.dir;
  afterAll(() => copy.remove());
  const pages = builtPages(dist);
  const { config } = site;
  const origin = config.url.replace(/\/$/, '');
  const content = loadContent({
    root: site.dir,
    contentDir: join(site.dir, 'src/content'),
    publicDir: join(site.dir, 'public'),
    config,
  });
  const now = new Date();

  test('builds every page in both languages, at the same paths', () => {
    const en = pages.filter(({ path }) => path.startsWith('/en/'));
    const dz = pages.filter(({ path }) => path.startsWith('/dz/'));
    expect(en.length).toBeGreaterThan(5);
    expect(dz.map(({ path }) => path.replace('/dz/', '/en/'))).toEqual(en.map(({ path }) => path));
  });

  describe('every page', () => {
    test.each(pages.filter(({ path }) => path !== '/'))('%s', ({ path, html }) => {
      const lang = path.split('/')[1] as Lang;
      const rest = path.slice(4);
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      expect(html).toContain(`hreflang="${other(lang)}" href="${origin}/${other(lang)}/${rest}"`);
      expect(html).toContain(`hreflang="x-default"`);
      // The language switcher leads to the same page in the other language.
      expect(attributeValues(html, 'a', 'href')).toContain(`/${other(lang)}/${rest}`);
      expect(html).toMatch(
        /<body>\s*<nav class="druk-skip-nav" aria-label="[^"]+">\s*<a class="druk-skip" href="#main">/,
      );
      expect(html).toMatch(/<main id="main"/);
      for (const component of ['druk-masthead', 'druk-header', 'druk-navigation', 'druk-footer']) {
        expect(html).toContain(`<${component}`);
      }
      expect(html).toContain('shadowrootmode="open"');
      expect(html).toContain(`<title>`);
    });
  });

  // Entries written in one language only are shown on the other language's pages in their own
  // language; wherever their title appears there (headings, lists, breadcrumbs, the site map), a
  // screen reader must be told to switch voice.
  const fallbacks = COLLECTIONS.flatMap((collection) =>
    LANGS.flatMap((lang) =>
      content
        .list(collection, lang)
        .filter(({ fallback }) => fallback)
        .map(({ entry }) => ({ lang, entry, collection })),
    ),
  );
  describe.runIf(fallbacks.length > 0)('text in the other language is marked with its language', () => {
    test.each(fallbacks.map((fallback) => [`${fallback.lang}: ${fallback.entry.file}`, fallback] as const))(
      '%s',
      (_, { lang, entry }) => {
        const marked = pages
          .filter(({ path }) => path.startsWith(`/${lang}/`))
          .flatMap(({ path, html }) => textLanguages(html, entry.data.title).map((language) => `${path} ${language}`));
        expect(marked.length, 'the title is shown somewhere').toBeGreaterThan(0);
        expect(marked.filter((line) => !line.endsWith(` ${entry.lang}`))).toEqual([]);
      },
    );
  });

  describe('time-bound content moves to the archive after closing', () => {
    const timeBound = TIME_BOUND.filter((collection) => content.list(collection, 'en').length > 0);
    // A site with no notices, tenders or vacancies (a fork may have none yet) still has its archive.
    if (timeBound.length === 0) {
      test('no time-bound content: the archive is built in both languages', () => {
        for (const lang of LANGS) expect(servesPath(dist, `/${lang}/archive/`)).toBe(true);
      });
    }
    test.each(timeBound)('%s', (collection) => {
      for (const lang of LANGS) {
        const { open, closed } = content.partition(collection, lang, now);
        const listing = mainText(readPage(dist, `/${lang}/${collection}/`));
        const home = mainText(readPage(dist, `/${lang}/`));
        const archive = mainText(readPage(dist, `/${lang}/archive/`));
        const feed = readFileSync(join(dist, lang, collection, 'rss.xml'), 'utf8');
        for (const { entry } of closed) {
          expect(listing).not.toContain(entry.data.title);
          expect(home).not.toContain(entry.data.title);
          expect(feed).not.toContain(`/${lang}/${collection}/${entry.slug}/`);
          expect(archive).toContain(entry.data.title);
          expect(servesPath(dist, `/${lang}/${collection}/${entry.slug}/`)).toBe(true);
        }
        for (const { entry, fallback } of open) {
          expect(listing).toContain(entry.data.title);
          expect(archive).not.toContain(entry.data.title);
          // A feed carries only the entries written in its own language.
          if (fallback) expect(feed).not.toContain(`/${lang}/${collection}/${entry.slug}/`);
          else expect(feed).toContain(`/${lang}/${collection}/${entry.slug}/`);
        }
      }
    });
  });

  test('every listed section with items has RSS 2.0 and Atom feeds in both languages', () => {
    const sections = LISTED.filter((collection) => content.list(collection, 'en').length > 0);
    expect(sections.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const collection of sections) {
        const rss = readFileSync(join(dist, lang, collection, 'rss.xml'), 'utf8');
        const atom = readFileSync(join(dist, lang, collection, 'atom.xml'), 'utf8');
        expect(rss).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);
        expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
        expect(rss).toContain(`<language>${lang}</language>`);
      }
    }
  });

  test('sitemap.xml lists every page at the configured address; robots.txt points to it; the site map pages link every page', () => {
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    const contentPages = pages.filter(({ path }) => path !== '/' && !/\/page\/\d+\/$/.test(path));
    for (const { path } of contentPages) expect(sitemap).toContain(`<loc>${origin}${path}</loc>`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap.xml`);
    for (const lang of LANGS) {
      const links = attributeValues(readPage(dist, `/${lang}/sitemap/`), 'a', 'href');
      const ofLang = contentPages.filter(({ path }) => path.startsWith(`/${lang}/`)).map(({ path }) => path);
      expect(ofLang.filter((path) => !links.includes(path))).toEqual([]);
    }
  });

  test('every internal link and fragment resolves in the built site', () => {
    const broken: string[] = [];
    for (const { path, html } of pages) {
      const links = [...attributeValues(html, 'a', 'href'), ...attributeValues(html, 'link', 'href')];
      for (const link of links) {
        if (/^(mailto:|tel:)/.test(link)) continue;
        const url = new URL(link, `${origin}${path}`);
        // Absolute links to the site's own address must resolve too (canonical, alternates).
        if (url.origin !== origin) continue;
        if (!servesPath(dist, url.pathname)) broken.push(`${path} -> ${link}`);
        else if (url.hash && url.pathname.endsWith('/')) {
          const target = readPage(dist, url.pathname);
          if (!target.includes(`id="${url.hash.slice(1)}"`)) broken.push(`${path} -> ${link} (no such id)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('no inline scripts and no third-party requests on any page; scripts only on search and form pages', () => {
    for (const { path, html } of pages) {
      for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(script[1], `${path}: every script is an external file`).toMatch(/\ssrc="\/_astro\//);
        expect(script[2]).toBe('');
      }
      expect(html, `${path}: no inline event handlers`).not.toMatch(/\son[a-z]+="/);
      const resources = [
        ...attributeValues(html, 'script', 'src'),
        ...attributeValues(html, 'img', 'src'),
        ...attributeValues(html, 'source', 'srcset').flatMap((set) =>
          set.split(',').map((part) => part.trim().split(' ')[0] ?? ''),
        ),
        ...attributeValues(html, 'link', 'href').filter((href) => !href.startsWith(`${origin}/`)),
      ];
      for (const resource of resources) expect(resource, `${path} loads ${resource}`).toMatch(/^\/[^/]/);
    }
    const withScripts = pages.filter(({ html }) => html.includes('<script')).map(({ path }) => path);
    expect(withScripts.filter((path) => !/^\/(en|dz)\/(contact|feedback|search)\/$/.test(path))).toEqual([]);
    expect(withScripts).toEqual(expect.arrayContaining(['/en/search/', '/dz/search/']));
  });

  test.runIf(config.forms)(
    'the contact and feedback forms post without JavaScript to the configured endpoint, with a honeypot',
    () => {
      const formPages = pages.filter(({ path }) => /^\/(en|dz)\/(contact|feedback)\/$/.test(path));
      expect(formPages.length).toBeGreaterThan(0);
      for (const { html } of formPages) {
        expect(html).toContain(`<form class="druk-form" method="post" action="${config.forms?.endpoint}"`);
        expect(html).toMatch(
          /<div class="druk-honeypot" aria-hidden="true">[\s\S]*name="website" type="text" tabindex="-1"/,
        );
      }
    },
  );

  test('icons, manifest and security-header files are written from the config', () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({
      name: config.name.en,
      short_name: config.shortName.en,
      start_url: `/${config.defaultLang}/`,
    });
    for (const icon of ['favicon-32.png', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png']) {
      expect(servesPath(dist, `/${icon}`)).toBe(true);
    }
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain("frame-ancestors 'none'");
    expect(readFileSync(join(dist, '.htaccess'), 'utf8')).toContain('Header always set Strict-Transport-Security');
    expect(existsSync(join(site.dir, 'deploy/nginx.conf'))).toBe(true);
    expect(readFileSync(join(site.dir, 'deploy/nginx.conf'), 'utf8')).toContain('add_header Content-Security-Policy');
  });
});
