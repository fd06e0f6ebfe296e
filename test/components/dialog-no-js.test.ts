// The server-rendered dialog with JavaScript switched off: its buttons are HTML invoker commands, so the
// browser itself opens the window as a modal, keeps the page behind it inert, and closes it with the
// Close button or Escape, giving focus back to the opener.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import '../../packages/components/src/index.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'druk-dialog-'));
  const dialog = await renderToString('druk-dialog', {
    attributes: { heading: 'Cancel your application?', opener: 'Cancel application' },
    content: '<p>Your answers are deleted.</p><a slot="actions" href="#cancelled">Yes, cancel it</a>',
  });
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dialog</title></head>
    <body><main><h1>Your application</h1>${dialog}<a href="#next">Next page</a></main></body></html>`,
  );
  server = await serveStatic(folder);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
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
