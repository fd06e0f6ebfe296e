import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cssVar, buildTokensCss, dzongkhaCss } from './css.ts';
import { pageCss, tokens, tokensCss } from './index.ts';

/** Every declaration of a stylesheet as `property: value`, whatever rule or media query holds it. */
function declarations(css: string): string[] {
  return [...css.replaceAll(/\/\*[\s\S]*?\*\//g, '').matchAll(/\{([^{}]*)\}/g)].flatMap((match) =>
    (match[1] ?? '')
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean),
  );
}

describe('tokens stylesheet', () => {
  it('is committed up to date (run `node packages/tokens/src/build.ts` after editing tokens)', () => {
    expect(readFileSync(new URL('./tokens.css', import.meta.url), 'utf8')).toBe(tokensCss);
    expect(readFileSync(new URL('./druk-page.css', import.meta.url), 'utf8')).toBe(pageCss);
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

  it('only defines custom properties, so a portal that loads it keeps its own look', () => {
    const rules = declarations(tokensCss);
    expect(rules.length).toBeGreaterThan(100);
    expect(rules.filter((rule) => !rule.startsWith('--druk-'))).toEqual([]);
  });

  it('leaves page-level rules (colour scheme, focus ring, Dzongkha text, input font) to druk-page.css', () => {
    expect(declarations(pageCss).filter((rule) => rule.startsWith('--'))).toEqual([]);
    expect(pageCss).toMatch(/^:focus-visible \{\n {2}outline: var\(--druk-focus-width/m);
    expect(pageCss).toContain('[data-theme="dark"] {\n  color-scheme: dark;\n}');
    expect(pageCss).toContain('text-transform: none !important;');
  });

  it('keeps type at least 16 px (14 px small print) when a theme shrinks the root font size', () => {
    expect(tokensCss).toContain('--druk-font-size-md: max(16px, clamp(1rem,');
    expect(tokensCss).toContain('--druk-font-size-sm: max(14px, clamp(0.875rem,');
    expect(tokensCss).toContain('--druk-font-size-xs: max(14px, clamp(0.8125rem,');
  });

  it("follows the page's colour scheme, and switches theme by contrast preference and by data-theme", () => {
    expect(tokensCss).toContain('--druk-color-text: light-dark(#1b1a1f, #f4efe7);');
    expect(tokensCss).not.toContain('prefers-color-scheme');
    expect(pageCss).toContain(
      '@media (prefers-color-scheme: dark) {\n  :root:not([data-theme]) {\n    color-scheme: dark;',
    );
    expect(tokensCss).toContain('@media (prefers-contrast: more) {\n  :root:not([data-theme]) {');
    for (const theme of ['light', 'dark', 'high-contrast']) expect(tokensCss).toContain(`[data-theme="${theme}"] {`);
  });

  it('maps colours to system colours in forced-colours mode and stops motion on request', () => {
    expect(tokensCss).toMatch(/@media \(forced-colors: active\) \{[^}]*--druk-color-focus: Highlight;/);
    // Text on the accent is ButtonText on ButtonFace, the pair the system defines, never reversed.
    expect(tokensCss).toMatch(/@media \(forced-colors: active\) \{[^}]*--druk-color-accent: ButtonFace;/);
    expect(tokensCss).toMatch(/@media \(forced-colors: active\) \{[^}]*--druk-color-on-accent: ButtonText;/);
    expect(tokensCss).toMatch(/@media \(prefers-reduced-motion: reduce\) \{[^}]*--druk-duration-normal: 0ms;/);
  });

  it('gives Dzongkha its typography and forbids what breaks Tibetan stacks', () => {
    expect(dzongkhaCss).toContain('--druk-font-family-body: var(--druk-font-family-dzongkha);');
    expect(dzongkhaCss).toContain('--druk-font-family-input: "Jomolhari Editable", var(--druk-font-family-dzongkha);');
    expect(pageCss).toMatch(/:where\(input, textarea, select\) \{\n {2}font-family: var\(--druk-font-family-input\);/);
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
