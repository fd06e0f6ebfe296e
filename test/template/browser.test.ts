// The template in Chromium: everything works with JavaScript off, search finds Dzongkha by any
// syllable and loads only on the search page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { builtPages, mainText, snapshotSite } from './built-site.ts';

const site = snapshotSite(inject('templateDist'));
const dist = site.dir;
const pages = builtPages(dist).map(({ path }) => path);
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

describe('with JavaScript off', () => {
  test('every page shows its heading, the official-site strip and the footer', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(new URL(path, server.url).href);
        await expect.soft(page.locator('h1').first().isVisible(), path).resolves.toBe(true);
        if (path === '/') continue;
        const strip = page.locator('druk-masthead summary');
        await expect.soft(strip.isVisible(), `${path} masthead`).resolves.toBe(true);
        await expect.soft(strip.textContent(), `${path} masthead`).resolves.toMatch(/\S{8}/);
        await expect.soft(page.locator('footer').isVisible(), path).resolves.toBe(true);
      }
    });
  });

  test('the masthead explanation and FAQ answers open', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(new URL('/en/faq/', server.url).href);
      const answer = page.getByText('Report the loss at the nearest police station');
      expect(await answer.isVisible()).toBe(false);
      await page.getByText('I lost my citizenship identity card').click();
      expect(await answer.isVisible()).toBe(true);
      await page.locator('druk-masthead summary').click();
      expect(
        await page
          .locator('druk-masthead')
          .getByText(/gov\.bt/)
          .first()
          .isVisible(),
      ).toBe(true);
    });
  });

  test('the feedback form posts to the endpoint with the honeypot empty', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      let posted = '';
      await context.route('https://forms.yulsum.gov.bt/submit', async (route) => {
        posted = route.request().postData() ?? '';
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Thank you</p>' });
      });
      const page = await context.newPage();
      await page.goto(new URL('/en/feedback/', server.url).href);
      await page.getByLabel('Your name').fill('Pema');
      await page.getByLabel('Your e-mail address').fill('pema@example.bt');
      await page.getByLabel('4').check();
      await page.getByLabel('Your message').fill('Kadrinchey la');
      await page.getByRole('button', { name: 'Send' }).click();
      await page.waitForURL('https://forms.yulsum.gov.bt/submit');
      const fields = new URLSearchParams(posted);
      expect(Object.fromEntries(fields)).toMatchObject({
        kind: 'feedback',
        lang: 'en',
        name: 'Pema',
        rating: '4',
        message: 'Kadrinchey la',
        website: '',
      });
    });
  });

  test('the search page explains that search needs JavaScript and links the site map', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(new URL('/dz/search/', server.url).href);
      expect(await page.getByText('ཇ་བ་སི་ཀིརིཔ་').isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'ཡོངས་འབྲེལ་ས་ཁྲ།' }).first().isVisible()).toBe(true);
    });
  });
});

