import { describe, expect, it } from 'vitest';
import { AccentContrastError, applyAccent } from './accent.ts';
import { COLOR_ROLES, THEMES, contrastPairs, minimumContrast, themes } from './color.ts';
import { contrastRatio, mix, parseHex } from './contrast.ts';
import { buildTokensCss } from './css.ts';

describe('contrast maths', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the well-known lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('parses short and long hex and names a bad value', () => {
    expect(parseHex('#fd0')).toEqual([255, 221, 0]);
    expect(parseHex('#7d1d1d')).toEqual([125, 29, 29]);
    expect(() => parseHex('maroon')).toThrow('"maroon" is not a colour in #rgb or #rrggbb form.');
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
  });
});

describe.each(THEMES)('%s theme', (theme) => {
  it('assigns every colour role', () => {
    expect(Object.keys(themes[theme]).sort()).toEqual([...COLOR_ROLES].sort());
  });

  it.each(contrastPairs.map((pair) => [`${pair.foreground} on ${pair.background}`, pair] as const))(
    '%s meets WCAG 2.2',
    (_name, pair) => {
      const ratio = contrastRatio(themes[theme][pair.foreground], themes[theme][pair.background]);
      expect(ratio).toBeGreaterThanOrEqual(minimumContrast(pair.use, theme));
    },
  );
});

describe('agency accent', () => {
  it('accepts a dark green and picks white text and a darker hover', () => {
    const scheme = applyAccent(themes.light, '#0a5c36', 'light');
    expect(scheme.accent).toBe('#0a5c36');
    expect(scheme['on-accent']).toBe('#ffffff');
    expect(contrastRatio(scheme['accent-hover'], '#ffffff')).toBeGreaterThan(contrastRatio('#0a5c36', '#ffffff'));
  });

  it('accepts a light accent in the dark theme, with dark text on it', () => {
    expect(applyAccent(themes.dark, '#ffd520', 'dark')['on-accent']).toBe('#1b1a1f');
  });

  it('rejects the flag yellow as a light-theme accent: a button in it vanishes against white', () => {
    expect(() => applyAccent(themes.light, '#ffd520', 'light')).toThrow(
      /accent on background .* is 1\.42:1, needs 3:1/,
    );
  });

  it('rejects an accent that fails AA, naming the pair and the ratio', () => {
    // A pale grey: ink text on it passes, but a button in it has no visible edge on white.
    const attempt = () => applyAccent(themes.light, '#e0e0e0', 'light');
    expect(attempt).toThrow(AccentContrastError);
    expect(attempt).toThrow(/Accent colour #e0e0e0 cannot be used in the light theme/);
    expect(attempt).toThrow(/accent on background \(primary button against the page\) is 1\.\d\d:1, needs 3:1/);
  });

  it('rejects a dark accent in the dark theme', () => {
    expect(() => applyAccent(themes.dark, '#0a5c36', 'dark')).toThrow(/dark theme.*Choose a lighter shade/);
  });

  it('is applied by the stylesheet build and checked there', () => {
    expect(buildTokensCss({ accent: '#0a5c36' })).toContain('--druk-color-accent: #0a5c36;');
    expect(() => buildTokensCss({ accent: '#e0e0e0' })).toThrow(AccentContrastError);
    expect(() => buildTokensCss({ accent: 'green' })).toThrow('"green" is not a colour');
  });
});
