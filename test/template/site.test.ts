// The built template, read as files: languages, fallbacks, archive, feeds, sitemaps, links,
// images and the absence of inline scripts and third-party requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../packages/astro/src/content/load.ts';
import { validateSiteConfig } from '../../packages/astro/src/config.ts';
import { TIME_BOUND } from '../../packages/astro/src/content/schemas.ts';
import siteConfig from '../../sites/template/site.config.ts';
import { TEMPLATE_DIR } from '../support/paths.ts';
import { attributeValues, builtPages, mainText, readPage, servesPath, snapshotSite } from './built-site.ts';

const site = snapshotSite(inject('templateDist'));
const dist = site.dir;
afterAll(() => site.remove());
const pages = builtPages(dist);
const content = loadContent({
  root: TEMPLATE_DIR,
  contentDir: join(TEMPLATE_DIR, 'src/content'),
  publicDir: join(TEMPLATE_DIR, 'public'),
  config: validateSiteConfig(siteConfig),
});
const now = new Date();

test('builds a moderate number of pages in both languages', () => {
  const en = pages.filter(({ path }) => path.startsWith('/en/'));
  const dz = pages.filter(({ path }) => path.startsWith('/dz/'));
  expect(en.length).toBeGreaterThan(30);
  expect(dz.map(({ path }) => path.replace('/dz/', '/en/'))).toEqual(en.map(({ path }) => path));
  expect(pages.length).toBeLessThanOrEqual(85);
});

describe('every page', () => {
  test.each(pages.filter(({ path }) => path !== '/'))('%s', ({ path, html }) => {
    const lang = path.split('/')[1] as 'en' | 'dz';
    const other = lang === 'en' ? 'dz' : 'en';
    expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
    expect(html).toContain(`hreflang="${other}" href="https://yulsum.gov.bt/${other}/${path.slice(4)}"`);
    expect(html).toContain('hreflang="x-default"');
    // The language switcher leads to the same page in the other language.
    expect(attributeValues(html, 'a', 'href')).toContain(`/${other}/${path.slice(4)}`);
    expect(html).toMatch(
      /<body>\s*<nav class="druk-skip-nav" aria-label="[^"]+">\s*<a class="druk-skip" href="#main">/,
    );
    expect(html).toMatch(/<main id="main"/);
    for (const component of ['druk-masthead', 'druk-header', 'druk-navigation', 'druk-footer']) {
      expect(html).toContain(`<${component}`);
    }
    expect(html).toContain('shadowrootmode="open"');
  });
});

test('content pages show a "last updated" date from the content, in the page language', () => {
  const page = readPage(dist, '/en/services/building-permit/');
  // Lit's server render keeps its part markers (<!--lit-part-->) around the text.
  const text = (html: string) => html.replace(/<!--[^>]*-->/g, '');
  expect(text(page)).toMatch(/<time datetime="2026-09-01"\s*>1 September 2026<\/time/);
  const dz = readPage(dist, '/dz/services/building-permit/');
  expect(text(dz)).toMatch(/<time datetime="2026-09-01"\s*>[^<]*༢༠༢༦[^<]*<\/time/);
});

test('a page missing in Dzongkha shows the English text marked lang="en", with a notice', () => {
  const html = readPage(dist, '/dz/services/census-transfer/');
  expect(html).toMatch(/<html lang="dz"/);
  expect(html).toMatch(/<article class="druk-prose" lang="en">/);
  expect(html).toContain('ཤོག་ལེབ་འདི་ རྫོང་ཁ་ལུ་ད་ཚུན་མ་བསྒྱུར་བས།');
  expect(html).toContain('<p lang="en">This page is not yet available in Dzongkha. The English text is shown.</p>');
  expect(html).toContain('data-druk-fallback');
  // Its labels stay Dzongkha and say so.
  expect(html).toMatch(/<dt lang="dz">ཞུ་ཡིག་ཕུལ་ཆོག་མི།<\/dt>/);
});

describe('time-bound content moves to the archive after closing', () => {
  test.each(TIME_BOUND)('%s', (collection) => {
    const { open, closed } = content.partition(collection, 'en', now);
    expect(closed.length, 'the sample content has closed items').toBeGreaterThan(0);
    const listing = mainText(readPage(dist, `/en/${collection}/`));
    const home = mainText(readPage(dist, '/en/'));
    const archive = mainText(readPage(dist, '/en/archive/'));
    const feed = readFileSync(join(dist, 'en', collection, 'rss.xml'), 'utf8');
    for (const { entry } of closed) {
      expect(listing).not.toContain(entry.data.title);
      expect(home).not.toContain(entry.data.title);
      expect(feed).not.toContain(`/en/${collection}/${entry.slug}/`);
      expect(archive).toContain(entry.data.title);
      expect(servesPath(dist, `/en/${collection}/${entry.slug}/`)).toBe(true);
    }
    for (const { entry } of open) {
      expect(listing).toContain(entry.data.title);
      expect(archive).not.toContain(entry.data.title);
      expect(feed).toContain(`/en/${collection}/${entry.slug}/`);
    }
  });
});

