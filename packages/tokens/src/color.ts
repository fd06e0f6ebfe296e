/**
 * Colour: a national palette and three themes built from it. Each theme assigns every
 * colour role; components use roles (`--druk-color-<role>`), never palette entries.
 */

/** The palette: the flag's yellow and orange, dzong maroon, whitewashed walls, and inks. */
export const palette = {
  'flag-yellow': '#ffd520',
  'flag-orange': '#ff4e12',
  'maroon-950': '#3e0a0a',
  'maroon-800': '#6e1616',
  'maroon-700': '#7d1d1d',
  'maroon-200': '#f0b4a6',
  'maroon-100': '#fbe9e4',
  white: '#ffffff',
  paper: '#f7f3ec',
  'stone-300': '#d8d2c7',
  'stone-600': '#7a756d',
  'ink-700': '#55525a',
  'ink-900': '#1b1a1f',
  black: '#000000',
  'night-900': '#17130f',
  'night-800': '#231e18',
  'night-600': '#3a342c',
  'night-300': '#c2baae',
  'night-100': '#f4efe7',
} as const;

export const COLOR_ROLES = [
  'background',
  'surface',
  'text',
  'text-muted',
  'link',
  'link-hover',
  'link-visited',
  'accent',
  'accent-hover',
  'on-accent',
  'flag-yellow',
  'flag-orange',
  'on-flag',
  'border',
  'border-subtle',
  'focus',
  'focus-halo',
  'error',
  'error-surface',
  'success',
  'success-surface',
  'warning',
  'warning-surface',
  'info',
  'info-surface',
] as const;
export type ColorRole = (typeof COLOR_ROLES)[number];
export type ColorScheme = Readonly<Record<ColorRole, string>>;

export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

const light: ColorScheme = {
  background: palette.white,
  surface: palette.paper,
  text: palette['ink-900'],
  'text-muted': palette['ink-700'],
  link: palette['maroon-700'],
  'link-hover': palette['maroon-950'],
  'link-visited': '#5b2a86',
  accent: palette['maroon-700'],
  'accent-hover': palette['maroon-950'],
  'on-accent': palette.white,
  'flag-yellow': palette['flag-yellow'],
  'flag-orange': palette['flag-orange'],
  'on-flag': palette['ink-900'],
  border: palette['stone-600'],
  'border-subtle': palette['stone-300'],
  focus: palette['ink-900'],
  'focus-halo': palette['flag-yellow'],
  error: '#b3261e',
  'error-surface': '#fcebe9',
  success: '#1c6b36',
  'success-surface': '#e7f3ea',
  warning: '#7a4b00',
  'warning-surface': '#fff3d1',
  info: '#1d4f91',
  'info-surface': '#e6eef8',
};

const dark: ColorScheme = {
  background: palette['night-900'],
  surface: palette['night-800'],
  text: palette['night-100'],
  'text-muted': palette['night-300'],
  link: '#ffb8a3',
  'link-hover': '#ffdcd2',
  'link-visited': '#d9bcff',
  accent: palette['maroon-200'],
  'accent-hover': '#f8d3ca',
  'on-accent': palette['maroon-950'],
  'flag-yellow': palette['flag-yellow'],
  'flag-orange': palette['flag-orange'],
  'on-flag': palette['ink-900'],
  border: '#9c958a',
  'border-subtle': palette['night-600'],
  focus: palette['flag-yellow'],
  'focus-halo': palette['night-900'],
  error: '#ff9a8f',
  'error-surface': '#3b1a17',
  success: '#86d694',
  'success-surface': '#15301c',
  warning: '#ffc96b',
  'warning-surface': '#3a2a0c',
  info: '#a3c6ff',
  'info-surface': '#14233a',
};

const highContrast: ColorScheme = {
  background: palette.white,
  surface: palette.white,
  text: palette.black,
  'text-muted': palette.black,
  link: '#5c0000',
  'link-hover': palette.black,
  'link-visited': '#3d0066',
  accent: '#5c0000',
  'accent-hover': palette.black,
  'on-accent': palette.white,
  'flag-yellow': palette['flag-yellow'],
  // A lighter orange: black on the flag orange is 6.3:1, short of the 7:1 this theme promises.
  'flag-orange': '#ff7a33',
  'on-flag': palette.black,
  border: palette.black,
  'border-subtle': palette.black,
  focus: palette.black,
  'focus-halo': palette['flag-yellow'],
  error: '#8c0000',
  'error-surface': palette.white,
  success: '#004d1a',
  'success-surface': palette.white,
  warning: '#5c3a00',
  'warning-surface': palette.white,
  info: '#00306e',
  'info-surface': palette.white,
};

