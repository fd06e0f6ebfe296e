// The server-rendered dialog with JavaScript switched off: its buttons are HTML invoker commands, so the
// browser itself opens the window as a modal, keeps the page behind it inert, and closes it with the
// Close button or Escape, giving focus back to the opener.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../packages/components/src/index.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';

let site: ServedBrowser;

beforeAll(async () => {
  site = await browserFor(
    await serveTemporaryFolder('druk-dialog-', async (folder) => {
      const dialog = await renderToString('druk-dialog', {
        attributes: { heading: 'Cancel your application?', opener: 'Cancel application' },
        content: '<p>Your answers are deleted.</p><a slot="actions" href="#cancelled">Yes, cancel it</a>',
      });
      writeFileSync(
        join(folder, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dialog</title></head>
        <body><main><h1>Your application</h1>${dialog}<a href="#next">Next page</a></main></body></html>`,
      );
    }),
  );
});

afterAll(() => site?.close());

async function openPage(): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.url);
  return page;
}

describe('druk-dialog without JavaScript', () => {
  it('opens as a modal from its button, named by its heading, and closes with Close', async () => {
    const page = await openPage();
    const window = page.getByRole('dialog', { name: 'Cancel your application?' });
    await expect.poll(() => window.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Cancel application' }).click();
    await expect.poll(() => window.isVisible()).toBe(true);
    expect(await window.evaluate((element) => element.matches(':modal'))).toBe(true);
    // The page behind is inert: its link cannot take focus.
    const behind = page.getByRole('link', { name: 'Next page', includeHidden: true });
    expect(await behind.evaluate((link: HTMLElement) => (link.focus(), link.matches(':focus')))).toBe(false);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => window.isVisible()).toBe(false);
    await page.context().close();
  });

  it('moves focus in on opening, and Escape gives it back to the opener', async () => {
    const page = await openPage();
    const opener = page.getByRole('button', { name: 'Cancel application' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('button', { name: 'Close' }).evaluate((button) => button.matches(':focus')))
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(false);
    expect(await opener.evaluate((button) => button.matches(':focus'))).toBe(true);
    await page.context().close();
  });
});
