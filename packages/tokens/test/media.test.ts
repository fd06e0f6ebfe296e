// The tokens stylesheet under the user preferences a browser reports: colour scheme, contrast,
// forced colours (Windows high contrast) and reduced motion, emulated in Chromium.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../chromium/src/index.js';
import { themes } from '../src/color.ts';
import { tokensCss } from '../src/index.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent(
    `<!doctype html><html lang="en"><style>${tokensCss}</style><body><div data-theme="light" id="forced-light"></div></body></html>`,
  );
}, 30_000);
afterAll(async () => {
  await browser?.close();
});

const token = (name: string, selector = ':root') =>
  page.evaluate(
    ([name, selector]) =>
      getComputedStyle(document.querySelector(selector) as Element)
        .getPropertyValue(name)
        .trim(),
    [name, selector] as const,
  );

/** A colour token as an element paints it: `light-dark()` resolves only where it is used. */
const painted = (name: string, selector = ':root') =>
  page.evaluate(
    ([name, selector]) => {
      const swatch = document.createElement('span');
      swatch.style.color = `var(${name})`;
      (document.querySelector(selector) as Element).append(swatch);
      const color = getComputedStyle(swatch).color;
      swatch.remove();
      return color;
    },
    [name, selector] as const,
  );

/** `#rrggbb` as a computed colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;

describe('user preferences', () => {
  it("follows the page's colour scheme, not the system's, unless data-theme says otherwise", async () => {
    await page.emulateMedia({ colorScheme: 'dark', contrast: 'no-preference', forcedColors: 'none' });
    // A page that declares no colour scheme (a light portal) keeps light components on a dark system.
    expect(await painted('--druk-color-background')).toBe(rgb(themes.light.background));
    // One that declares it can be dark (druk-page.css does, following the system) gets dark ones.
    await page.evaluate(() => document.documentElement.style.setProperty('color-scheme', 'light dark'));
    expect(await painted('--druk-color-background')).toBe(rgb(themes.dark.background));
    expect(await painted('--druk-color-background', '#forced-light')).toBe(rgb(themes.light.background));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await painted('--druk-color-background')).toBe(rgb(themes.light.background));
    await page.evaluate(() => document.documentElement.style.removeProperty('color-scheme'));
  });

  it('switches to the high-contrast theme on prefers-contrast: more', async () => {
    await page.emulateMedia({ colorScheme: 'dark', contrast: 'more' });
    expect(await token('--druk-color-text')).toBe(themes['high-contrast'].text);
    await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
  });

  it('hands colours to the system palette in forced-colours mode', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await token('--druk-color-focus')).toBe('Highlight');
    expect(await token('--druk-color-link')).toBe('LinkText');
    expect(await token('--druk-color-text', '#forced-light')).toBe('CanvasText');
    await page.emulateMedia({ forcedColors: 'none' });
    expect(await painted('--druk-color-focus')).toBe(rgb(themes.light.focus));
  });

  it('stops motion on prefers-reduced-motion', async () => {
    expect(await token('--druk-duration-normal')).toBe('200ms');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await token('--druk-duration-normal')).toBe('0ms');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });
});

describe('build command', () => {
  const build = fileURLToPath(new URL('../src/build.ts', import.meta.url));

  it('refuses an accent that fails contrast, saying why, and writes nothing', () => {
    const out = fileURLToPath(new URL('../../../.cache/rejected-accent.css', import.meta.url));
    const result = spawnSync(process.execPath, [build, '--accent', '#ffd520', '--out', out], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Accent colour #ffd520 cannot be used in the light theme');
    expect(result.stderr).toContain('accent on background (primary button against the page) is 1.42:1, needs 3:1');
  });
});