test('feeds are RSS 2.0 and Atom for news, notices, tenders and vacancies', () => {
  for (const lang of ['en', 'dz']) {
    for (const collection of ['news', 'notices', 'tenders', 'vacancies']) {
      const rss = readFileSync(join(dist, lang, collection, 'rss.xml'), 'utf8');
      const atom = readFileSync(join(dist, lang, collection, 'atom.xml'), 'utf8');
      expect(rss).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<rss version="2.0"/);
      expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
      expect(rss).toContain(`<language>${lang}</language>`);
    }
  }
  expect(readFileSync(join(dist, 'en/news/rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(2);
});

test('sitemap.xml lists every page with its alternate and content date; robots.txt points to it', () => {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  for (const { path } of pages.filter(({ path }) => path !== '/')) {
    expect(sitemap).toContain(`<loc>https://yulsum.gov.bt${path}</loc>`);
  }
  expect(sitemap).toMatch(
    /<loc>https:\/\/yulsum.gov.bt\/en\/news\/paddy-harvest\/<\/loc>\s*<lastmod>2026-11-05<\/lastmod>\s*<xhtml:link rel="alternate" hreflang="en"/,
  );
  expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://yulsum.gov.bt/sitemap.xml');
  const html = mainText(readPage(dist, '/en/sitemap/'));
  expect(html).toContain('Apply for a building permit');
  expect(html).toContain('Accessibility statement');
});

test('every internal link and fragment resolves in the built site', () => {
  const broken: string[] = [];
  for (const { path, html } of pages) {
    const links = [...attributeValues(html, 'a', 'href'), ...attributeValues(html, 'link', 'href')];
    for (const link of links) {
      if (/^(https?:|mailto:|tel:)/.test(link)) continue;
      const url = new URL(link, `https://yulsum.gov.bt${path}`);
      if (!servesPath(dist, url.pathname)) broken.push(`${path} -> ${link}`);
      else if (url.hash && url.pathname.endsWith('/')) {
        const target = readPage(dist, url.pathname);
        if (!target.includes(`id="${url.hash.slice(1)}"`)) broken.push(`${path} -> ${link} (no such id)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('no inline scripts and no third-party requests on any page', () => {
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
      ...attributeValues(html, 'link', 'href').filter((href) => !href.startsWith('https://yulsum.gov.bt/')),
    ];
    for (const resource of resources) expect(resource, `${path} loads ${resource}`).toMatch(/^\/[^/]/);
  }
  // Only the search page and the form pages (whose controls give messages in the page's language)
  // carry a script; others ship none.
  const withScripts = pages.filter(({ html }) => html.includes('<script')).map(({ path }) => path);
  expect(withScripts).toEqual(
    ['contact', 'feedback', 'search'].flatMap((name) => [`/dz/${name}/`, `/en/${name}/`]).sort(),
  );
});

test('pictures are responsive AVIF/WebP with sizes, lazy below the fold', () => {
  const html = readPage(dist, '/en/gallery/');
  const pictures = html.match(/<picture>[\s\S]*?<\/picture>/g) ?? [];
  expect(pictures.length).toBe(4);
  for (const picture of pictures) {
    expect(picture).toMatch(/<source srcset="[^"]+\.avif 320w, [^"]+\.avif 640w" type="image\/avif" sizes="/);
    expect(picture).toMatch(/<source srcset="[^"]+\.webp 320w, [^"]+\.webp 640w" type="image\/webp"/);
    expect(picture).toMatch(/<img [^>]*width="\d+"[^>]*height="\d+"/);
  }
  expect(pictures.slice(2).every((picture) => picture.includes('loading="lazy"'))).toBe(true);
  expect(pictures[0]).toContain('loading="eager"');
});

test('downloads show format and size computed at build', () => {
  const html = mainText(readPage(dist, '/en/downloads/'));
  expect(html).toMatch(/Annual report 2025 \(PDF, 882 B\)/);
  expect(html).toMatch(/Population and households by gewog, 2025 \(CSV, 79 B\)/);
  expect(mainText(readPage(dist, '/dz/downloads/'))).toMatch(/\(PDF, ༨༠༨ B\)/);
});

test('contact and feedback forms post without JavaScript to the endpoint, with a honeypot', () => {
  for (const path of ['/en/contact/', '/dz/feedback/']) {
    const html = readPage(dist, path);
    expect(html).toMatch(/<form class="druk-form" method="post" action="https:\/\/forms.yulsum.gov.bt\/submit"/);
    expect(html).toMatch(
      /<div class="druk-honeypot" aria-hidden="true">[\s\S]*name="website" type="text" tabindex="-1"/,
    );
  }
});

test('icons, manifest and security-header files are written from the config', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'));
  expect(manifest).toMatchObject({ name: 'Yulsum Dzongkhag Administration', start_url: '/en/' });
  for (const icon of ['favicon-32.png', 'apple-touch-icon.png', 'icon-192.png', 'icon-512.png']) {
    expect(servesPath(dist, `/${icon}`)).toBe(true);
  }
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  expect(headers).toContain("frame-ancestors 'none'");
  expect(readFileSync(join(dist, '.htaccess'), 'utf8')).toContain('Header always set Strict-Transport-Security');
  expect(readFileSync(join(TEMPLATE_DIR, 'deploy/nginx.conf'), 'utf8')).toContain('add_header Content-Security-Policy');
});
