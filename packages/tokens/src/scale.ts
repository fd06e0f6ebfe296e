/**
 * Non-colour tokens: space, radii, borders, focus ring, breakpoints, motion and type.
 * Each group becomes `--druk-<group>-<name>` custom properties.
 */

/** The viewport widths between which fluid type sizes grow from their minimum to their maximum. */
export const FLUID_RANGE = { minViewport: 320, maxViewport: 1280 } as const;

/**
 * `clamp()` that grows linearly from `minRem` at 320px to `maxRem` at 1280px. The middle term
 * mixes rem and vw so that text still scales with browser zoom (WCAG 1.4.4).
 */
export function fluidSize(minRem: number, maxRem: number): string {
  const { minViewport, maxViewport } = FLUID_RANGE;
  const slope = ((maxRem - minRem) * 16) / (maxViewport - minViewport);
  const interceptRem = minRem - (slope * minViewport) / 16;
  const round = (n: number) => Number(n.toFixed(4));
  return `clamp(${round(minRem)}rem, ${round(interceptRem)}rem + ${round(slope * 100)}vw, ${round(maxRem)}rem)`;
}

/** The smallest text the components show, in CSS px: small print (WCAG-minded government practice). */
export const SMALL_PRINT_PX = 14;

/**
 * A font size token: the fluid size, never below its minimum in CSS px. The px floor holds the size
 * where an old theme shrinks the root (`html { font-size: 62.5% }` makes 1rem 10px) and still grows
 * with a larger browser font setting and with zoom, since a larger rem wins over the floor.
 */
export function fontSizeValue(minRem: number, maxRem: number): string {
  const floor = Math.max(SMALL_PRINT_PX, minRem * 16);
  return `max(${Number(floor.toFixed(2))}px, ${fluidSize(minRem, maxRem)})`;
}

/** Latin type scale as [min rem at 320px, max rem at 1280px]. */
export const typeScale = {
  xs: [0.8125, 0.875],
  sm: [0.875, 0.9375],
  md: [1, 1.125],
  lg: [1.125, 1.3125],
  xl: [1.3125, 1.625],
  '2xl': [1.5, 2],
  '3xl': [1.875, 2.625],
  '4xl': [2.25, 3.25],
} as const satisfies Record<string, readonly [number, number]>;
export type TypeStep = keyof typeof typeScale;

/**
 * Dzongkha typography (see docs/adr on Dzongkha typography for the measurements behind
 * these numbers). Jomolhari's letters sit small on the em: 1.2x matches Latin visually.
 */
export const dzongkha = {
  scale: 1.2,
  lineHeightBody: 1.8,
  lineHeightHeading: 1.5,
  /**
   * Added to the font's own underline position, this puts a link underline just under
   * Jomolhari's deepest stacks (−0.61 em) and still clear of the vowels of the next line at
   * line-height 1.8; 0.62em touched them (specimens in docs/adr/0006-dzongkha-typography).
   */
  underlineOffset: '0.5em',
} as const;

export const fontFamilies = {
  /** System UI faces first (no download); Tibetan faces after them catch Tibetan characters in English text. */
  body: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, Jomolhari, "Noto Serif Tibetan", sans-serif',
  heading:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, Jomolhari, "Noto Serif Tibetan", sans-serif',
  /** Tibetan faces first; their @font-face covers only U+0F00–0FFF, so Latin in Dzongkha text falls to the UI face. */
  dzongkha:
    'Jomolhari, "Noto Serif Tibetan", "DDC Uchen", "Tibetan Machine Uni", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  /**
   * Form fields: the full Jomolhari file under its own family first, for any Tibetan typed in, then
   * the body faces. A built site's Jomolhari is cut to the stacks its pages show (@druk/fonts), and
   * people type others. Its @font-face covers only Tibetan, so Latin input keeps the UI face.
   */
  input:
    '"Jomolhari Editable", system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Noto Serif Tibetan", sans-serif',
  mono: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace',
} as const;

/** Every group except colour, as CSS values. */
export const scaleTokens = {
  space: {
    '0': '0',
    '1': '0.25rem',
    '2': '0.5rem',
    '3': '0.75rem',
    '4': '1rem',
    '5': '1.5rem',
    '6': '2rem',
    '7': '3rem',
    '8': '4rem',
    '9': '6rem',
  },
  radius: { none: '0', sm: '2px', md: '4px', lg: '8px', pill: '999px' },
  'border-width': { thin: '1px', thick: '2px', heavy: '4px' },
  focus: {
    // WCAG 2.4.13: the indicator is at least as large as a 2px perimeter and changes by 3:1.
    width: '3px',
    offset: '2px',
  },
  breakpoint: { sm: '30em', md: '48em', lg: '64em', xl: '80em' },
  layout: { measure: '70ch', container: '75rem', gutter: 'clamp(1rem, 0.6rem + 2vw, 2rem)' },
  duration: { instant: '0ms', fast: '120ms', normal: '200ms', slow: '320ms' },
  easing: { standard: 'cubic-bezier(0.2, 0, 0, 1)', exit: 'cubic-bezier(0.3, 0, 1, 1)' },
  shadow: {
    sm: '0 1px 2px rgb(0 0 0 / 0.12)',
    md: '0 2px 6px rgb(0 0 0 / 0.16)',
    lg: '0 8px 24px rgb(0 0 0 / 0.18)',
  },
  'font-family': fontFamilies,
  'font-size': Object.fromEntries(
    Object.entries(typeScale).map(([step, [min, max]]) => [step, fontSizeValue(min, max)]),
  ) as Record<TypeStep, string>,
  'font-weight': { regular: '400', medium: '500', bold: '700' },
  'line-height': { tight: '1.2', heading: '1.25', body: '1.5' },
  link: { 'underline-offset': '0.18em', 'underline-thickness': 'max(1px, 0.0625em)' },
  dzongkha: {
    scale: String(dzongkha.scale),
    'line-height-body': String(dzongkha.lineHeightBody),
    'line-height-heading': String(dzongkha.lineHeightHeading),
    'underline-offset': dzongkha.underlineOffset,
  },
} as const;
