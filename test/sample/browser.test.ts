// The Yulsum sample in Chromium: its FAQ and its search results for words of its own texts (what
// every site must do in a browser is in test/template/browser.test.ts, and runs on the sample too).
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { sampleSite } from '../support/sites.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { snapshotSite } from '../template/built-site.ts';
import { indexedDzongkhaPages, searchIn, syllables, tshegRuns, type Found } from '../template/search-page.ts';

const site = snapshotSite(sampleSite().dist);
const dist = site.dir;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  site.remove();
  await browser?.close();
  await server?.close();
});

async function withContext<T>(options: { javaScriptEnabled: boolean }, use: (context: BrowserContext) => Promise<T>) {
  const context = await browser.newContext(options);
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

async function search(path: string): Promise<Found> {
  return withContext({ javaScriptEnabled: true }, async (context) =>
    searchIn(await context.newPage(), new URL(path, server.url).href),
  );
}

test('the FAQ answers open with JavaScript off', async () => {
  await withContext({ javaScriptEnabled: false }, async (context) => {
    const page = await context.newPage();
    await page.goto(new URL('/en/faq/', server.url).href);
    const answer = page.getByText('Report the loss at the nearest police station');
    expect(await answer.isVisible()).toBe(false);
    await page.getByText('I lost my citizenship identity card').click();
    expect(await answer.isVisible()).toBe(true);
  });
});

describe('search', () => {
  const dzongkhaPages = indexedDzongkhaPages(dist);
  const containsPhrase = (text: string, phrase: string) =>
    ` ${syllables(text).join(' ')} `.includes(` ${syllables(phrase).join(' ')} `);

  test('the sample texts (Dzongkha Wikipedia excerpts) are among the pages searched by syllable', () => {
    const prosePages = dzongkhaPages.filter(({ text }) => tshegRuns(text).length > 0);
    expect(prosePages.length).toBeGreaterThan(5);
    expect(prosePages.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['/dz/news/tshechu-songs/', '/dz/about/']),
    );
  });

  test('matches the syllables of a query as a phrase, in order, and shows the text of the pages', async () => {
    const phrase = 'གླུ་གཞས';
    const reversed = 'གཞས་གླུ';
    expect(dzongkhaPages.some(({ text }) => containsPhrase(text, reversed))).toBe(false);
    const found = await search(`/dz/search/?q=${encodeURIComponent(phrase)}`);
    expect(found.urls.toSorted()).toEqual(
      dzongkhaPages
        .filter(({ text }) => containsPhrase(text, phrase))
        .map(({ path }) => path)
        .toSorted(),
    );
    expect(found.urls).toContain('/dz/news/tshechu-songs/');
    // Titles and excerpts read as on the page: no space after every tsheg.
    for (const { title, excerpt, url } of found.results) {
      const page = dzongkhaPages.find(({ path }) => path === url);
      // Pagefind ends a block that has no full stop of its own with one.
      const normalize = (text: string) =>
        text
          .replace(/\.(\s|$)/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
      expect(normalize(page?.text ?? ''), url).toContain(normalize(title));
      expect(normalize(page?.text ?? ''), url).toContain(normalize(excerpt));
    }
    expect(found.results.map(({ title, excerpt }) => title + excerpt).join(' ')).not.toMatch(/\u2060/);
    // The same syllables in the other order are on no page: nothing is listed, and the page says so.
    const none = await search(`/dz/search/?q=${encodeURIComponent(reversed)}`);
    expect(none.urls).toEqual([]);
    expect(none.status).toBe(`“${reversed}” དང་མཐུན་པའི་ཤོག་ལེབ་མེད།`);
  });

  test('finds a Dzongkha page by a syllable in the middle of a tsheg run', async () => {
    // ཞབས་ཏོག (service) only occurs inside longer runs such as "མི་སེར་ཞབས་ཏོག་".
    const { urls } = await search(`/dz/search/?q=${encodeURIComponent('ཏོག')}`);
    expect(urls).toContain('/dz/services/building-permit/');
    expect(urls.every((url) => url.startsWith('/dz/'))).toBe(true);
  });

  test('keeps English fallback pages out of Dzongkha results', async () => {
    const { urls } = await search(`/dz/search/?q=census`);
    expect(urls).not.toContain('/dz/services/census-transfer/');
  });

  test('finds English pages', async () => {
    expect((await search('/en/search/?q=furniture')).urls).toContain('/en/tenders/office-furniture/');
  });
});
