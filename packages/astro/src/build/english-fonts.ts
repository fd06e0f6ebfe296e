import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tibetanRuns } from '@druk/fonts';
import { FONTS_STYLESHEET } from './font-preload.ts';

/**
 * Removes the Dzongkha font stylesheet from English pages whose only Tibetan text is the language
 * switcher's `languageName` (which has a font of its own, build/language-name-font.ts). Linked, it
 * declares the site subset for the whole Tibetan block, and Chromium starts downloading that 21 KB
 * file whenever it matches the word before the site stylesheet has pointed the switcher at the
 * language-name font (one first visit in about ten on a 2-core machine). English pages that show
 * Dzongkha text (a Dzongkha-only article as a fallback) keep it. Returns the number of pages changed.
 */
export function unlinkDzongkhaFonts(dist: string, pages: readonly string[], languageName: string): number {
  let changed = 0;
  for (const page of pages) {
    const path = join(dist, page);
    const html = readFileSync(path, 'utf8');
    if (!/^<!DOCTYPE html>\s*<html lang="en"/i.test(html) || !html.includes(FONTS_STYLESHEET)) continue;
    if (tibetanRuns(html).some((run) => run !== languageName)) continue;
    writeFileSync(path, html.replace(FONTS_STYLESHEET, ''));
    changed += 1;
  }
  return changed;
}
