export { AccentContrastError, applyAccent } from './accent.ts';
export {
  COLOR_ROLES,
  THEMES,
  contrastPairs,
  minimumContrast,
  palette,
  themes,
  type ColorRole,
  type ColorScheme,
  type ContrastPair,
  type PairUse,
  type ThemeName,
} from './color.ts';
export { contrastRatio, mix, parseHex, relativeLuminance } from './contrast.ts';
export {
  PREFIX,
  buildPageCss,
  buildTokensCss,
  colorEntries,
  cssVar,
  dzongkhaCss,
  dzongkhaTokensCss,
  dzongkhaTextSizeCss,
  focusRingCss,
  scaleEntries,
  type TokenName,
  type TokensCssOptions,
} from './css.ts';
export {
  FLUID_RANGE,
  SMALL_PRINT_PX,
  dzongkha,
  fluidSize,
  fontFamilies,
  fontSizeValue,
  scaleTokens,
  typeScale,
  type TypeStep,
} from './scale.ts';

import { buildPageCss, buildTokensCss } from './css.ts';
import { themes } from './color.ts';
import { scaleTokens } from './scale.ts';

/** The default stylesheet as a string (for `unsafeCSS`, a `<style>` or a CSSStyleSheet); `tokens.css` holds the same text. */
export const tokensCss: string = buildTokensCss();

/** The opt-in page stylesheet (colour scheme, focus ring, Dzongkha text, input font); `druk-page.css` holds the same text. */
export const pageCss: string = buildPageCss();

/** All tokens as data (the JSON export): colour per theme, and every other group. */
export const tokens = { color: themes, ...scaleTokens } as const;
