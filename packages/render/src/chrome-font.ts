// The chrome's own Dzongkha font. Every page shows some Tibetan in the chrome (the agency's Dzongkha name,
// the language switcher's "རྫོང་ཁ"), and with the fonts' full files an English page downloaded all of
// Jomolhari (362 KB) for it. The fragments are known when druk-render runs, so their Tibetan text is
// shaped and cut into a subset (ADR 0011) declared as a family of its own, which the chrome's elements
// put first: English pages download only that subset, Dzongkha pages it and whatever their content needs.
import { createHash } from 'node:crypto';
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FONT_FILES, fontFaceCss, subsetFontFile, tibetanCodePoints, tibetanRuns, unicodeRange } from '@druk/fonts';
import { fontFamilies } from '@druk/tokens';
import { LANGS } from './description.ts';
import { CHROME_MODULES, PARTS, type Fragments } from './render.ts';

/** The family of the chrome's subset, declared only for the characters the chrome shows. */
export const CHROME_FONT_FAMILY = 'Druk Chrome Dzongkha';

/** The chrome's elements, named from their modules (`@druk/components/masthead` → `druk-masthead`). */
const CHROME_ELEMENTS = CHROME_MODULES.map((module) => module.replace('@druk/components/', 'druk-'));

/**
 * A rule giving the chrome's elements `family` before the tokens' own font families. Custom properties
 * inherit into the shadow roots, so every text of the chrome, in either language, tries `family` first;
 * `family`'s unicode-range holds every Tibetan character the chrome shows, so a syllable never takes its
 * letters from two files (which misplaces the vowel signs, see @druk/fonts).
 */
export function chromeFamiliesCss(family: string): string {
  const first = (families: string) => `'${family}', ${families}`;
  return `${CHROME_ELEMENTS.join(', ')} {
  --druk-font-family-body: ${first(fontFamilies.body)};
  --druk-font-family-heading: ${first(fontFamilies.heading)};
  --druk-font-family-dzongkha: ${first(fontFamilies.dzongkha)};
}`;
}

/** The Tibetan text of every fragment in both languages: the description's and the components' strings. */
export function chromeText(fragments: Fragments): string[] {
  const runs = LANGS.flatMap((lang) => PARTS.flatMap((part) => tibetanRuns(fragments[lang][part])));
  return [...new Set(runs)].sort();
}

/**
 * Writes the subset of Jomolhari for the fragments' Tibetan text into `fontsDir`/files (content-hashed
 * name) and appends its `@font-face` and the chrome's families to the fonts stylesheet `css`. Returns the
 * file's path relative to `fontsDir`.
 */
export async function writeChromeFont(fragments: Fragments, fontsDir: string, css: string): Promise<string> {
  const [jomolhari] = FONT_FILES;
  const text = chromeText(fragments);
  const data = await subsetFontFile(jomolhari!, text);
  const url = `files/chrome-${createHash('sha256').update(data).digest('hex').slice(0, 10)}.woff2`;
  await mkdir(join(fontsDir, 'files'), { recursive: true });
  await writeFile(join(fontsDir, url), data);
  const face = fontFaceCss([
    { file: jomolhari!, family: CHROME_FONT_FAMILY, url, unicodeRange: unicodeRange(tibetanCodePoints(text.join(''))) },
  ]);
  await appendFile(join(fontsDir, css), `\n${face}\n\n${chromeFamiliesCss(CHROME_FONT_FAMILY)}\n`);
  return url;
}
