import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { launchChromium } from '../../chromium/src/index.js';
import { serveStatic } from '../../../test/support/static-server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdown, sampleConfig } from './fixtures.ts';
import { astroBuild, scratchSite, siteFiles } from './scratch-site.ts';

// Each test builds a small site with Astro, which takes a while on a busy 2-core machine.
const BUILD_TIME = 240_000;

describe('a build with broken internal links', { timeout: BUILD_TIME }, () => {
  const site = scratchSite({
    ...siteFiles({
      ...sampleConfig(),
      navigation: [
        { label: { en: 'News', dz: 'གསར་འགྱུར།' }, href: 'news/' },
        { label: { en: 'About', dz: 'སྐོར།' }, items: [{ label: { en: 'History', dz: 'ལོ་རྒྱུས།' }, href: 'history/' }] },
      ],
    }),
    'src/content/en/about/agency.md': markdown(
      { title: 'About us', vision: 'A happy dzongkhag', mission: 'Serve', mandate: ['Serve'] },
      'We serve the dzongkhag.',
    ),
    // Line numbers matter: the front matter takes lines 1 to 4, the body starts on line 5.
    'src/content/en/news/harvest.md': markdown(
      { title: 'Harvest', published: '2026-11-01' },
      [
        'Read [about us](/en/about/) and [how to reach us](/en/contact/#main).', // line 5: fine
        'The [old page](/en/no-such-page/) moved.', // line 6
        '',
        'See [the history](/en/about/#history) and', // line 8: no such anchor
        '[the full address](https://example.gov.bt/en/nowhere/) and [elsewhere](https://example.org/x).', // line 9
        '',
        '[Back](../) to the news, [up](#no-anchor-here).', // line 11: "../" is fine, the anchor is not
      ].join('\n'),
    ),
  });
  let result: Awaited<ReturnType<typeof astroBuild>>;
  beforeAll(async () => {
    result = await astroBuild(site.root);
  }, BUILD_TIME);
  afterAll(() => site.remove());

  it('fails, naming each broken Markdown link with its file and line', () => {
    expect(result.code).not.toBe(0);
    const file = 'src/content/en/news/harvest.md';
    expect(result.output).toContain(`${file}:6: /en/no-such-page/ — no page or file of the site has this address`);
    expect(result.output).toContain(`${file}:8: /en/about/#history — the page /en/about/ has no anchor #history`);
    expect(result.output).toContain(`${file}:9: https://example.gov.bt/en/nowhere/`);
    expect(result.output).toContain(`${file}:11: #no-anchor-here — the page /en/news/harvest/ has no anchor`);
  });

  it('names the line of site.config.ts whose navigation links to a missing page, in each language', () => {
    const line =
      readFileSync(join(site.root, 'site.config.ts'), 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('"history/"')) + 1;
    expect(result.output).toContain(
      `site.config.ts:${line}: /en/history/ — no page or file of the site has this address`,
    );
    expect(result.output).toContain(`site.config.ts:${line}: /dz/history/`);
  });

  it('accepts existing pages and anchors, relative links and other sites', () => {
    expect(result.output).toContain('6 links point to a page or anchor that does not exist');
    expect(result.output).not.toMatch(/harvest\.md:5:/);
    expect(result.output).not.toContain('example.org');
  });
});

