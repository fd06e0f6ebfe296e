// Server-rendered site chrome with JavaScript switched off: every word is on screen, and every link,
// disclosure and menu works, before (and without) any component script.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../packages/components/src/index.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { samples } from '../../packages/components/test/samples.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';

const chrome = samples.filter((sample) => sample.chrome);
let site: ServedBrowser;

/** Every same-site link target the samples use, so that following a link lands on a real page. */
function linkTargets(): string[] {
  const markup = JSON.stringify(chrome.map((sample) => sample.attributes ?? {}));
  return [...new Set([...markup.matchAll(/\\"href\\":\\"(\/[^"\\]*)\\"/g)].map((match) => match[1] as string))];
}

async function openPage(lang: 'en' | 'dz', width = 1100): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${site.server.url}chrome-${lang}.html`);
  return tab;
}

beforeAll(async () => {
  site = await browserFor(
    await serveTemporaryFolder('druk-chrome-', async (folder) => {
      for (const lang of ['en', 'dz'] as const) {
        let body = '';
        for (const sample of chrome) body += await renderToString(sample.tag, { ...sample, lang });
        writeFileSync(
          join(folder, `chrome-${lang}.html`),
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Chrome</title></head>
          <body>${body}<main id="main"><h1>Page</h1></main></body></html>`,
        );
      }
      for (const target of ['/sitemap/', ...linkTargets()]) {
        mkdirSync(join(folder, target), { recursive: true });
        writeFileSync(join(folder, target, 'index.html'), `<!doctype html><title>${target}</title><h1>${target}</h1>`);
      }
    }),
  );
});

afterAll(() => site?.close());

describe('site chrome without JavaScript', () => {
  it('has no component script running: the content is server-rendered HTML', async () => {
    const tab = await openPage('en');
    expect(await tab.evaluate(() => customElements.get('druk-masthead'))).toBeUndefined();
  });

  it.each(chrome)('<$tag> shows all its text', async (sample) => {
    const tab = await openPage('en');
    const element = tab.locator(sample.tag);
    // The skip link is off screen until focused; the next test checks it.
    for (const text of sample.tag === 'druk-skip-link' ? [] : sample.expectText) {
      expect(await element.getByText(text, { exact: false }).first().isVisible(), text).toBe(true);
    }
  });

  it('reveals the skip link on focus and jumps to the main content', async () => {
    const tab = await openPage('en');
    await tab.keyboard.press('Tab');
    const skip = tab.locator('druk-skip-link a');
    expect(await skip.isVisible()).toBe(true);
    expect(await skip.evaluate((link) => link.getBoundingClientRect().width)).toBeGreaterThan(100);
    await tab.keyboard.press('Enter');
    expect(new URL(tab.url()).hash).toBe('#main');
  });

  it('opens the masthead explanation with a click', async () => {
    const tab = await openPage('en');
    const explanation = tab.locator('druk-masthead').getByText('Official websites use .gov.bt');
    expect(await explanation.isVisible()).toBe(false);
    await tab.locator('druk-masthead summary').click();
    expect(await explanation.isVisible()).toBe(true);
  });

  it('follows every link of the header, navigation, breadcrumbs and footer to a real page', async () => {
    const tab = await openPage('en');
    const hrefs = await tab
      .locator('druk-header a, druk-navigation a, druk-breadcrumbs a, druk-footer a, druk-language-switcher a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const local = hrefs.filter((href) => href.startsWith('/'));
    expect(local.length).toBeGreaterThanOrEqual(10);
    for (const href of local.filter((href) => !href.startsWith('/en/') && !href.startsWith('/dz/'))) {
      const link = tab.locator(`a[href="${href}"]`).first();
      await link.click();
      await tab.waitForURL(new URL(href, site.server.url).href);
      expect(await tab.locator('h1').textContent()).toBe(href);
      await tab.goBack();
    }
  });

  it('opens the narrow-screen menu and reaches every navigation link', async () => {
    const tab = await openPage('dz', 320);
    const navigation = tab.locator('druk-navigation');
    const services = navigation.getByRole('link', { name: 'Services' });
    expect(await services.isVisible()).toBe(false);
    await navigation.locator('summary').click();
    expect(await services.isVisible()).toBe(true);
    await services.click();
    await tab.waitForURL(/\/services\/$/);
  });

  it('shows the chrome in Dzongkha on the Dzongkha page', async () => {
    const tab = await openPage('dz');
    for (const text of ['འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།', 'གསོ་བ་ལྷན་ཁག', 'སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༠']) {
      expect(await tab.getByText(text).first().isVisible(), text).toBe(true);
    }
  });
});
