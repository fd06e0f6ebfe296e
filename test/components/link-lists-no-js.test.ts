// The task list, side navigation and contents list server-rendered with JavaScript switched off: plain
// links in English and Dzongkha, with their statuses and the current page marked, and following a link works.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../packages/components/src/index.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { samples } from '../../packages/components/test/samples.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';

const TAGS = ['druk-task-list', 'druk-side-navigation', 'druk-contents-list'];
const lists = samples.filter((sample) => TAGS.includes(sample.tag));
let site: ServedBrowser;

beforeAll(async () => {
  site = await browserFor(
    await serveTemporaryFolder('druk-link-lists-', async (folder) => {
      for (const lang of ['en', 'dz'] as const) {
        let body = '';
        for (const sample of lists) body += await renderToString(sample.tag, { ...sample, lang });
        writeFileSync(
          join(folder, `${lang}.html`),
          `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Lists</title></head>
          <body><main>${body}<h2 id="documents">Documents you need</h2></main></body></html>`,
        );
      }
      mkdirSync(join(folder, 'apply', 'documents'), { recursive: true });
      writeFileSync(join(folder, 'apply', 'documents', 'index.html'), '<!doctype html><title>Documents</title>');
    }),
  );
});

afterAll(() => site?.close());

async function openPage(lang: 'en' | 'dz'): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${lang}.html`);
  return page;
}

describe('link lists without JavaScript', () => {
  it('shows the statuses, the current page and "On this page" as links, and the links work', async () => {
    const page = await openPage('en');
    expect(await page.evaluate(() => customElements.get('druk-task-list'))).toBeUndefined();
    const task = page.getByRole('link', { name: 'Upload documents' });
    await expect.poll(() => task.isVisible()).toBe(true);
    expect(await page.getByText('Cannot start yet').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Pay the fee' }).count()).toBe(0);
    const current = page.getByRole('navigation', { name: 'Health services' }).locator('[aria-current="page"]');
    expect(await current.textContent()).toBe('National referral hospital');
    await page
      .getByRole('navigation', { name: 'On this page' })
      .getByRole('link', { name: 'Documents you need' })
      .click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#documents');
    await task.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/apply/documents/');
    await page.context().close();
  });

  it('speaks Dzongkha on a Dzongkha page', async () => {
    const page = await openPage('dz');
    expect(await page.getByText('འབད་བའི་བསྒང་།').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'ཤོག་ལེབ་འདི་ནང་།' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});
