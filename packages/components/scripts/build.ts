// Builds dist/cdn/druk-components.js: every component (with Lit) in one minified script for a
// <script type="module"> tag. The npm entry points (dist/**/*.js and .d.ts) are compiled by
// scripts/packages.ts, which calls this too. It also bundles single modules for size measurements.
// CSS inside css`…` templates is minified on the way, since esbuild cannot see into template strings.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { minify } from 'terser';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(PACKAGE_DIR, 'src');
export const DIST = join(PACKAGE_DIR, 'dist');

/**
 * Collapses a CSS text: comments, line breaks, the spaces around punctuation that never need them, the
 * space before `!important`, the zero before a decimal point (`0.875rem` -> `.875rem`) and the second
 * digit of colours that repeat each (`#ffffff` -> `#fff`) and the quotes around identifiers in attribute
 * selectors (`[lang='dz']` -> `[lang=dz]`). A space
 * before `(`, `:` or `[` stays: there it is a descendant combinator (`:host(:lang(dz)) a`).
 */
export function minifyCss(cssText: string): string {
  return cssText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/(^|[\s:,(-])0\.(\d)/g, '$1.$2')
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
    .replace(/\[([\w-]+)=(['"])([a-z_-][\w-]*)\2\]/gi, '[$1=$3]')
    .replace(/;}/g, '}')
    .trim();
}

/** `source` with the body of every css`…` template without interpolations minified (tsc writes `css \``). */
export function minifyCssTemplates(source: string): string {
  return source.replace(/\bcss\s*`([^`$]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``);
}

/**
 * `source` of a string catalogue without what only translators read: each entry's `review` flag and
 * `note` (the components look up `en` and `dz` only). Entries are `{ en, dz, review?, note? }` with
 * single-quoted notes, as prettier writes them.
 */
export function stripTranslatorFields(source: string): string {
  return source.replace(/,\s*review:\s*(?:true|false)/g, '').replace(/,\s*note:\s*'(?:[^'\\\n]|\\.)*'/g, '');
}

const CATALOGUE = /[\\/]locale[\\/]src[\\/]catalogue[\\/][^\\/]+\.ts$/;

/** A data file a module fetches from beside itself, e.g. `new URL('./dzongkha.json', import.meta.url)`. */
const DATA_URL = /new URL\('(\.\/[\w-]+\.json)', import\.meta\.url\)/g;

/**
 * esbuild cannot see into template strings, nor does it copy the data files that modules fetch (Vite and
 * webpack do): this minifies the CSS templates of each module it loads, leaves the translators' fields out
 * of the string catalogues, and gives each data file the address `dataUrl` returns for its path.
 */
function sourcePlugin(dataUrl: (path: string) => string): Plugin {
  return {
    name: 'minify-css-templates-catalogues-and-data-urls',
    setup(builder) {
      builder.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = minifyCssTemplates(readFileSync(args.path, 'utf8')).replace(
          DATA_URL,
          (_match, file: string) =>
            `new URL(${JSON.stringify(dataUrl(join(dirname(args.path), file)))}, import.meta.url)`,
        );
        return { contents: CATALOGUE.test(args.path) ? stripTranslatorFields(source) : source, loader: 'ts' };
      });
    },
  };
}

/** Component entry points: every `src/<name>/<name>.ts` (and the tabs' and steps' second elements). */
export async function componentEntries(): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const folder of await readdir(SRC, { withFileTypes: true })) {
    if (!folder.isDirectory() || ['base', 'ssr', 'form-base'].includes(folder.name)) continue;
    for (const file of await readdir(join(SRC, folder.name))) {
      if (!file.endsWith('.ts') || /\.(styles|test|browser\.test|stories)\.ts$/.test(file)) continue;
      entries[file.replace(/\.ts$/, '')] = join(SRC, folder.name, file);
    }
  }
  return entries;
}

const shared: BuildOptions = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  // Dzongkha as UTF-8 (3 bytes a letter), not \u escapes (6): module scripts are always read as UTF-8.
  charset: 'utf8',
  // Lit's production build, not its development warnings.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

/**
 * A second minification pass for the CDN file: terser's compression finds what esbuild's one pass
 * leaves (about 2% of the gzip size). It takes seconds, so the size measurements (`bundleOne`) skip it
 * and stay on the safe side. Template strings stay as they are, so server-rendered markup still hydrates.
 */
async function compress(code: string): Promise<string> {
  const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (result.code === undefined) throw new Error('terser returned no code');
  return result.code;
}

/**
 * Bundles `entryContents` into one file (minified), dynamic imports included and data files as `data:`
 * addresses: for test pages that load one script.
 */
