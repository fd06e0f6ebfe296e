// Builds, previews or edits an agency site: `node scripts/site.mjs build|preview|edit [--review] [site]`,
// as `npm run build`, `npm run preview` and `npm run edit` run it through the bootstrap (at the root
// or in the site's own folder; `npm run edit -- --review` edits with drafts and review). The site is
// the folder given, else DRUK_SITE_DIR, else the current folder when it holds a site.config.ts, else
// sites/template.
//
// A build is atomic: Astro writes into <site>/.dist-next/, and only a build that succeeds takes the
// place of dist/. A failed build (a content error, say) leaves the last good site in dist/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, realpathSync, renameSync, rmSync } from 'node:fs';
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

function git(site, args) {
  return spawnSync('git', args, { cwd: site, encoding: 'utf8' });
}

/**
 * Why the site folder cannot take drafts and review, or undefined. decap-server's git mode works on
 * the repository whose top folder it is given, checks branches out in that working copy and commits
 * with `git add .`: anything uncommitted there would go into the first draft.
 */
export function reviewRefusal(site) {
  const top = git(site, ['rev-parse', '--show-toplevel']);
  if (top.status !== 0) return `${site} is not a git repository: --review saves drafts as git branches.`;
  if (realpathSync(top.stdout.trim()) !== realpathSync(site)) {
    return `--review needs the site folder to be the top folder of its git repository (it is inside ${top.stdout.trim()}).`;
  }
  if (git(site, ['status', '--porcelain']).stdout.trim() !== '') {
    return 'commit your changes first: --review switches branches in this folder and commits what is in it.';
  }
  return undefined;
}

/**
 * The browser editor on the webmaster's own machine: the dev server (with /admin/) and Decap's
 * local backend, which writes what the editor saves straight into the site's files, or with
 * `review` keeps each item as a draft on its own git branch until it is published (merged). Both
 * listen on 127.0.0.1 only. DRUK_EDIT_PORT and DRUK_EDIT_PROXY_PORT choose other ports. Resolves
 * with the exit status once either stops; the other is stopped with it.
 */
export function edit(site, env = process.env, { review = false } = {}) {
  if (review) {
    const refusal = reviewRefusal(site);
    if (refusal) {
      process.stderr.write(`npm run edit -- --review: ${refusal}\n`);
      return Promise.resolve(1);
    }
  }
  const port = env.DRUK_EDIT_PORT ?? '4321';
  const proxyPort = env.DRUK_EDIT_PROXY_PORT ?? '8081';
  const childEnv = {
    ...env,
    ASTRO_TELEMETRY_DISABLED: '1',
    DRUK_EDIT_PROXY_PORT: proxyPort,
    DRUK_EDIT_REVIEW: review ? '1' : '0',
  };
  const proxy = spawn(siteBin(site, 'decap-server'), [], {
    cwd: site,
    stdio: 'inherit',
    // fs mode: saves are plain file writes; the webmaster commits them with their own git tools.
    // git mode (--review): drafts are cms/<collection>/<address> branches, merged on publishing.
    env: {
      ...childEnv,
      PORT: proxyPort,
      BIND_HOST: '127.0.0.1',
      MODE: review ? 'git' : 'fs',
      GIT_REPO_DIRECTORY: site,
      LOG_LEVEL: 'warn',
    },
  });
  const dev = spawn(siteBin(site, 'astro'), ['dev', '--host', '127.0.0.1', '--port', port], {
    cwd: site,
    stdio: 'inherit',
    env: childEnv,
  });
  const drafts = review ? ', saves are drafts until published' : '';
  process.stdout.write(`Edit the site at http://127.0.0.1:${port}/admin/${drafts} (Ctrl+C stops the editor)\n`);
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
  edit: (site, flags) => edit(site, process.env, { review: flags.includes('--review') }),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [task, ...rest] = process.argv.slice(2);
  const flags = rest.filter((arg) => arg.startsWith('--'));
  const [given, ...extra] = rest.filter((arg) => !arg.startsWith('--'));
  const known = task === 'edit' ? ['--review'] : [];
  if (!TASKS[task] || extra.length > 0 || flags.some((flag) => !known.includes(flag))) {
    process.stderr.write(`usage: node scripts/site.mjs build|preview|edit [--review] [site folder]\n`);
    process.exit(2);
  }
  process.exit(await TASKS[task](siteFolder(given), flags));
}
