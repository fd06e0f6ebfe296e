import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_FILES, fontFaceCss, subsetFontFile, tibetanCodePoints, unicodeRange, type FontFile } from '@druk/fonts';
import { translate } from '@druk/locale';

/** Stylesheet (inside the fonts folder) that English pages link for the one Dzongkha word they show. */
export const LANGUAGE_NAME_CSS = 'language-name.css';
/** The font family of that stylesheet; site.css gives it to the language switcher on English pages. */
export const LANGUAGE_NAME_FAMILY = 'Druk Language Name';

/** The one Dzongkha word English pages show: the language switcher's "རྫོང་ཁ". */
export function languageName(): string {
  return translate('language.dz', 'dz');
}

/**
 * English pages show one Dzongkha word, the language switcher's "རྫོང་ཁ". Rather than the
 * site-wide Dzongkha subset, they get a font of just the glyphs that word shapes to, as its own
 * family.
 */
export async function writeLanguageNameFont(fontsDir: string): Promise<number> {
  const word = languageName();
  const codePoints = tibetanCodePoints(word);
  const source = FONT_FILES[0] as FontFile;
  const data = await subsetFontFile(source, [word]);
  const name = `language-name-${createHash('sha256').update(data).digest('hex').slice(0, 10)}.woff2`;
  mkdirSync(join(fontsDir, 'files'), { recursive: true });
  writeFileSync(join(fontsDir, 'files', name), data);
  const face = {
    file: source,
    family: LANGUAGE_NAME_FAMILY,
    url: `files/${name}`,
    unicodeRange: unicodeRange(codePoints),
  };
  writeFileSync(join(fontsDir, LANGUAGE_NAME_CSS), `${fontFaceCss([face])}\n`);
  return data.byteLength;
}