describe('a build with a sub-menu, and with large and unused pictures', { timeout: BUILD_TIME }, () => {
  let site: ReturnType<typeof scratchSite>;
  let result: Awaited<ReturnType<typeof astroBuild>>;
  let original: number;
  beforeAll(async () => {
    // A 3000 px camera-sized JPEG made heavier than the warning limit: bytes after its end
    // marker stand in for a photo's detail (decoders ignore them, the file size counts them).
    const photo = async (background: string) => {
      const jpeg = await sharp({ create: { width: 3000, height: 2000, channels: 3, background } })
        .jpeg({ quality: 90 })
        .toBuffer();
      return Buffer.concat([jpeg, Buffer.alloc(6 * 1024 * 1024)]);
    };
    const terraces = await photo('#2f6b3a');
    original = terraces.length;
    site = scratchSite({
      ...siteFiles({
        ...sampleConfig(),
        navigation: [
          {
            label: { en: 'News', dz: 'གསར་འགྱུར།' },
            items: [{ label: { en: 'Dzongkhag news', dz: 'གསར་འགྱུར་ཆ་མཉམ།' }, href: 'news/' }],
          },
          { label: { en: 'Contact', dz: 'འབྲེལ་བ།' }, href: 'contact/' },
        ],
        analytics: {
          enabled: true,
          scriptUrl: 'https://stats.example.gov.bt/js/script.js',
          attributes: { 'data-domain': 'example.gov.bt' },
        },
      }),
      'src/content/images/terraces.jpg': terraces,
      'src/content/images/unused.jpg': await photo('#1d3f7d'),
      'src/content/en/news/harvest.md': markdown(
        { title: 'Harvest', published: '2026-11-01', image: 'images/terraces.jpg', imageAlt: 'Terraces' },
        'The harvest is in.',
      ),
    });
    result = await astroBuild(site.root);
  }, BUILD_TIME);
  afterAll(() => site.remove());

  it('builds, warning about the heavy picture and naming the file that uses it', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(
      /src\/content\/en\/news\/harvest\.md: image: the picture images\/terraces\.jpg is 6\.\d MB/,
    );
  });

  it('renders the navigation of site.config.ts, with its sub-menu, after the Home link', () => {
    const html = readFileSync(join(site.root, 'dist/dz/contact/index.html'), 'utf8');
    const items = JSON.parse(/<druk-navigation[^>]*\sitems="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"') ?? '[]');
    expect(items).toEqual([
      { href: '/dz/', label: expect.any(String), current: false },
      { label: 'གསར་འགྱུར།', current: false, items: [{ label: 'གསར་འགྱུར་ཆ་མཉམ།', href: '/dz/news/', current: false }] },
      { label: 'འབྲེལ་བ།', href: '/dz/contact/', current: true },
    ]);
    expect(html).toMatch(/<details\s+class="submenu"/);
  });

  it('opens the sub-menu with the keyboard in a browser with JavaScript off', async () => {
    const server = await serveStatic(join(site.root, 'dist'));
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1024, height: 700 } });
      const page = await context.newPage();
      await page.goto(new URL('/en/', server.url).href);
      const toggle = page.locator('druk-navigation summary', { hasText: 'News' });
      const link = page.locator('druk-navigation a', { hasText: 'Dzongkhag news' });
      // checkVisibility: a closed <details> hides its content with content-visibility, which a
      // bounding-box test does not see.
      const shown = () => link.evaluate((element) => element.checkVisibility());
      expect(await shown()).toBe(false);
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await shown()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await link.evaluate((element) => element.matches(':focus'))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('loads the analytics script on every page, deferred, and lets it through the CSP', () => {
    const pages = ['dist/en/index.html', 'dist/dz/contact/index.html', 'dist/en/news/harvest/index.html'];
    for (const page of pages) {
      const html = readFileSync(join(site.root, page), 'utf8');
      expect(html, page).toMatch(
        /<script defer src="https:\/\/stats\.example\.gov\.bt\/js\/script\.js" data-domain="example\.gov\.bt"><\/script>/,
      );
    }
    const csp = /Content-Security-Policy: (.*)/.exec(readFileSync(join(site.root, 'dist/_headers'), 'utf8'))?.[1];
    expect(csp).toMatch(/script-src 'self'[^;]* https:\/\/stats\.example\.gov\.bt/);
    expect(csp).toMatch(/connect-src 'self' https:\/\/stats\.example\.gov\.bt/);
  });

  it('gives the fallback <img> the largest srcset width, not the original size', () => {
    const html = readFileSync(join(site.root, 'dist/en/news/harvest/index.html'), 'utf8');
    const img = /<img src="([^"]+)"[^>]*>/.exec(html.slice(html.indexOf('<picture')));
    expect(img?.[0]).toContain('width="1200"');
    const fallback = statSync(join(site.root, 'dist', img?.[1] as string)).size;
    expect(fallback).toBeLessThan(200_000);
  });

  it('publishes no original picture', () => {
    const assets = join(site.root, 'dist/_astro');
    const published = readdirSync(assets).filter((name) => /\.jpe?g$/.test(name));
    expect(published.length).toBeGreaterThan(0);
    for (const name of published) expect(statSync(join(assets, name)).size).toBeLessThan(original);
    expect(published.some((name) => name.startsWith('unused'))).toBe(false);
    expect(existsSync(join(site.root, 'dist/images'))).toBe(false);
  });
});
