// Server-rendered site chrome with JavaScript switched off: every word is on screen, and every link
// and disclosure works, before (and without) any component script.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import '../../packages/components/src/masthead/masthead.ts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let browser: Browser;
let server: StaticServer;
let folder: string;

async function page(lang: 'en' | 'dz'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto(`${server.url}${lang}.html`);
  return tab;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'druk-chrome-'));
  for (const lang of ['en', 'dz'] as const) {
    const body = await renderToString('druk-masthead', { lang });
    writeFileSync(
      join(folder, `${lang}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Chrome</title></head><body>${body}<main id="main"><h1>Page</h1></main></body></html>`,
    );
  }
  server = await serveStatic(folder);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('druk-masthead without JavaScript', () => {
  it('shows the statement and opens its explanation on click and on Enter', async () => {
    const tab = await page('en');
    const masthead = tab.locator('druk-masthead');
    await expect(masthead.getByText('An official website of the Royal Government of Bhutan').isVisible()).resolves.toBe(
      true,
    );
    const panel = masthead.getByText('Official websites use .gov.bt');
    await expect(panel.isVisible()).resolves.toBe(false);
    await masthead.locator('summary').click();
    await expect(panel.isVisible()).resolves.toBe(true);
    await masthead.locator('summary').press('Enter');
    await expect(panel.isVisible()).resolves.toBe(false);
    expect(await tab.evaluate(() => customElements.get('druk-masthead'))).toBeUndefined();
  });

  it('shows Dzongkha on the Dzongkha page', async () => {
    const tab = await page('dz');
    await expect(tab.getByText('འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།').isVisible()).resolves.toBe(true);
  });
});
