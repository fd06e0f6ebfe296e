import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export interface MainRendering {
  /** Font faces the page loaded. */
  faces: string[];
  /** Screenshot of the page's <main>. */
  image: Buffer;
}

/**
 * A page's <main> as shipped (its Tibetan subset fonts) and as the full fonts draw it: every
 * `-subset-<hash>.woff2` request is answered with the full file beside it in `dist`. Equal images
 * mean the subset shapes the page's text, stacks included, as the full font does.
 */
export async function renderWithSubsetAndFullFonts(
  browser: Browser,
  url: string,
  dist: string,
): Promise<{ asShipped: MainRendering; withFullFonts: MainRendering }> {
  const shoot = async (fullFonts: boolean): Promise<MainRendering> => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    try {
      if (fullFonts) {
        await context.route(/-subset-[0-9a-f]+\.woff2$/, (route) =>
          route.fulfill({
            path: join(dist, new URL(route.request().url()).pathname.replace(/-subset-[0-9a-f]+/, '')),
          }),
        );
      }
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'networkidle' });
      const faces = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family);
      });
      return { faces, image: await page.locator('main').screenshot() };
    } finally {
      await context.close();
    }
  };
  return { asShipped: await shoot(false), withFullFonts: await shoot(true) };
}
