import { applyAccent } from './accent.ts';
import { COLOR_ROLES, themes, type ColorRole, type ColorScheme, type ThemeName } from './color.ts';
import { fontFamilies, fontSizeValue, scaleTokens, typeScale } from './scale.ts';

type ScaleGroups = typeof scaleTokens;
/** Every token name without the `--druk-` prefix, e.g. `color-text`, `space-3`, `font-size-md`. */
export type TokenName =
  `color-${ColorRole}` | { [G in keyof ScaleGroups]: `${G}-${keyof ScaleGroups[G] & string}` }[keyof ScaleGroups];

export const PREFIX = '--druk-';

/** Every non-colour token as [name, value], in source order. */
export function scaleEntries(): [TokenName, string][] {
  return Object.entries(scaleTokens).flatMap(([group, values]) =>
    Object.entries(values as Record<string, string>).map(([name, value]): [TokenName, string] => [
      `${group}-${name}` as TokenName,
      value,
    ]),
  );
}

export function colorEntries(scheme: ColorScheme): [TokenName, string][] {
  return COLOR_ROLES.map((role) => [`color-${role}`, scheme[role]]);
}

/** `var(--druk-<name>, <default value>)`, for component styles that must work before the tokens stylesheet loads. */
export function cssVar(name: TokenName): string {
  const value = new Map([...scaleEntries(), ...colorEntries(themes.light)]).get(name);
  if (value === undefined) throw new Error(`Unknown token "${name}".`);
  return `var(${PREFIX}${name}, ${value})`;
}

type Declaration = readonly [property: string, value: string];
type Entry = readonly [name: string, value: string];

/** Token entries as custom-property declarations. */
function asProperties(entries: readonly Entry[]): Declaration[] {
  return entries.map(([name, value]) => [`${PREFIX}${name}`, value]);
}

function block(selector: string, declarations: readonly Declaration[], indent = ''): string {
  const lines = declarations.map(([property, value]) => `${indent}  ${property}: ${value};`);
  return `${indent}${selector} {\n${lines.join('\n')}\n${indent}}`;
}

const colorSchemeOf: Record<ThemeName, string> = { light: 'light', dark: 'dark', 'high-contrast': 'light' };

/** The theme rules after the system's colour scheme: more contrast, then `data-theme` on any element. */
function contrastAndThemeBlocks(declarations: (theme: ThemeName) => Declaration[]): string[] {
  return [
    `@media (prefers-contrast: more) {\n${block(':root:not([data-theme])', declarations('high-contrast'), '  ')}\n}`,
    ...(Object.keys(colorSchemeOf) as ThemeName[]).map((theme) =>
      block(`[data-theme="${theme}"]`, declarations(theme)),
    ),
  ];
}

/** The query for browsers that resolve `light-dark()` (older ones keep the light values before it). */
const LIGHT_DARK_SUPPORT = '@supports (color: light-dark(#000, #fff))';

/**
 * Each colour as `light-dark(light, dark)`: the element that paints it picks by its own used
 * `color-scheme`, which it inherits from the page. So the components follow the page they are on, not
 * the system: a portal that declares only a light scheme (or none) keeps light components when the
 * system is dark, and a page that declares `color-scheme: light dark` (druk-page.css does) turns them
 * dark with the system (ADR 0033).
 */
function schemeFollowingColors(light: ColorScheme, dark: ColorScheme): Declaration[] {
  return asProperties(COLOR_ROLES.map((role) => [`color-${role}`, `light-dark(${light[role]}, ${dark[role]})`]));
}

/**
 * Windows high contrast and other forced-colour modes: roles map to system colours so that
 * anything drawn with a token (SVG fills, outlines, borders) follows the user's palette.
 *
 * Every pair a component draws maps to a pair the system defines for each other: text on the
 * background (CanvasText on Canvas), links (LinkText on Canvas), and text on the accent (ButtonText on
 * ButtonFace: the header band, buttons). Never the reverse (ButtonFace text on ButtonText): the browser
 * draws a Canvas backplate behind text, and ButtonFace equals Canvas in the standard Windows contrast
 * themes, so reversed text vanishes. Components that draw a line in the accent colour give it CanvasText
 * themselves in forced colours, since ButtonFace is no line colour on Canvas.
 */