export const themes: Readonly<Record<ThemeName, ColorScheme>> = { light, dark, 'high-contrast': highContrast };

/** What a pair is used for decides its WCAG 2.2 minimum. */
export type PairUse = 'text' | 'ui';

export interface ContrastPair {
  foreground: ColorRole;
  background: ColorRole;
  use: PairUse;
  /** Where components put this pair. */
  where: string;
}

/**
 * Every foreground/background pair that components and pages use. The contrast test and
 * the accent check go through this list, so a new pairing in a component belongs here.
 */
export const contrastPairs: readonly ContrastPair[] = [
  { foreground: 'text', background: 'background', use: 'text', where: 'body text' },
  { foreground: 'text', background: 'surface', use: 'text', where: 'text on panels, cards, footer' },
  { foreground: 'text-muted', background: 'background', use: 'text', where: 'hints, metadata' },
  { foreground: 'text-muted', background: 'surface', use: 'text', where: 'metadata on cards' },
  { foreground: 'link', background: 'background', use: 'text', where: 'links' },
  { foreground: 'link', background: 'surface', use: 'text', where: 'links on panels' },
  { foreground: 'link-hover', background: 'background', use: 'text', where: 'hovered links' },
  { foreground: 'link-hover', background: 'surface', use: 'text', where: 'hovered links on panels' },
  { foreground: 'link-visited', background: 'background', use: 'text', where: 'visited links' },
  { foreground: 'link-visited', background: 'surface', use: 'text', where: 'visited links on panels' },
  { foreground: 'on-accent', background: 'accent', use: 'text', where: 'primary buttons, header band' },
  { foreground: 'on-accent', background: 'accent-hover', use: 'text', where: 'hovered primary buttons' },
  { foreground: 'accent', background: 'background', use: 'ui', where: 'primary button against the page' },
  { foreground: 'accent-hover', background: 'background', use: 'ui', where: 'hovered button against the page' },
  { foreground: 'on-flag', background: 'flag-yellow', use: 'text', where: 'text on the yellow band (masthead)' },
  { foreground: 'on-flag', background: 'flag-orange', use: 'text', where: 'text on the orange band' },
  { foreground: 'border', background: 'background', use: 'ui', where: 'input and control borders' },
  { foreground: 'border', background: 'surface', use: 'ui', where: 'input borders on panels' },
  { foreground: 'focus', background: 'background', use: 'ui', where: 'focus ring (outer) on the page' },
  { foreground: 'focus', background: 'surface', use: 'ui', where: 'focus ring (outer) on panels' },
  { foreground: 'focus-halo', background: 'accent', use: 'ui', where: 'focus ring (inner) on the header band' },
  { foreground: 'focus', background: 'focus-halo', use: 'ui', where: 'the two rings tell apart' },
  { foreground: 'error', background: 'background', use: 'text', where: 'error messages, error borders' },
  { foreground: 'error', background: 'error-surface', use: 'text', where: 'error summary heading' },
  { foreground: 'text', background: 'error-surface', use: 'text', where: 'error summary body' },
  { foreground: 'success', background: 'background', use: 'text', where: 'success messages' },
  { foreground: 'success', background: 'success-surface', use: 'text', where: 'success notice heading' },
  { foreground: 'text', background: 'success-surface', use: 'text', where: 'success notice body' },
  { foreground: 'warning', background: 'warning-surface', use: 'text', where: 'warning notice heading' },
  { foreground: 'text', background: 'warning-surface', use: 'text', where: 'warning notice body' },
  { foreground: 'info', background: 'background', use: 'text', where: 'information messages' },
  { foreground: 'info', background: 'info-surface', use: 'text', where: 'information notice heading' },
  { foreground: 'text', background: 'info-surface', use: 'text', where: 'information notice body' },
];

/** WCAG 2.2 minimum per use: 1.4.3 (AA) for text, 1.4.11 for UI; the high-contrast theme meets 1.4.6 (AAA). */
export function minimumContrast(use: PairUse, theme: ThemeName): number {
  if (use === 'ui') return 3;
  return theme === 'high-contrast' ? 7 : 4.5;
}
