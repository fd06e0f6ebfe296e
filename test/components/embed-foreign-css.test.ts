// The components embedded with one script tag in a page styled like a Drupal theme (global element
// styles with !important, serif fonts, uppercase buttons, floated list items): they render, keep
// their own typography and colours, and the page passes axe.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleOne } from '../../packages/components/scripts/build.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';

const EXAMPLE = join(REPO_ROOT, 'packages/components/examples/embed');
let site: ServedBrowser;
let page: Page;

beforeAll(async () => {
  // Lay the example out as it references its files: examples/embed/, dist/cdn/, ../tokens/src/.
  site = await browserFor(
    await serveTemporaryFolder('druk-embed-', async (folder) => {
      const components = join(folder, 'components');
      cpSync(EXAMPLE, join(components, 'examples/embed'), { recursive: true });
      mkdirSync(join(components, 'dist/cdn'), { recursive: true });
      writeFileSync(join(components, 'dist/cdn/druk-components.js'), await bundleOne("import './index.ts';"));
      mkdirSync(join(folder, 'tokens/src'), { recursive: true });
      writeFileSync(
        join(folder, 'tokens/src/tokens.css'),
        readFileSync(join(REPO_ROOT, 'packages/tokens/src/tokens.css')),
      );
    }),
  );
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await page.goto(`${site.server.url}components/examples/embed/index.html`);
  await page.waitForFunction(() => customElements.get('druk-footer') !== undefined);
  await page
    .locator('druk-footer')
    .evaluate((footer) => (footer as unknown as { updateComplete: Promise<void> }).updateComplete);
});

afterAll(() => site?.close());

/** A computed style of the first element matching `selector` inside the shadow root of `host`. */
function shadowStyle(host: string, selector: string, property: string): Promise<string> {
  return page
    .locator(host)
    .first()
    .evaluate(
      (element, [inner, name]) => getComputedStyle(element.shadowRoot!.querySelector(inner!)!).getPropertyValue(name!),
      [selector, property],
    );
}

describe('components under a Drupal-style global stylesheet', () => {
  it('keeps their own fonts, not the theme’s serif or its uppercase buttons', async () => {
    expect(await shadowStyle('druk-masthead', 'summary', 'font-family')).not.toContain('Georgia');
    expect(await shadowStyle('druk-masthead', 'summary', 'color')).not.toBe('rgb(255, 0, 0)');
    expect(await shadowStyle('druk-feedback', 'button', 'text-transform')).toBe('none');
    expect(await shadowStyle('druk-search-box', 'button', 'border-radius')).toBe('0px 4px 4px 0px');
  });

  it('keeps their own link colours and list layout', async () => {
    expect(await shadowStyle('druk-footer', 'a', 'color')).toBe('rgb(125, 29, 29)');
    expect(await shadowStyle('druk-footer', 'a', 'border-bottom-style')).toBe('none');
    expect(await shadowStyle('druk-navigation', 'li', 'float')).toBe('none');
    expect(await shadowStyle('druk-table', 'td', 'border-top-style')).toBe('none');
  });

  it('keeps the Dzongkha agency name tall enough for its stacks', async () => {
    const lineHeight = await shadowStyle('druk-header', "[lang='dz']", 'line-height');
    expect(parseFloat(lineHeight)).toBeGreaterThan(20);
  });

  it('passes axe (WCAG 2.2 A and AA) on the whole page', async () => {
    await page.screenshot({ path: join(REPO_ROOT, '.cache/embed-foreign-css.png'), fullPage: true });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
    ).toEqual([]);
  });
});
