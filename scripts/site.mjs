// Builds, previews or edits an agency site: `node scripts/site.mjs build|preview|edit [site folder]`,
// as `npm run build`, `npm run preview` and `npm run edit` run it through the bootstrap (at the root
// or in the site's own folder). The site is the folder given, else DRUK_SITE_DIR, else the current folder when it
// holds a site.config.ts, else sites/template.
//
// A build is atomic: Astro writes into <site>/.dist-next/, and only a build that succeeds takes the
// place of dist/. A failed build (a content error, say) leaves the last good site in dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function siteFolder(given) {
  if (given) return resolve(given);
  if (process.env.DRUK_SITE_DIR) return resolve(ROOT, process.env.DRUK_SITE_DIR);
  if (existsSync(join(process.cwd(), 'site.config.ts'))) return process.cwd();
  return join(ROOT, 'sites', 'template');
}

function astro(site, args) {
  const bin = join(site, 'node_modules', '.bin', 'astro');
  const result = spawnSync(existsSync(bin) ? bin : 'astro', args, {
    cwd: site,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.error) process.stderr.write(`could not start astro: ${result.error.message}\n`);
  return result.status ?? 1;
}

/** Builds into .dist-next/ and swaps it in for dist/ only when the build succeeded. */
export function build(site) {
  const next = join(site, '.dist-next');
  const dist = join(site, 'dist');
  const previous = join(site, '.dist-previous');
  rmSync(next, { recursive: true, force: true });
  const status = astro(site, ['build', '--outDir', next]);
  if (status !== 0) {
    rmSync(next, { recursive: true, force: true });
    const kept = existsSync(dist) ? `${relative(process.cwd(), dist) || 'dist'}/ still holds the last good build.` : '';
    process.stderr.write(`\nThe build failed; nothing was published. ${kept}\n`);
    return status;
  }
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(next, dist);
  rmSync(previous, { recursive: true, force: true });
  process.stdout.write(`The site is in ${dist}/\n`);
  return 0;
}

/** A program installed with the site, or with the template for sites inside this repository. */
function siteBin(site, name) {
  const own = join(site, 'node_modules', '.bin', name);
  return existsSync(own) ? own : join(ROOT, 'sites', 'template', 'node_modules', '.bin', name);
}

/**
 * The browser editor on the webmaster's own machine: the dev server (with /admin/) and Decap's
 * local backend, which writes what the editor saves straight into the site's files. Both listen
 * on 127.0.0.1 only. DRUK_EDIT_PORT and DRUK_EDIT_PROXY_PORT choose other ports. Resolves with
 * the exit status once either stops; the other is stopped with it.
 */
export function edit(site, env = process.env) {
  const port = env.DRUK_EDIT_PORT ?? '4321';
  const proxyPort = env.DRUK_EDIT_PROXY_PORT ?? '8081';
  const childEnv = { ...env, ASTRO_TELEMETRY_DISABLED: '1', DRUK_EDIT_PROXY_PORT: proxyPort };
  const proxy = spawn(siteBin(site, 'decap-server'), [], {
    cwd: site,
    stdio: 'inherit',
    // fs mode: saves are plain file writes; the webmaster commits them with their own git tools.
    env: {
      ...childEnv,
      PORT: proxyPort,
      BIND_HOST: '127.0.0.1',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: site,
      LOG_LEVEL: 'warn',
    },
  });
  const dev = spawn(siteBin(site, 'astro'), ['dev', '--host', '127.0.0.1', '--port', port], {
    cwd: site,
    stdio: 'inherit',
    env: childEnv,
  });
  process.stdout.write(`Edit the site at http://127.0.0.1:${port}/admin/ (Ctrl+C stops the editor)\n`);
  return new Promise((done) => {
    const stop = (status) => {
      for (const child of [proxy, dev]) if (child.exitCode === null) child.kill('SIGTERM');
      done(status ?? 1);
    };
    proxy.on('exit', stop);
    dev.on('exit', stop);
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
  });
}

const TASKS = {
  build,
  preview: (site) => astro(site, ['preview', '--host', '127.0.0.1', '--port', '4321']),
  edit,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [task, given] = process.argv.slice(2);
  if (!TASKS[task]) {
    process.stderr.write(`usage: node scripts/site.mjs build|preview|edit [site folder]\n`);
    process.exit(2);
  }
  process.exit(await TASKS[task](siteFolder(given)));
}
