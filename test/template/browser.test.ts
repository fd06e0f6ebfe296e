// Every site under test in Chromium: each page works with JavaScript off, forms fit a 320 px screen
// and speak the page's language, typed and shown Dzongkha render as the full font does, and search
// finds every Dzongkha page. Expectations come from the site's own config and content.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { sitesUnderTest } from '../support/sites.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { builtPages, snapshotSite } from './built-site.ts';
import { indexedDzongkhaPages, searchIn, syllables, tshegRuns, type Found } from './search-page.ts';
import { renderWithSubsetAndFullFonts } from './subset-render.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function withContext<T>(options: { javaScriptEnabled: boolean }, use: (context: BrowserContext) => Promise<T>) {
  const context = await browser.newContext(options);
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

describe.each(sitesUnderTest())('$id site', (site) => {
  const copy = snapshotSite(site.dist);
  const dist = copy.dir;
  const pages = builtPages(dist).map(({ path }) => path);
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(dist);
  });

  afterAll(async () => {
    await server?.close();
    copy.remove();
  });

  async function search(path: string): Promise<Found> {
    return withContext({ javaScriptEnabled: true }, async (context) =>
      searchIn(await context.newPage(), new URL(path, server.url).href),
    );
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

    test('the masthead explanation opens', async () => {
      await withContext({ javaScriptEnabled: false }, async (context) => {
        const page = await context.newPage();
        await page.goto(new URL(`/${site.config.defaultLang}/`, server.url).href);
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

    test.runIf(site.config.forms && site.config.sections.feedback)(
      'the feedback form posts to the configured endpoint with the honeypot empty',
      async () => {
        await withContext({ javaScriptEnabled: false }, async (context) => {
          const endpoint = site.config.forms?.endpoint ?? '';
          let posted = '';
          await context.route(endpoint, async (route) => {
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
          await page.waitForURL(endpoint);
          expect(Object.fromEntries(new URLSearchParams(posted))).toMatchObject({
            kind: 'feedback',
            lang: 'en',
            name: 'Pema',
            rating: '4',
            message: 'Kadrinchey la',
            website: '',
          });
        });
      },
    );

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

  describe.runIf(site.config.forms)('form pages', () => {
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

  describe('shown Dzongkha renders as the full font does', () => {
    // The pages carry subsets of the Tibetan fonts, made from the text the site shows. Each subset
    // must shape that text exactly as the full font would, including a stack in a paragraph that opens
    // with a Latin word. The reference is the same page with every subset answered by its full file.
    const prosePages = indexedDzongkhaPages(dist)
      .filter(({ text }) => tshegRuns(text).length > 0)
      .map(({ path }) => path);

    test.each(prosePages)('%s', async (path) => {
      const { asShipped, withFullFonts } = await renderWithSubsetAndFullFonts(
        browser,
        new URL(path, server.url).href,
        dist,
      );
      expect(asShipped.faces.length, 'the page loaded its fonts').toBeGreaterThan(0);
      expect(withFullFonts.faces).toEqual(asShipped.faces);
      expect(asShipped.image.equals(withFullFonts.image), 'the subset renders like the full font').toBe(true);
    });
  });

  describe('search', () => {
    const dzongkhaPages = indexedDzongkhaPages(dist);
    // Pages whose indexed text has a run of four syllables (a form page may have only short labels).
    const prosePages = dzongkhaPages.filter(({ text }) => tshegRuns(text).length > 0);
    /** Up to three syllables from inside the longest tsheg run of `text`, neither its first nor its last. */
    const innerWord = (text: string) => {
      const runs = tshegRuns(text);
      const longest = syllables(runs.reduce((a, b) => (syllables(b).length > syllables(a).length ? b : a), ''));
      return longest.slice(1, Math.min(4, longest.length - 1)).join('\u0F0B');
    };

    test('finds every Dzongkha page by syllables from the middle of one of its tsheg runs', async () => {
      expect(prosePages.length).toBeGreaterThan(0);
      // One page for every search: the index files load once and come from the cache afterwards.
      await withContext({ javaScriptEnabled: true }, async (context) => {
        const page = await context.newPage();
        for (const { path, text } of prosePages) {
          const word = innerWord(text);
          const { urls } = await searchIn(page, new URL(`/dz/search/?q=${encodeURIComponent(word)}`, server.url).href);
          expect.soft(urls, `${path} found by ${word}`).toContain(path);
        }
      });
    });

    test('counts results in Tibetan digits on Dzongkha pages', async () => {
      const word = innerWord(prosePages[0]?.text ?? '');
      const { urls, status } = await search(`/dz/search/?q=${encodeURIComponent(word)}`);
      expect(urls.length).toBeGreaterThan(0);
      expect(status).toMatch(/[\u0F20-\u0F29]/);
      expect(status).not.toMatch(/[0-9]/);
    });

    test('says when nothing matches', async () => {
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
});
