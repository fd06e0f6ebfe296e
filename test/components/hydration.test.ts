// Server-rendered components hydrate in the browser without re-rendering: the server's DOM nodes are
// kept (same node before and after the script runs), nothing is duplicated, and the components react.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOne, cdnFiles } from '../../packages/components/scripts/build.ts';
import '../../packages/components/src/index.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { samples } from '../../packages/components/test/samples.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';

let site: ServedBrowser;

beforeAll(async () => {
  site = await browserFor(
    await serveTemporaryFolder('druk-hydrate-', async (folder) => {
      // The documented order: hydration support first, then the components.
      const client = await bundleOne(
        "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './index.ts';",
      );
      writeFileSync(join(folder, 'client.js'), client);
      // The CDN file, whose own hydration support fetches Lit's hydrate() beside it.
      for (const [name, code] of Object.entries(await cdnFiles())) writeFileSync(join(folder, name), code);
      let body = '';
      for (const sample of samples) body += await renderToString(sample.tag, sample);
      // Rendered without `lang` (so in English) into a page that turns out to be Dzongkha.
      body += `<div lang="dz">${await renderToString('druk-back-to-top', { attributes: { id: 'unlabelled' } })}</div>`;
      // A tender page built while the tender was open, read after it closed.
      body += await renderToString('druk-notice-summary', {
        attributes: { id: 'stale', kind: 'tender', heading: 'Old tender', closing: '2000-01-01', now: '1999-12-01' },
      });
      const page = (script: string) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Hydration</title></head><body>${body}
        <script type="module">
          // Remember server-rendered nodes before any component code runs.
          window.before = {
            summary: document.querySelector('druk-masthead').shadowRoot.querySelector('summary'),
            footerLink: document.querySelector('druk-footer').shadowRoot.querySelector('a'),
            tableRow: document.querySelector('druk-table').shadowRoot.querySelector('tbody tr'),
          };
          // The build-time instant goes away: in the browser the status is computed at the current time.
          document.getElementById('stale').removeAttribute('now');
          await import('./${script}');
          await Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('druk-')).map((e) => e.updateComplete));
          window.hydrated = true;
        </script></body></html>`;
      writeFileSync(join(folder, 'index.html'), page('client.js'));
      writeFileSync(join(folder, 'cdn.html'), page('druk-components.js'));
    }),
  );
});

afterAll(() => site?.close());

describe('hydration of server-rendered components', () => {
  it.each([
    ['Lit’s hydration support', ''],
    ['the CDN file', 'cdn.html'],
  ])(
    'with %s: keeps the server’s nodes, duplicates nothing, logs no error, responds to input',
    async (_client, path) => {
      const page = await site.browser.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(path, site.server.url).href);
      await page.waitForFunction(() => (window as unknown as { hydrated?: boolean }).hydrated === true);
      const kept = await page.evaluate(() => {
        const before = (window as unknown as { before: Record<string, Element> }).before;
        return {
          summary: before.summary === document.querySelector('druk-masthead')!.shadowRoot!.querySelector('summary'),
          footerLink: before.footerLink === document.querySelector('druk-footer')!.shadowRoot!.querySelector('a'),
          tableRow: before.tableRow === document.querySelector('druk-table')!.shadowRoot!.querySelector('tbody tr'),
          summaries: document.querySelector('druk-masthead')!.shadowRoot!.querySelectorAll('summary').length,
          defined: customElements.get('druk-masthead') !== undefined,
        };
      });
      expect(kept).toEqual({ summary: true, footerLink: true, tableRow: true, summaries: 1, defined: true });
      expect(errors).toEqual([]);

      expect(await page.locator('#unlabelled a').textContent()).toBe('ཡར་ལོག།');
      const stale = page.locator('#stale');
      expect(await stale.getAttribute('state')).toBe('closed');
      expect(await stale.locator('druk-tag').textContent()).toBe('Closed');

      await page.locator('druk-masthead summary').click();
      await page.keyboard.press('Escape');
      expect(await page.locator('druk-masthead').evaluate((element) => element.hasAttribute('open'))).toBe(false);
      await page.locator('druk-accordion').getByRole('button', { name: 'Show all sections' }).click();
      expect(await page.locator('druk-accordion druk-details[open]').count()).toBe(2);
      // The CDN file fetched Lit's hydrate() because the page has server-rendered elements.
      if (path) expect(fetched).toContain('/druk-components-hydrate.js');
      await page.close();
    },
  );
});