function systemColor(role: ColorRole): string {
  if (role === 'on-accent') return 'ButtonText';
  if (role === 'focus') return 'Highlight';
  if (role === 'link-visited') return 'VisitedText';
  if (role.startsWith('link')) return 'LinkText';
  if (role.startsWith('accent')) return 'ButtonFace';
  if (role === 'background' || role === 'focus-halo' || role.endsWith('surface')) return 'Canvas';
  return 'CanvasText';
}
const FORCED_COLORS = Object.fromEntries(COLOR_ROLES.map((role) => [role, systemColor(role)])) as Record<
  ColorRole,
  string
>;

/**
 * `:lang(dz)` typography for a document or a shadow root (`:lang()` follows the host's
 * language), so components add it to their own styles.
 * - Font, size, line-height and underline tokens are redefined for Dzongkha, and restored
 *   on any element inside it that declares another language. Components that size text
 *   with the tokens therefore get the Dzongkha scale without compounding.
 * - Font family, line-height and underline offset apply to plain Dzongkha text (and are
 *   given back to other languages inside it) with zero specificity, so that any author rule
 *   (which uses the tokens) wins.
 * - Letter-spacing, text-transform and synthetic bold/italic are forbidden on Tibetan:
 *   they break stacks or fake styles the script does not have.
 */
function dzongkhaParts(): { tokens: string; text: string } {
  const sizes = (scale: (size: string) => string): Entry[] =>
    Object.entries(typeScale).map(([step, [min, max]]) => [`font-size-${step}`, scale(fontSizeValue(min, max))]);
  const dzTokens: Entry[] = [
    ['font-family-body', 'var(--druk-font-family-dzongkha)'],
    ['font-family-heading', 'var(--druk-font-family-dzongkha)'],
    ['font-family-input', '"Jomolhari Editable", var(--druk-font-family-dzongkha)'],
    ...sizes((size) => `calc(${size} * var(--druk-dzongkha-scale))`),
    ['line-height-body', 'var(--druk-dzongkha-line-height-body)'],
    ['line-height-heading', 'var(--druk-dzongkha-line-height-heading)'],
    ['line-height-tight', 'var(--druk-dzongkha-line-height-heading)'],
    ['link-underline-offset', 'var(--druk-dzongkha-underline-offset)'],
  ];
  const latinTokens: Entry[] = [
    ['font-family-body', fontFamilies.body],
    ['font-family-heading', fontFamilies.heading],
    ['font-family-input', fontFamilies.input],
    ...sizes((size) => size),
    ...Object.entries(scaleTokens['line-height']).map(([name, value]): Entry => [`line-height-${name}`, value]),
    ['link-underline-offset', scaleTokens.link['underline-offset']],
  ];
  const tokens = [
    block(':lang(dz)', asProperties(dzTokens)),
    block(':lang(dz) [lang]:not(:lang(dz))', asProperties(latinTokens)),
  ].join('\n\n');
  const text = [
    `:where(:lang(dz)) {\n  font-family: var(--druk-font-family-dzongkha);\n  line-height: var(--druk-line-height-body);\n  text-underline-offset: var(--druk-link-underline-offset);\n}`,
    `:where(:lang(dz) [lang]:not(:lang(dz))) {\n  font-family: var(--druk-font-family-body);\n  line-height: var(--druk-line-height-body);\n  text-underline-offset: var(--druk-link-underline-offset);\n}`,
    `:lang(dz) {\n  letter-spacing: normal !important;\n  text-transform: none !important;\n  font-synthesis: none !important;\n}`,
  ].join('\n\n');
  return { tokens, text };
}

const dzongkha = dzongkhaParts();
/** The Dzongkha token values alone (custom properties only), as tokens.css carries them. */
export const dzongkhaTokensCss: string = dzongkha.tokens;
/** The Dzongkha tokens and the rules for plain Dzongkha text, for a document or a shadow root. */
export const dzongkhaCss: string = `${dzongkha.tokens}\n\n${dzongkha.text}`;

/**
 * Page-level only: plain Dzongkha text (no token-sized rule) gets the Dzongkha size once,
 * where Dzongkha starts, and gives it back where another language starts inside it. Not for
 * shadow roots: there a top-level element has no parent element and would be scaled twice.
 */
