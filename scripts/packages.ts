// The published shape of the @druk packages (ADR 0002, amended). The workspace runs its TypeScript as
// written; what goes to npm is compiled: JavaScript and declarations in each package's dist/, with
// package.json's `publishConfig` pointing `exports` and `bin` there (pnpm applies it when packing, and
// rewrites `workspace:*` to the version).
//   node scripts/packages.ts build         compile every package into packages/<name>/dist
//   node scripts/packages.ts pack <dir>    build, then `pnpm pack` every package into <dir>
//   node scripts/packages.ts sync-version  copy @druk/components' version into its VERSION constant
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  globSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const WORK = join(ROOT, '.cache', 'packages-build');

/** Files of a package's src/ that are for the workspace only: tests, stories and their fixtures. */
const WORKSPACE_ONLY = ['**/*.test.ts', '**/*.stories.ts', '**/*-stories.ts', '**/control-cases.ts', '**/*.md'];

interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
}

export interface WorkspacePackage {
  /** Folder name under packages/, e.g. `components`. */
  folder: string;
  dir: string;
  name: string;
  version: string;
  /** Whether its src/ is TypeScript to compile (the chromium package is written in JavaScript). */
  compiled: boolean;
}

export function workspacePackages(): WorkspacePackage[] {
  const packages: WorkspacePackage[] = [];
  for (const folder of readdirSync(join(ROOT, 'packages'))) {
    const dir = join(ROOT, 'packages', folder);
    if (!existsSync(join(dir, 'package.json'))) continue;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
    if (manifest.private) continue;
    const compiled = globSync('src/**/*.ts', { cwd: dir, exclude: WORKSPACE_ONLY }).some(
      (file) => !file.endsWith('.d.ts'),
    );
    packages.push({ folder, dir, name: manifest.name, version: manifest.version, compiled });
  }
  return packages;
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${relative(ROOT, cwd) || '.'}:\n${result.stdout}${result.stderr}`,
    );
  }
  return result.stdout;
}

/**
 * Relative imports keep their `.ts` in emitted declarations (tsc rewrites them only in JavaScript), and
 * `.astro` files are copied as written: both must name the `.js` files that sit beside them in dist/.
 */
export function rewriteRelativeTsImports(source: string): string {
  return source.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?\/[^'"]*?)\.ts\2/g,
    (_match, keyword: string, quote: string, path: string) => `${keyword}${quote}${path}.js${quote}`,
  );
}

/** One tsc run for every compiled package: type-checking is `tsc -p tsconfig.json`'s job, so none here. */
function compile(packages: WorkspacePackage[]): string {
  const out = join(WORK, 'out');
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const config = {
    extends: join(ROOT, 'tsconfig.base.json'),
    compilerOptions: {
      noEmit: false,
      noCheck: true,
      declaration: true,
      rootDir: join(ROOT, 'packages'),
      outDir: out,
      types: ['node'],
    },
    include: packages.map((pkg) => join(pkg.dir, 'src')),
    exclude: packages.flatMap((pkg) => WORKSPACE_ONLY.map((pattern) => join(pkg.dir, 'src', pattern))),
  };
  const configFile = join(WORK, 'tsconfig.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', configFile], ROOT);
  return out;
}

/** Moves one package's compiled files into its dist/ and adds what tsc does not emit. */
function assemble(pkg: WorkspacePackage, out: string): void {
  const dist = join(pkg.dir, 'dist');
  const src = join(pkg.dir, 'src');
  rmSync(dist, { recursive: true, force: true });
  renameSync(join(out, pkg.folder, 'src'), dist);
  for (const file of globSync('**/*.d.ts', { cwd: dist })) {
    const path = join(dist, file);
    writeFileSync(path, rewriteRelativeTsImports(readFileSync(path, 'utf8')));
  }
  // Assets (CSS, JSON, text samples, scripts injected into pages, hand-written declarations, Astro
  // components) go as they are; `.js` sources replace tsc's re-emitted copies.
  const assets = globSync('**/*', { cwd: src, exclude: [...WORKSPACE_ONLY] }).filter(
    (file) => (!file.endsWith('.ts') || file.endsWith('.d.ts')) && !file.endsWith('/') && /\.[a-z0-9]+$/i.test(file),
  );
  for (const file of assets) {
    const from = join(src, file);
    const to = join(dist, file);
    mkdirSync(dirname(to), { recursive: true });
    if (file.endsWith('.astro')) writeFileSync(to, rewriteRelativeTsImports(readFileSync(from, 'utf8')));
    else copyFileSync(from, to);
  }
}

/** The components' build script: the CSS minifier and the CDN bundle (loaded when packing, not at import). */
type ComponentsBuild = typeof import('../packages/components/scripts/build.ts');

/**
 * Minifies the CSS a compiled package ships: its stylesheets, and the css`…` templates in its
 * JavaScript (which bundlers and the server renderer pass on as they are). The CDN file's are minified
 * by its own build.
 */
function minifyShippedCss(pkg: WorkspacePackage, minify: ComponentsBuild): void {
  const dist = join(pkg.dir, 'dist');
  for (const file of globSync('**/*.{css,js}', { cwd: dist, exclude: ['cdn/**'] })) {
    const path = join(dist, file);
    const source = readFileSync(path, 'utf8');
    const minified = file.endsWith('.css') ? `${minify.minifyCss(source)}\n` : minify.minifyCssTemplates(source);
    if (minified !== source) writeFileSync(path, minified);
  }
}

/** Compiles every package into its dist/, and gives each the repository's LICENSE to ship. */
export async function buildPackages(): Promise<WorkspacePackage[]> {
  const packages = workspacePackages();
  const compiled = packages.filter((pkg) => pkg.compiled);
  const out = compile(compiled);
  const componentsBuild: ComponentsBuild = await import('../packages/components/scripts/build.ts');
  for (const pkg of compiled) {
    assemble(pkg, out);
    minifyShippedCss(pkg, componentsBuild);
  }
  rmSync(WORK, { recursive: true, force: true });
  await componentsBuild.buildCdnBundle();
  const { buildClientScript } = await import('../packages/render/scripts/build.ts');
  await buildClientScript();
  for (const pkg of packages) copyFileSync(join(ROOT, 'LICENSE'), join(pkg.dir, 'LICENSE'));
  return packages;
}

export interface PackedPackage extends WorkspacePackage {
  tarball: string;
}

/** Builds, then packs each package with pnpm (which applies `publishConfig` and rewrites `workspace:*`). */
export async function packPackages(destination: string): Promise<PackedPackage[]> {
  const packages = await buildPackages();
  mkdirSync(destination, { recursive: true });
  return packages.map((pkg) => {
    run('pnpm', ['pack', '--pack-destination', destination], pkg.dir);
    const tarball = join(destination, `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`);
    if (!existsSync(tarball)) throw new Error(`pnpm pack wrote no ${tarball}`);
    return { ...pkg, tarball };
  });
}

/** Writes @druk/components' package.json version into src/base/version.ts (after `changeset version`). */
export function syncComponentsVersion(): string {
  const dir = join(ROOT, 'packages', 'components');
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageManifest;
  const file = join(dir, 'src', 'base', 'version.ts');
  const source = readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`);
  writeFileSync(file, source);
  return version;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, destination] = process.argv.slice(2);
  if (command === 'sync-version') {
    console.log(`@druk/components VERSION = ${syncComponentsVersion()}`);
  } else if (command === 'build') {
    const packages = await buildPackages();
    console.log(`built ${packages.map((pkg) => pkg.name).join(', ')}`);
  } else if (command === 'pack' && destination) {
    for (const pkg of await packPackages(resolve(destination))) console.log(relative(process.cwd(), pkg.tarball));
  } else {
    console.error('usage: node scripts/packages.ts build | pack <dir> | sync-version');
    process.exit(2);
  }
}