describe('reflow at 320 CSS px (WCAG 1.4.10)', () => {
  // Field widths in `ch` follow whichever face draws the digit zero, and that changes as the subset,
  // the editable face and the system fallback load; a form must fit with any of them, so the width is
  // measured once every face the page declares has loaded.
  const formPages = pages.filter((path) => /^\/(en|dz)\/(contact|feedback|search)\/$/.test(path));

  test.each(formPages)('%s fits with every font loaded', async (path) => {
    await withContext({ javaScriptEnabled: true }, async (context) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(new URL(path, server.url).href);
      const widths = await page.evaluate(async () => {
        const faces = [...document.fonts];
        await Promise.all(faces.map((face) => face.load().catch(() => undefined)));
        return {
          loaded: faces.filter((face) => face.status === 'loaded').length,
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      expect(widths.loaded).toBeGreaterThan(0);
      expect(widths.scrollWidth).toBeLessThanOrEqual(320);
    });
  });
});

describe('form pages', () => {
  test('load the form controls, so /dz/contact/ says what is missing in Dzongkha', async () => {
    await withContext({ javaScriptEnabled: true }, async (context) => {
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      await page.goto(new URL('/dz/contact/', server.url).href, { waitUntil: 'networkidle' });
      expect(scripts.length).toBeGreaterThan(0);
      await expect.poll(() => page.evaluate(() => customElements.get('druk-input') !== undefined)).toBe(true);
      await page.locator('form.druk-form button[type="submit"]').click();
      // The field shows its own message for the empty required field, in the page's language.
      const error = page.locator('druk-input[name="name"] .druk-error-message');
      await expect.poll(() => error.count()).toBe(1);
      const message = (await error.textContent()) ?? '';
      expect(message).toMatch(/[\u0F40-\u0FBC]/);
      expect(message).not.toMatch(/[A-Za-z]/);
    });
  });
});

describe('typed Dzongkha', () => {
  // Syllables of letters the site uses, in stacks no page shows: the site subset covers their
  // characters but cannot form them; only the full editable face can.
  const TYPED = 'བསྒྲུབས་ ཀློག་ སྦྱོར་ བརྗོད།';

  test.each(['#search-query', 'druk-search-box input'])(
    '%s on /dz/search/ renders typed syllables the site never shows as the full font does',
    async (selector) => {
      await withContext({ javaScriptEnabled: true }, async (context) => {
        const page = await context.newPage();
        await page.goto(new URL('/dz/search/', server.url).href);
        const input = page.locator(selector).first();
        await input.fill(TYPED);
        await input.blur();
        // The text inside the field's border (the border's rounded corners vary by a shade between
        // two paints), as shipped or with `family` put first: the full file, or the page's subset family.
        const shot = async (family?: string) => {
          const clip = await input.evaluate(
            async (element: HTMLInputElement, [text, family]) => {
              element.style.fontFamily = '';
              if (family) element.style.fontFamily = `"${family}", ${getComputedStyle(element).fontFamily}`;
              await document.fonts.load(getComputedStyle(element).font, text);
              const box = element.getBoundingClientRect();
              return {
                x: box.x + element.clientLeft,
                y: box.y + element.clientTop,
                width: element.clientWidth,
                height: element.clientHeight,
              };
            },
            [TYPED, family] as const,
          );
          return page.screenshot({ clip });
        };
        // The full Jomolhari file under a family no installed font can stand in for.
        await page.evaluate(async () => {
          const face = new FontFace('Druk Full Reference', 'url(/_fonts/files/jomolhari-tibetan-400-normal.woff2)', {
            unicodeRange: 'U+0F00-0FFF',
          });
          document.fonts.add(await face.load());
        });
        const asShipped = await shot();
        const withFullFont = await shot('Druk Full Reference');
        expect(asShipped.equals(withFullFont), 'the field renders like the full font').toBe(true);
        // Control: the page's own Dzongkha face (the subset) does render these syllables differently.
        expect((await shot('Jomolhari')).equals(withFullFont)).toBe(false);
      });
    },
  );
});

describe('search', () => {
  interface Found {
    urls: string[];
    /** Each listed result's link text and excerpt, as the reader sees them. */
    results: { url: string; title: string; excerpt: string }[];
    status: string;
  }
  /** Runs a search by opening the search page at `path` (with its ?q=) in `page`. */
  async function searchIn(page: Page, path: string): Promise<Found> {
    await page.goto(new URL(path, server.url).href);
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/\S/);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).not.toMatch(/…$/);
    expect(await page.locator('#search-nojs').count(), 'the no-JavaScript note is gone').toBe(0);
    const results = await page.locator('#search-results li').evaluateAll((items) =>
      items.map((item) => ({
        url: item.querySelector('a')?.getAttribute('href') ?? '',
        title: item.querySelector('a')?.textContent ?? '',
        excerpt: item.querySelector('p')?.textContent ?? '',
      })),
    );
    return { urls: results.map(({ url }) => url), results, status: (await status.textContent()) ?? '' };
  }

  async function search(path: string): Promise<Found> {
    return withContext({ javaScriptEnabled: true }, async (context) => searchIn(await context.newPage(), path));
  }

  // Every Dzongkha page the index holds, with the text of its <main> (the indexed region, where
  // Pagefind leaves out forms).
  const dzongkhaPages = builtPages(dist)
    .filter(({ path, html }) => path.startsWith('/dz/') && html.includes('data-pagefind-body'))
    .filter(({ html }) => !html.includes('data-druk-fallback'))
    .map(({ path, html }) => ({ path, text: mainText(html.replace(/<form[\s\S]*?<\/form>/g, ' ')) }));
  /** Syllables as the page runs them together, whatever spaces or tshegs separate them. */
  const syllables = (text: string) => text.split(/[\s\u0F0B\u0F0D\u0F0E]+/).filter(Boolean);
  const containsPhrase = (text: string, phrase: string) =>
    ` ${syllables(text).join(' ')} `.includes(` ${syllables(phrase).join(' ')} `);

  test('finds every Dzongkha page by syllables from the middle of one of its tsheg runs', async () => {
    // Pages whose indexed text has a run of four syllables (a form page may have only short labels).
    const runsOf = (text: string) => text.match(/(?:[\u0F40-\u0FBC]+\u0F0B){3,}[\u0F40-\u0FBC]+/g) ?? [];
    const prosePages = dzongkhaPages.filter(({ text }) => runsOf(text).length > 0);
    expect(prosePages.length).toBeGreaterThan(5);
    // The sample texts (Dzongkha Wikipedia excerpts) are among them.
    expect(prosePages.map(({ path }) => path)).toEqual(
      expect.arrayContaining(['/dz/news/tshechu-songs/', '/dz/about/']),
    );
    // One page for every search: the index files load once and come from the cache afterwards.
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const { path, text } of prosePages) {
      // The longest run of syllables joined by tshegs, with no space in it; up to three syllables
      // from inside it, neither its first nor its last.
      const runs = runsOf(text);
      const longest = syllables(runs.reduce((a, b) => (syllables(b).length > syllables(a).length ? b : a), ''));
      const word = longest.slice(1, Math.min(4, longest.length - 1)).join('\u0F0B');
      const { urls } = await searchIn(page, `/dz/search/?q=${encodeURIComponent(word)}`);
      expect.soft(urls, `${path} found by ${word}`).toContain(path);
    }
    await context.close();
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

  test('counts results in Tibetan digits on Dzongkha pages', async () => {
    const { urls, status } = await search(`/dz/search/?q=${encodeURIComponent('རྫོང')}`);
    expect(urls.length).toBeGreaterThan(0);
    expect(status).toMatch(/[\u0F20-\u0F29]/);
    expect(status).not.toMatch(/[0-9]/);
  });

  test('finds a Dzongkha page by a syllable in the middle of a tsheg run', async () => {
    // ཞབས་ཏོག (service) only occurs inside longer runs such as "མི་སེར་ཞབས་ཏོག་".
    const { urls } = await search(`/dz/search/?q=${encodeURIComponent('ཏོག')}`);
    expect(urls).toContain('/dz/services/building-permit/');
    expect(urls.every((url) => url.startsWith('/dz/'))).toBe(true);
  });

  test('finds a Dzongkha page by a word of several syllables from real prose', async () => {
    const { urls } = await search(`/dz/search/?q=${encodeURIComponent('གླུ་གཞས')}`);
    expect(urls).toContain('/dz/news/tshechu-songs/');
  });

  test('keeps English fallback pages out of Dzongkha results', async () => {
    const { urls } = await search(`/dz/search/?q=census`);
    expect(urls).not.toContain('/dz/services/census-transfer/');
  });

  test('finds English pages, and says when nothing matches', async () => {
    expect((await search('/en/search/?q=furniture')).urls).toContain('/en/tenders/office-furniture/');
    const none = await search('/en/search/?q=zzzyx');
    expect(none.urls).toEqual([]);
    expect(none.status).toContain('No pages match “zzzyx”');
  });

  test('the index loads only when someone searches', async () => {
    await withContext({ javaScriptEnabled: true }, async (context) => {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(new URL('/en/', server.url).href, { waitUntil: 'networkidle' });
      await page.goto(new URL('/en/search/', server.url).href, { waitUntil: 'networkidle' });
      expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
      expect(requests.filter((path) => path.endsWith('.js'))).toHaveLength(1);
    });
  });
});
