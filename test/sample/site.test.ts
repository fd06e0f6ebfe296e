// The Yulsum sample's own content, as built: what its pages say (the checks every site must pass
// are in test/template/, and run on the sample too).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../packages/astro/src/content/load.ts';
import { TIME_BOUND } from '../../packages/astro/src/content/schemas.ts';
import { sampleSite } from '../support/sites.ts';
import { builtPages, mainText, readPage, snapshotSite } from '../template/built-site.ts';

const sample = sampleSite();
const site = snapshotSite(sample.dist);
const dist = site.dir;
afterAll(() => site.remove());
const pages = builtPages(dist);
const content = loadContent({
  root: sample.dir,
  contentDir: join(sample.dir, 'src/content'),
  publicDir: join(sample.dir, 'public'),
  config: sample.config,
});

test('builds a moderate number of pages', () => {
  expect(pages.filter(({ path }) => path.startsWith('/en/')).length).toBeGreaterThan(30);
  expect(pages.length).toBeLessThanOrEqual(85);
});

test('is the Yulsum sample, at its own address', () => {
  expect(sample.config.url).toBe('https://yulsum.gov.bt/');
  expect(JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8'))).toMatchObject({
    name: 'Yulsum Dzongkhag Administration',
  });
  expect(readPage(dist, '/en/')).toContain('hreflang="dz" href="https://yulsum.gov.bt/dz/"');
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

describe('has closed items in the archive', () => {
  test.each(TIME_BOUND)('%s', (collection) => {
    const { closed } = content.partition(collection, 'en', new Date());
    expect(closed.length).toBeGreaterThan(0);
  });
});

test('feeds hold the open news items', () => {
  expect(readFileSync(join(dist, 'en/news/rss.xml'), 'utf8').match(/<item>/g)).toHaveLength(2);
});

test('sitemap.xml gives the content date; the site map page lists the pages by title', () => {
  const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  expect(sitemap).toMatch(
    /<loc>https:\/\/yulsum.gov.bt\/en\/news\/paddy-harvest\/<\/loc>\s*<lastmod>2026-11-05<\/lastmod>\s*<xhtml:link rel="alternate" hreflang="en"/,
  );
  const html = mainText(readPage(dist, '/en/sitemap/'));
  expect(html).toContain('Apply for a building permit');
  expect(html).toContain('Accessibility statement');
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
  expect(html).toMatch(/Annual report 2025 \(PDF, 1\.6 KB\)/);
  expect(html).toMatch(/Population and households by gewog, 2025 \(CSV, 79 B\)/);
  expect(mainText(readPage(dist, '/dz/downloads/'))).toMatch(/\(PDF, ༡\.༤ KB\)/);
});

test('the contact and feedback pages carry a script, and only they and search do', () => {
  const withScripts = pages.filter(({ html }) => html.includes('<script')).map(({ path }) => path);
  expect(withScripts).toEqual(
    ['contact', 'feedback', 'search'].flatMap((name) => [`/dz/${name}/`, `/en/${name}/`]).sort(),
  );
});
