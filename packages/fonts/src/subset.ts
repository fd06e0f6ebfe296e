import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { decodeCharacterReferences, readWoff2AsSfnt, subsetToText, TIBETAN, tibetanRuns } from './glyph-subset.ts';
import { FONT_FILES, fontFaceCss, fontPath, type FaceSource, type FontFile } from './faces.ts';
import { copyFonts, FONTS_CSS } from './copy.ts';

/** The Tibetan code points in a text (character references such as `&#xF40;` included). */
export function tibetanCodePoints(text: string): Set<number> {
  const found = new Set<number>();
  for (const char of decodeCharacterReferences(text)) {
    if (TIBETAN.test(char)) found.add(char.codePointAt(0) as number);
  }
  return found;
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** A CSS `unicode-range` listing exactly these code points, runs merged: `U+0F0B, U+0F40-0F42`. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('Cannot write a unicode-range for no characters.');
  const runs: [number, number][] = [];
  for (const code of sorted) {
    const last = runs.at(-1);
    if (last && code === last[1] + 1) last[1] = code;
    else runs.push([code, code]);
  }
  return runs.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(', ');
}

/**
 * A woff2 of `file` with the glyphs that shaping `runs` (Tibetan text as pages show it) uses; see
 * glyph-subset.ts for why shaping, not the characters, decides what is kept.
 */
export async function subsetFontFile(file: FontFile, runs: readonly string[]): Promise<Uint8Array> {
  if (!runs.some((run) => TIBETAN.test(run))) throw new Error('Cannot subset a font to no Tibetan text.');
  return subsetToText(await readWoff2AsSfnt(fontPath(file)), runs);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface SubsetReport {
  pages: number;
  codePoints: number;
  /** Distinct Tibetan text stretches shaped to choose the glyphs. */
  runs: number;
  /** Written subsets, with the size of the file each replaces. */
  files: { family: string; path: string; codePoints: number; bytes: number; fullBytes: number }[];
  css: string;
}

export interface SubsetSiteOptions {
  /** Folder inside the site for the stylesheet and font files; default `_fonts`. */
  fontsDir?: string;
  /**
   * Where finished subsets are kept between builds, keyed by font and text; default
   * `node_modules/.cache/druk-fonts` under the working directory when `node_modules` exists,
   * `false` for none. An unchanged site rebuilds with the same text.
   */
  cacheDir?: string | false;
  /**
   * Text the site's scripts may show that no HTML file holds (messages of components, search
   * states): it is shaped with the pages, so it renders as well as they do.
   */
  scriptText?: readonly string[];
}

function defaultCacheDir(): string | false {
  const modules = join(process.cwd(), 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'druk-fonts') : false;
}

async function cachedSubset(file: FontFile, runs: readonly string[], cacheDir: string | false): Promise<Uint8Array> {
  if (!cacheDir) return subsetFontFile(file, runs);
  const key = createHash('sha256')
    // "unhinted": subsets cached before hinting was left out (ADR 0020) are not reused.
    .update(`unhinted:${file.packageName}/${file.baseName}:${(await readFile(fontPath(file))).byteLength}:`)
    .update(runs.join('\n'))
    .digest('hex')
    .slice(0, 32);
  const path = join(cacheDir, `${key}.woff2`);
  if (existsSync(path)) return readFile(path);
  const data = await subsetFontFile(file, runs);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(path, data);
  return data;
}

/**
 * Scans every HTML file of a built site for its Tibetan text and writes, under
 * `<site>/<fontsDir>/`: the full files and licences (`copyFonts`), a subset woff2 per face
 * holding the glyphs that text shapes to (content-hashed name), and `druk-fonts.css` declaring
 * each subset for exactly the characters used, after the full file of its family: browsers try
 * the later rule first, so the built pages load only the subset, and text with other characters
 * falls back to the full file. Text typed by users can form stacks the site never shows, so form
 * fields use the editable family (`copyFonts`), which is the full file.
 *
 * There is one subset per face, not a smaller one for the few Tibetan letters of English
 * pages: when a syllable's letters come from two files, Chromium places the vowel signs
 * without the font's attachment data (seen in the screenshot comparison), so every
 * character a page may show together must come from one file.
 */
export async function subsetSite(siteDir: string, options: SubsetSiteOptions = {}): Promise<SubsetReport> {
  const fontsDir = options.fontsDir ?? '_fonts';
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const target = join(siteDir, fontsDir);
  const pages = await htmlFiles(siteDir);
  if (pages.length === 0) throw new Error(`No .html files in ${siteDir}: run the site build first.`);
  const found = new Set<string>(options.scriptText?.filter((text) => TIBETAN.test(text)));
  for (const page of pages) for (const run of tibetanRuns(await readFile(page, 'utf8'))) found.add(run);
  const runs = [...found].sort();
  const codePoints = tibetanCodePoints(runs.join(''));

  const full = await copyFonts(target);
  const report: SubsetReport = {
    pages: pages.length,
    codePoints: codePoints.size,
    runs: runs.length,
    files: [],
    css: join(target, FONTS_CSS),
  };
  if (codePoints.size === 0) return report;

  await mkdir(join(target, 'files'), { recursive: true });
  const range = unicodeRange(codePoints);
  const subsets: FaceSource[] = [];
  for (const file of FONT_FILES) {
    const data = await cachedSubset(file, runs, cacheDir);
    const name = `${file.baseName}-subset-${createHash('sha256').update(data).digest('hex').slice(0, 10)}.woff2`;
    const path = join(target, 'files', name);
    await writeFile(path, data);
    subsets.push({ file, url: `files/${name}`, unicodeRange: range });
    const fullBytes = (await readFile(fontPath(file))).byteLength;
    report.files.push({
      family: file.family,
      path: relative(siteDir, path),
      codePoints: codePoints.size,
      bytes: data.byteLength,
      fullBytes,
    });
  }
  await writeFile(report.css, `${fontFaceCss([...full, ...subsets])}\n`);
  return report;
}
