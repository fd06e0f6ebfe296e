import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Only the Tibetan block. Fontsource's `tibetan` subset also lists U+200C–200D and U+3008–300B;
 * those occur in English text (emoji sequences, brackets) and would make an English page
 * download a Tibetan font, so they are left out: the fonts still contain them for Tibetan text.
 */
export const TIBETAN_RANGE = 'U+0F00-0FFF';

export interface FontFile {
  /** CSS family name, as in the `--druk-font-family-dzongkha` token. */
  family: 'Jomolhari' | 'Noto Serif Tibetan';
  /** The npm package the file comes from. */
  packageName: string;
  /** Base name of the woff2 and woff files (without extension) inside the package's files/. */
  baseName: string;
  weight: number;
  licenceName: string;
}

/**
 * Jomolhari first: its letters follow Bhutanese manuscripts and its Tibetan file is the one
 * most pages load. Noto Serif Tibetan is the fallback (glyphs Jomolhari lacks) and has a real
 * bold; only 400 is shipped here because Jomolhari has no bold and Tibetan text is not bolded.
 */
export const FONT_FILES: readonly FontFile[] = [
  {
    family: 'Jomolhari',
    packageName: '@fontsource/jomolhari',
    baseName: 'jomolhari-tibetan-400-normal',
    weight: 400,
    licenceName: 'LICENSE-Jomolhari.txt',
  },
  {
    family: 'Noto Serif Tibetan',
    packageName: '@fontsource/noto-serif-tibetan',
    baseName: 'noto-serif-tibetan-tibetan-400-normal',
    weight: 400,
    licenceName: 'LICENSE-NotoSerifTibetan.txt',
  },
];

const require = createRequire(import.meta.url);

function packageDir(packageName: string): string {
  return dirname(require.resolve(`${packageName}/package.json`));
}

/** Absolute path of a face's file in its npm package. */
export function fontPath(file: FontFile, format: 'woff2' | 'woff' = 'woff2'): string {
  return join(packageDir(file.packageName), 'files', `${file.baseName}.${format}`);
}

/** Absolute path of the OFL licence that ships with a face's npm package. */
export function licencePath(file: FontFile): string {
  return join(packageDir(file.packageName), 'LICENSE');
}

/**
 * The family form fields use for Dzongkha: the full Jomolhari file. A site's subset holds only
 * the stacks its own text forms, and people type others.
 */
export const EDITABLE_FAMILY = 'Jomolhari Editable';

export interface FaceSource {
  file: FontFile;
  /** Declares the face under this family instead of the file's own. */
  family?: string;
  /** URL of the woff2 as the page will request it. */
  url: string;
  /** Defaults to the whole Tibetan block. */
  unicodeRange?: string;
}

/**
 * `@font-face` rules. `font-display: swap` shows text in a fallback at once; with several
 * sources for one family, later rules are tried first (CSS Fonts 4), so a subset listed after
 * the full file is used for the characters it covers and the full file only for the rest.
 */
export function fontFaceCss(sources: readonly FaceSource[]): string {
  return sources
    .map(
      ({ file, family, url, unicodeRange }) => `@font-face {
  font-family: '${family ?? file.family}';
  font-style: normal;
  font-weight: ${file.weight};
  font-display: swap;
  src: url('${url}') format('woff2');
  unicode-range: ${unicodeRange ?? TIBETAN_RANGE};
}`,
    )
    .join('\n\n');
}
