import { contrastPairs, minimumContrast, type ColorRole, type ColorScheme, type ThemeName } from './color.ts';
import { contrastRatio, mix, parseHex } from './contrast.ts';

const ACCENT_ROLES: ReadonlySet<ColorRole> = new Set(['accent', 'accent-hover', 'on-accent']);
const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#1b1a1f';

/** An accent colour that fails one or more contrast pairs; `failures` says which and by how much. */
export class AccentContrastError extends Error {
  readonly failures: readonly string[];
  constructor(accent: string, theme: ThemeName, failures: readonly string[]) {
    super(
      `Accent colour ${accent} cannot be used in the ${theme} theme: it fails WCAG 2.2 contrast for ` +
        `${failures.join('; ')}. Choose a ${theme === 'dark' ? 'lighter' : 'darker'} shade.`,
    );
    this.name = 'AccentContrastError';
    this.failures = failures;
  }
}

/**
 * The colour scheme with an agency's accent in place of the maroon: text on it is white or
 * near-black (whichever contrasts more), the hover shade moves away from that text colour,
 * and every declared pair that involves the accent must still pass, or this throws
 * `AccentContrastError` naming each failing pair and its ratio.
 */
export function applyAccent(scheme: ColorScheme, accent: string, theme: ThemeName): ColorScheme {
  parseHex(accent);
  const onAccent = contrastRatio(accent, LIGHT_TEXT) >= contrastRatio(accent, DARK_TEXT) ? LIGHT_TEXT : DARK_TEXT;
  const hover = mix(accent, onAccent === LIGHT_TEXT ? '#000000' : '#ffffff', 0.25);
  const result: ColorScheme = { ...scheme, accent: accent.toLowerCase(), 'accent-hover': hover, 'on-accent': onAccent };
  const failures = contrastPairs
    .filter((pair) => ACCENT_ROLES.has(pair.foreground) || ACCENT_ROLES.has(pair.background))
    .flatMap((pair) => {
      const ratio = contrastRatio(result[pair.foreground], result[pair.background]);
      const needed = minimumContrast(pair.use, theme);
      return ratio < needed
        ? [`${pair.foreground} on ${pair.background} (${pair.where}) is ${ratio.toFixed(2)}:1, needs ${needed}:1`]
        : [];
    });
  if (failures.length > 0) throw new AccentContrastError(accent, theme, failures);
  return result;
}
