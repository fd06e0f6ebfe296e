// Writes what a portal's theme includes: <out>/head.html, <out>/<lang>/<part>.html, and <out>/assets/
// with the stylesheets, fonts and the hydration script the fragments link to.
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyFonts } from '@druk/fonts';
import { writeChromeFont } from './chrome-font.ts';
import { LANGS, type SiteDescription } from './description.ts';
import { ASSET_FILES, PARTS, headFragment, renderFragments } from './render.ts';

/**
 * The client script (hydration support, then the chrome's elements, bundled with Lit), which
 * scripts/packages.ts builds into this package's dist/client/, beside the files it fetches when a page
 * needs them (druk-chrome-dzongkha.json). The same relative path works from src/ in the workspace and
 * from dist/ in the published package.
 */
export const CLIENT_SCRIPT = fileURLToPath(new URL('../dist/client/druk-chrome.js', import.meta.url));

export interface WriteOptions {
  /** Names the description in the fragments' comments (e.g. `site.yaml`). */
  source?: string;
}

/** Every file written, relative to the output folder. */
export interface WriteReport {
  fragments: string[];
  assets: string[];
}

function banner(what: string, options: WriteOptions): string {
  const from = options.source ? ` from ${options.source}` : '';
  return `<!-- druk-render: ${what}${from}. Generated; edit the description and run druk-render again. -->\n`;
}

/** Renders every fragment of `site` and writes them, with the assets they link to, into `out`. */
export async function writeFragments(
  site: SiteDescription,
  out: string,
  options: WriteOptions = {},
): Promise<WriteReport> {
  if (!existsSync(CLIENT_SCRIPT)) {
    throw new Error(`${CLIENT_SCRIPT} is missing: build the packages first (node scripts/packages.ts build)`);
  }
  const fragments = await renderFragments(site);
  const report: WriteReport = { fragments: ['head.html'], assets: [] };
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'head.html'), `${banner('<head> links', options)}${headFragment(site)}\n`);
  for (const lang of LANGS) {
    await mkdir(join(out, lang), { recursive: true });
    for (const part of PARTS) {
      const file = `${lang}/${part}.html`;
      await writeFile(join(out, file), `${banner(`${part}, ${lang}`, options)}${fragments[lang][part]}\n`);
      report.fragments.push(file);
    }
  }
  const assets = join(out, 'assets');
  await mkdir(assets, { recursive: true });
  await copyFile(fileURLToPath(import.meta.resolve('@druk/tokens/tokens.css')), join(assets, ASSET_FILES.tokens));
  // The script and the files it fetches relative to its own address, which must stay beside it.
  const clientFiles = await readdir(dirname(CLIENT_SCRIPT));
  for (const file of clientFiles) await copyFile(join(dirname(CLIENT_SCRIPT), file), join(assets, file));
  const fontsDir = join(assets, dirname(ASSET_FILES.fonts));
  const fonts = await copyFonts(fontsDir);
  const chromeFont = await writeChromeFont(fragments, fontsDir, basename(ASSET_FILES.fonts));
  report.assets.push(ASSET_FILES.tokens, ...clientFiles, ASSET_FILES.fonts);
  for (const face of new Set([...fonts.map((font) => font.url), chromeFont])) report.assets.push(`fonts/${face}`);
  return report;
}
