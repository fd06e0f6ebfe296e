// Scratch projects that use the packed @druk tarballs the way a portal developer would: installed with
// pnpm from the tarballs (never the workspace), offline from the workspace's pnpm store, in a temporary
// folder outside the repository so that nothing resolves through the workspace's node_modules.
// Shared by the consumer tests (test/packages/consumers.test.ts) and the size bench.
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packPackages, ROOT, type PackedPackage } from '../../scripts/packages.ts';

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCommand(command: string, args: string[], cwd: string): CommandResult {
  // A developer's shell, not vitest's: NODE_ENV=test would make Vite pick Lit's development build.
  const { NODE_ENV: _testMode, ...environment } = process.env;
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...environment, NODE_OPTIONS: '', npm_config_user_agent: '' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mustRun(command: string, args: string[], cwd: string): string {
  const result = runCommand(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/**
 * Versions of the third-party packages the consumers install: the ones the workspace installed (at its
 * root, or in the package that uses them), so that they are in its store.
 */
function workspaceVersion(name: string, user = '.'): string {
  const file = join(ROOT, user, 'node_modules', name, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

export interface ConsumerSetup {
  folder: string;
  packages: PackedPackage[];
  /**
   * A portal that already uses Lit and bundles its front end, renders on the server and runs the CLIs
   * (druk-render included, for the PHP theme test).
   */
  portal: string;
  /** A site that only loads the components in the browser. */
  browserOnly: string;
}

function writeProject(dir: string, dependencies: Record<string, string>, packages: PackedPackage[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2),
  );
  // The tarballs depend on each other by version (pnpm pack rewrote `workspace:*`); until they are on
  // npm, those versions come from the tarballs too.
  const overrides = packages.map((pkg) => `  '${pkg.name}': file:${pkg.tarball}`).join('\n');
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), `overrides:\n${overrides}\n`);
}

function install(dir: string, store: string): void {
  mustRun('pnpm', ['install', '--offline', '--no-frozen-lockfile', '--store-dir', store, '--reporter', 'silent'], dir);
}

/** Packs every package once and installs the two scratch projects. */
export async function setUpConsumers(): Promise<ConsumerSetup> {
  const folder = mkdtempSync(join(tmpdir(), 'druk-consumers-'));
  try {
    return await installConsumers(folder);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

async function installConsumers(folder: string): Promise<ConsumerSetup> {
  const packages = await packPackages(join(folder, 'tarballs'));
  const tarball = (name: string) => `file:${packages.find((pkg) => pkg.name === name)?.tarball}`;
  const store = mustRun('pnpm', ['store', 'path'], ROOT).trim();
  const portal = join(folder, 'portal');
  writeProject(
    portal,
    {
      '@druk/components': tarball('@druk/components'),
      '@druk/audit': tarball('@druk/audit'),
      '@druk/competition': tarball('@druk/competition'),
      '@druk/fonts': tarball('@druk/fonts'),
      '@druk/locale': tarball('@druk/locale'),
      '@druk/render': tarball('@druk/render'),
      '@druk/tokens': tarball('@druk/tokens'),
      '@lit-labs/ssr': workspaceVersion('@lit-labs/ssr', 'packages/components'),
      '@types/node': workspaceVersion('@types/node'),
      lit: workspaceVersion('lit', 'packages/components'),
      typescript: workspaceVersion('typescript'),
      vite: workspaceVersion('vite'),
      webpack: workspaceVersion('webpack'),
    },
    packages,
  );
  const browserOnly = join(folder, 'browser-only');
  writeProject(browserOnly, { '@druk/components': tarball('@druk/components') }, packages);
  install(portal, store);
  install(browserOnly, store);
  cpSync(join(import.meta.dirname, 'portal'), portal, { recursive: true });
  return { folder, packages, portal, browserOnly };
}

/**
 * Builds the portal's front end with Vite; returns the JavaScript its page loads (the entry named by the
 * built index.html, not the chunks it imports only when needed, such as the Dzongkha strings).
 */
export function buildWithVite(portal: string): string {
  mustRun(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], portal);
  const page = readFileSync(join(portal, 'dist-vite', 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]* src="\/([^"]+)"/.exec(page)?.[1];
  if (!entry) throw new Error('vite wrote no entry script into dist-vite/index.html');
  return readFileSync(join(portal, 'dist-vite', entry), 'utf8');
}

/** Builds the same front end with webpack 5 (no TypeScript loader); returns the bundled JavaScript. */
export function buildWithWebpack(portal: string): string {
  mustRun(process.execPath, ['webpack-build.js'], portal);
  return readFileSync(join(portal, 'dist-webpack', 'main.js'), 'utf8');
}

export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** The CDN file as the components' tarball ships it. */
export function cdnBundle(portal: string): string {
  return readFileSync(join(portal, 'node_modules/@druk/components/dist/cdn/druk-components.js'), 'utf8');
}

/** druk-render's hydration script as its tarball ships it (copied into each output's assets/). */
export function fragmentsScript(portal: string): string {
  return readFileSync(join(portal, 'node_modules/@druk/render/dist/client/druk-chrome.js'), 'utf8');
}

/** Packages a project installed (node_modules/.pnpm holds one folder per package version). */
export function installedPackages(project: string): string[] {
  return globSync('*', { cwd: join(project, 'node_modules', '.pnpm') }).filter((name) => name.includes('@'));
}

/** Where a bundle registers a copy of Lit's template library (each copy pushes its version once). */
export function litCopies(bundle: string): string[] {
  return bundle.match(/.{0,40}litHtmlVersions.{0,40}/g) ?? [];
}

/** One documented size: what a page loads, and its bytes after gzip -9. */
export interface DocumentedSize {
  label: string;
  bytes: number;
}

/** The sizes the developer guide quotes, measured on the consumers' builds. */
export function measureSizes(cdn: string, vite: string, webpack: string, fragments: string): DocumentedSize[] {
  return [
    { label: 'CDN file, every component (`dist/cdn/druk-components.js`)', bytes: gzipSize(cdn) },
    {
      label: 'Masthead, header and footer from npm, built with Vite (Lit shared with the portal)',
      bytes: gzipSize(vite),
    },
    { label: 'The same, built with webpack 5', bytes: gzipSize(webpack) },
    { label: 'Script that hydrates the druk-render fragments (`assets/druk-chrome.js`)', bytes: gzipSize(fragments) },
  ];
}

export const GUIDE = join(ROOT, 'docs', 'developer-guide.md');
const TABLE_START = '<!-- sizes: written by `npm run bench -- packages`; a test checks them -->';
const TABLE_END = '<!-- /sizes -->';

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function sizesTable(sizes: DocumentedSize[]): string {
  const rows = sizes.map((size) => `| ${size.label} | ${kilobytes(size.bytes)} |`);
  return ['| What the page loads | gzip |', '| --- | --- |', ...rows].join('\n');
}

/** The sizes table in the developer guide: label and kilobytes of each row. */
export function documentedSizes(guide: string): Map<string, number> {
  const start = guide.indexOf(TABLE_START);
  const end = guide.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`no sizes table between the markers in ${GUIDE}`);
  const sizes = new Map<string, number>();
  for (const line of guide.slice(start, end).split('\n')) {
    const row = /^\| (.+?) +\| +([\d.]+) KB +\|$/.exec(line);
    if (row?.[1] && row[2]) sizes.set(row[1], Number(row[2]) * 1024);
  }
  return sizes;
}

/** Writes the measured sizes into the developer guide's table (the text around it stays), formatted. */
export async function writeDocumentedSizes(sizes: DocumentedSize[]): Promise<void> {
  const guide = readFileSync(GUIDE, 'utf8');
  const start = guide.indexOf(TABLE_START);
  const end = guide.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`no sizes table between the markers in ${GUIDE}`);
  const table = `${TABLE_START}\n\n${sizesTable(sizes)}\n\n`;
  const prettier = await import('prettier');
  const options = { ...(await prettier.resolveConfig(GUIDE)), filepath: GUIDE };
  writeFileSync(GUIDE, await prettier.format(guide.slice(0, start) + table + guide.slice(end), options));
}
