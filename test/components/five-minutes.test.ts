// The developer guide's "Masthead, header and footer in five minutes", followed as written: its HTML blocks
// (the <head> lines and the page template) taken from the Markdown, the files where it says to put them,
// on a page with the hostile theme and an old theme's `html { font-size: 62.5% }`. The chrome must render,
// keep its text at 14 px or more, not scroll sideways at 320 px, and pass axe.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { bundleOne } from '../../packages/components/scripts/build.ts';
import { tokensCss } from '../../packages/tokens/src/index.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/** The ```html blocks of the guide's five-minutes section, in order. */
function sectionHtmlBlocks(): string[] {
  const guide = readFileSync(join(REPO_ROOT, 'docs/developer-guide.md'), 'utf8');
  const start = guide.indexOf('## Masthead, header and footer in five minutes');
  const end = guide.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error('the developer guide has no five-minutes section');
  return [...guide.slice(start, end).matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

let browser: Browser;
let server: StaticServer;
let folder: string;
let page: Page;

beforeAll(async () => {
  const [head, body] = sectionHtmlBlocks();
  if (!head?.includes('tokens.css') || !body?.includes('<druk-header')) throw new Error('unexpected guide blocks');
  folder = mkdtempSync(join(tmpdir(), 'druk-five-minutes-'));
  // Step 1: the two files, where the guide puts them.
  mkdirSync(join(folder, 'assets/druk'), { recursive: true });
  writeFileSync(join(folder, 'assets/druk/tokens.css'), tokensCss);
  writeFileSync(join(folder, 'assets/druk/druk-components.js'), await bundleOne("import './index.ts';"));
  writeFileSync(
    join(folder, 'assets/emblem.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#7d1d1d"/></svg>',
  );
  cpSync(join(REPO_ROOT, 'packages/components/examples/embed/drupal-theme.css'), join(folder, 'theme.css'));
  cpSync(join(REPO_ROOT, 'test/components/hostile-theme.css'), join(folder, 'hostile.css'));
  // Steps 2 and 3: the head lines after the portal's own stylesheets, the template as the body.
  writeFileSync(
    join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>Ministry of Health</title>
    <link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/hostile.css">
    <style>html { font-size: 62.5%; }</style>
    ${head}</head>${body}</html>`,
  );
  server = await serveStatic(folder);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function load(width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(server.url);
  await page.waitForFunction(() => customElements.get('druk-footer') !== undefined);
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((node) => node.localName.startsWith('druk-'))
        .map((node) => (node as unknown as { updateComplete?: Promise<unknown> }).updateComplete),
    ),
  );
}

/** The text each chrome element shows from its shadow root, and the smallest font size in it. */
function chromeText(): Promise<Record<string, { text: string; smallest: number }>> {
  return page.evaluate(() => {
    const result: Record<string, { text: string; smallest: number }> = {};
    for (const tag of ['druk-masthead', 'druk-header', 'druk-navigation', 'druk-footer']) {
      const root = document.querySelector(tag)?.shadowRoot;
      const shown = [...(root?.querySelectorAll('*') ?? [])].filter(
        (element) =>
          element.checkVisibility() &&
          [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
      );
      result[tag] = {
        text: (root?.textContent ?? '').replace(/\s+/g, ' '),
        smallest: Math.min(...shown.map((element) => parseFloat(getComputedStyle(element).fontSize))),
      };
    }
    return result;
  });
}

it('renders the masthead, header, navigation and footer, at 14 px or more, under the hostile theme', async () => {
  await load(1280);
  const chrome = await chromeText();
  expect(chrome['druk-masthead']!.text).toContain('An official website of the Royal Government of Bhutan');
  expect(chrome['druk-header']!.text).toContain('Ministry of Health');
  expect(chrome['druk-navigation']!.text).toContain('Services');
  expect(chrome['druk-footer']!.text).toContain('Kawajangsa, Thimphu');
  for (const [tag, { smallest }] of Object.entries(chrome)) expect(smallest, tag).toBeGreaterThanOrEqual(14);
});

it('fits 320 px without scrolling sideways', async () => {
  await load(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
    0,
  );
});

it('passes axe (WCAG 2.2 A and AA) in the chrome', async () => {
  await load(1280);
  const { violations } = await new AxeBuilder({ page })
    .include(['druk-skip-link', 'druk-masthead', 'druk-header', 'druk-footer'])
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target)}`)).toEqual([]);
});
