// Builds the published files of @druk/components:
//   dist/esm/   one ES module per component (plus shared chunks: Lit, the base element), tree-shakeable
//   dist/cdn/druk-components.js   every component in one minified script for a <script type="module"> tag
//   dist/types/ TypeScript declarations (tsconfig.build.json)
// CSS inside css`…` templates is minified on the way, since esbuild cannot see into template strings.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(PACKAGE_DIR, 'src');
export const DIST = join(PACKAGE_DIR, 'dist');

/** Collapses a CSS text: comments, line breaks and the spaces around punctuation that never need them. */
export function minifyCss(cssText: string): string {
  return cssText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** Minifies the body of every css`…` template without interpolations in the module's source. */
const minifyCssTemplates: Plugin = {
  name: 'minify-css-templates',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/css`([^`$]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``);
      return { contents, loader: 'ts' };
    });
  },
};

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
  // Lit's production build, not its development warnings.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [minifyCssTemplates],
  logLevel: 'warning',
};

/** Bundles `entry` alone (minified), for size measurements: `{ code }` as a string. */
export async function bundleOne(entryContents: string, resolveDir = SRC): Promise<string> {
  const result = await build({
    ...shared,
    stdin: { contents: entryContents, resolveDir, loader: 'ts' },
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

export async function buildAll(): Promise<void> {
  const entries = await componentEntries();
  await build({
    ...shared,
    entryPoints: { ...entries, index: join(SRC, 'index.ts') },
    splitting: true,
    outdir: join(DIST, 'esm'),
    chunkNames: 'chunks/[name]-[hash]',
    metafile: false,
  });
  await build({ ...shared, entryPoints: { 'druk-components': join(SRC, 'index.ts') }, outdir: join(DIST, 'cdn') });
  const tsc = spawnSync('tsc', ['-p', join(PACKAGE_DIR, 'tsconfig.build.json')], { stdio: 'inherit', shell: false });
  if (tsc.status !== 0) throw new Error('tsc could not write the type declarations (see above)');
  console.log(`built ${Object.keys(entries).length} component entries into ${relative(process.cwd(), DIST)}/`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildAll();