export const dzongkhaTextSizeCss = `:where(:lang(dz):not(:root, :lang(dz) > *), :root:lang(dz) > body) {
  font-size: calc(1em * var(--druk-dzongkha-scale));
}

:where(:lang(dz) > [lang]:not(:lang(dz))) {
  font-size: calc(1em / var(--druk-dzongkha-scale));
}`;

/** A focus indicator that stays visible on every theme and in forced colours (outline, not box-shadow, carries it). */
export const focusRingCss = `outline: var(--druk-focus-width, ${scaleTokens.focus.width}) solid var(--druk-color-focus, ${themes.light.focus});
outline-offset: var(--druk-focus-offset, ${scaleTokens.focus.offset});
box-shadow: 0 0 0 var(--druk-focus-offset, ${scaleTokens.focus.offset}) var(--druk-color-focus-halo, ${themes.light['focus-halo']});`;

export interface TokensCssOptions {
  /** An agency's accent colour for the light theme, replacing the dzong maroon. */
  accent?: string;
  /** The accent for the dark theme; it must contrast with the dark background. */
  accentDark?: string;
}

/**
 * The tokens stylesheet: custom properties only (tokens, colours that follow the page's colour scheme,
 * themes by contrast preference and `data-theme`, forced colours, reduced motion, Dzongkha sizes), so that a portal that loads it to
 * embed the components keeps its own look. Throws `AccentContrastError` for an accent that breaks a
 * declared contrast pair.
 */
export function buildTokensCss(options: TokensCssOptions = {}): string {
  const schemes: Record<ThemeName, ColorScheme> = { ...themes };
  if (options.accent) schemes.light = applyAccent(themes.light, options.accent, 'light');
  // The dark theme keeps its own light accent unless one is given: a dark agency colour
  // on the dark background would fail, and guessing a lighter shade is the agency's call.
  if (options.accentDark) schemes.dark = applyAccent(themes.dark, options.accentDark, 'dark');
  return (
    [
      '/* Druk Design System tokens. Generated by @druk/tokens (src/build.ts); do not edit. */',
      block(':root', [...asProperties(colorEntries(schemes.light)), ...asProperties(scaleEntries())]),
      `${LIGHT_DARK_SUPPORT} {\n${block(':root', schemeFollowingColors(schemes.light, schemes.dark), '  ')}\n}`,
      ...contrastAndThemeBlocks((theme) => asProperties(colorEntries(schemes[theme]))),
      `@media (forced-colors: active) {\n${block(':root,\n  [data-theme]', asProperties(colorEntries(FORCED_COLORS)), '  ')}\n}`,
      `@media (prefers-reduced-motion: reduce) {\n${block(':root', asProperties(Object.keys(scaleTokens.duration).map((name) => [`duration-${name}`, '0ms'])), '  ')}\n}`,
      dzongkhaTokensCss,
    ].join('\n\n') + '\n'
  );
}

/**
 * The page stylesheet (`druk-page.css`), opt-in for pages the Druk way builds whole (the site
 * template): the colour scheme of each theme, the focus ring of every element, Dzongkha typography for
 * plain text, and the input font. A portal that only embeds components leaves it out.
 */
export function buildPageCss(): string {
  const inputRule = `:where(input, textarea, select) {\n  font-family: var(--druk-font-family-input);\n}`;
  const focusRule = `:focus-visible {\n  ${focusRingCss.replaceAll('\n', '\n  ')}\n}`;
  const scheme = (theme: ThemeName): Declaration[] => [['color-scheme', colorSchemeOf[theme]]];
  return (
    [
      '/* Druk Design System page styles. Generated by @druk/tokens (src/build.ts); do not edit. */',
      block(':root', scheme('light')),
      `@media (prefers-color-scheme: dark) {\n${block(':root:not([data-theme])', scheme('dark'), '  ')}\n}`,
      ...contrastAndThemeBlocks(scheme),
      focusRule,
      dzongkha.text,
      dzongkhaTextSizeCss,
      // After the Dzongkha rules, which are as specific and would give fields the page's family.
      inputRule,
    ].join('\n\n') + '\n'
  );
}