export async function bundleOne(entryContents: string, resolveDir = SRC): Promise<string> {
  const result = await build({
    ...shared,
    plugins: [sourcePlugin((path) => `data:application/json;base64,${readFileSync(path).toString('base64')}`)],
    stdin: { contents: entryContents, resolveDir, loader: 'ts' },
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** A bundle split where the code imports modules dynamically: what every page loads, and the rest. */
export interface SplitBundle {
  /** The entry file: what every page that uses the bundle loads. */
  entry: string;
  /** Files the entry loads only when a page needs them (e.g. the Dzongkha strings), by file name. */
  lazy: Record<string, string>;
}

export interface SplitOptions {
  /** The entry's file name without `.js`; the lazy files are named `<name>-<module>.js` (data: `.json`). */
  name?: string;
  /** Where the entry's imports resolve from. */
  resolveDir?: string;
  /** More esbuild plugins (the CDN build's external files). */
  plugins?: Plugin[];
}

/**
 * Bundles `entryContents` (minified) with each dynamically imported module in a file of its own, as a
 * portal's bundler and the CDN build do; the size measurements use the entry. Throws when a chunk of
 * code shared by the entry and a lazy file appears: it would be a third file that every page loads.
 */
export async function bundleSplit(
  entryContents: string,
  { name = 'druk-components', resolveDir = SRC, plugins = [] }: SplitOptions = {},
): Promise<SplitBundle> {
  const data = new Map<string, string>();
  const dataUrl = (path: string): string => {
    const file = `${name}-${basename(path)}`;
    data.set(file, readFileSync(path, 'utf8'));
    return `./${file}`;
  };
  const result = await build({
    ...shared,
    plugins: [sourcePlugin(dataUrl), ...plugins],
    stdin: { contents: entryContents, resolveDir, loader: 'ts', sourcefile: `${name}.ts` },
    splitting: true,
    // Only the file names matter: nothing is written.
    outdir: DIST,
    entryNames: name,
    chunkNames: `${name}-[name]`,
    write: false,
  });
  const files = new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
  const entry = files.get(`${name}.js`);
  files.delete(`${name}.js`);
  if (entry === undefined) throw new Error(`esbuild wrote no ${name}.js`);
  const sharedChunks = [...files.keys()].filter((file) => file.startsWith(`${name}-chunk`));
  if (sharedChunks.length)
    throw new Error(`a chunk shared by the entry and a lazy file appeared: ${sharedChunks.join(', ')}`);
  return { entry, lazy: Object.fromEntries([...files, ...data]) };
}

/** Resolves the imports that `filter` matches to `path`, left as an import in the output. */
function externalAs(filter: RegExp, path: string): Plugin {
  return {
    name: `external-${path}`,
    setup(builder) {
      builder.onResolve({ filter }, () => ({ path, external: true }));
    },
  };
}

const CDN_FILE = 'druk-components.js';
const HYDRATE_FILE = 'druk-components-hydrate.js';

/**
 * Lit's hydration support first, before any element is defined: on a page with server-rendered
 * (declarative shadow DOM) elements, such as druk-render's fragments, the CDN file then takes over
 * their shadow roots instead of rendering every part a second time, whatever the order of the scripts.
 * Its `hydrate()` is a file of its own that only such pages fetch (scripts/cdn-hydration.ts).
 */
const CDN_ENTRY = `export * from '../scripts/cdn-hydration.ts';\nexport * from './index.ts';`;

/**
 * `hydrate()` for the CDN file: Lit's, with its imports of lit-html's main module pointing at the CDN
 * file, which exports what they name, so that the page keeps one Lit. (Bundled with the entry, esbuild
 * would put lit-html in a third file that every page loads.)
 */
async function bundleHydrate(): Promise<string> {
  const result = await build({
    ...shared,
    stdin: { contents: "export { hydrate } from '@lit-labs/ssr-client';", resolveDir: PACKAGE_DIR, loader: 'js' },
    plugins: [externalAs(/^lit-html$|\/lit-html\.js$/, `./${CDN_FILE}`)],
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The CDN file and the files it loads only when a page needs them, by name, as they ship. */
export async function cdnFiles(): Promise<Record<string, string>> {
  const bundle = await bundleSplit(CDN_ENTRY, {
    plugins: [externalAs(/^@lit-labs\/ssr-client$/, `./${HYDRATE_FILE}`)],
  });
  const files: Record<string, string> = {
    [CDN_FILE]: bundle.entry,
    ...bundle.lazy,
    [HYDRATE_FILE]: await bundleHydrate(),
  };
  for (const [name, code] of Object.entries(files)) if (name.endsWith('.js')) files[name] = await compress(code);
  return files;
}

/**
 * Writes the CDN file and, next to it, the files it loads only when a page needs them (the Dzongkha
 * strings, the Bhutan data, the hydration): a page names one script; the browser fetches the others
 * relative to it.
 */
export async function buildCdnBundle(): Promise<string> {
  const outdir = join(DIST, 'cdn');
  const files = await cdnFiles();
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  for (const [name, code] of Object.entries(files)) await writeFile(join(outdir, name), code);
  const outfile = join(outdir, CDN_FILE);
  const others = Object.keys(files).filter((name) => name !== CDN_FILE);
  console.log(`built ${relative(process.cwd(), outfile)} and ${others.join(', ')}`);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCdnBundle();
