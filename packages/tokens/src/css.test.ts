import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cssVar, buildTokensCss, dzongkhaCss } from './css.ts';
import { tokens, tokensCss } from './index.ts';

describe('tokens stylesheet', () => {
  it('is committed up to date (run `node packages/tokens/src/build.ts` after editing tokens)', () => {
    expect(readFileSync(new URL('./tokens.css', import.meta.url), 'utf8')).toBe(tokensCss);
    expect(JSON.parse(readFileSync(new URL('./tokens.json', import.meta.url), 'utf8'))).toEqual(tokens);
  });

  it('declares the contract names', () => {
    for (const name of [
      'color-text',
      'color-background',
      'color-link',
      'color-focus',
      'space-3',
      'radius-md',
      'font-family-body',
      'font-size-md',
    ]) {
      expect(tokensCss).toMatch(new RegExp(`--druk-${name}: [^;]+;`));
    }
  });

  it('switches theme by system preference and by data-theme', () => {
    expect(tokensCss).toContain('@media (prefers-color-scheme: dark) {\n  :root:not([data-theme]) {');
    expect(tokensCss).toContain('@media (prefers-contrast: more) {\n  :root:not([data-theme]) {');
    for (const theme of ['light', 'dark', 'high-contrast']) expect(tokensCss).toContain(`[data-theme="${theme}"] {`);
  });

  it('maps colours to system colours in forced-colours mode and stops motion on request', () => {
    expect(tokensCss).toMatch(/@media \(forced-colors: active\) \{[^}]*--druk-color-focus: Highlight;/);
    expect(tokensCss).toMatch(/@media \(prefers-reduced-motion: reduce\) \{[^}]*--druk-duration-normal: 0ms;/);
  });

  it('gives Dzongkha its typography and forbids what breaks Tibetan stacks', () => {
    expect(dzongkhaCss).toContain('--druk-font-family-body: var(--druk-font-family-dzongkha);');
    expect(dzongkhaCss).toContain('--druk-font-family-input: "Jomolhari Editable", var(--druk-font-family-dzongkha);');
    expect(tokensCss).toMatch(
      /:where\(input, textarea, select\) \{\n {2}font-family: var\(--druk-font-family-input\);/,
    );
    expect(dzongkhaCss).toContain('letter-spacing: normal !important;');
    expect(dzongkhaCss).toContain('text-transform: none !important;');
    expect(dzongkhaCss).toContain('font-synthesis: none !important;');
    expect(tokensCss).toContain('--druk-dzongkha-scale: 1.2;');
    expect(tokensCss).toContain('--druk-dzongkha-line-height-body: 1.8;');
    expect(tokensCss).toContain('--druk-font-family-dzongkha: Jomolhari, "Noto Serif Tibetan"');
  });

  it('stays small: every page loads it (budget 3 KB gzip)', () => {
    expect(gzipSync(tokensCss, { level: 9 }).byteLength).toBeLessThan(3_000);
  });

  it('builds the default sheet when no accent is given', () => {
    expect(buildTokensCss()).toBe(tokensCss);
  });
});

describe('cssVar', () => {
  it('gives the custom property with the light value as fallback', () => {
    expect(cssVar('color-text')).toBe('var(--druk-color-text, #1b1a1f)');
    expect(cssVar('space-3')).toBe('var(--druk-space-3, 0.75rem)');
  });
});
