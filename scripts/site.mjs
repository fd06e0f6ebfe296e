// Builds or previews an agency site: `node scripts/site.mjs build|preview [site folder]`, as
// `npm run build` and `npm run preview` run it through the bootstrap (at the root or in the site's
// own folder). The site is the folder given, else DRUK_SITE_DIR, else the current folder when it
// holds a site.config.ts, else sites/template.
//
// A build is atomic: Astro writes into <site>/.dist-next/, and only a build that succeeds takes the
// place of dist/. A failed build (a content error, say) leaves the last good site in dist/.
import { spawnSync } from 'node:child_process';
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

const TASKS = {
  build,
  preview: (site) => astro(site, ['preview', '--host', '127.0.0.1', '--port', '4321']),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [task, given] = process.argv.slice(2);
  if (!TASKS[task]) {
    process.stderr.write(`usage: node scripts/site.mjs build|preview [site folder]\n`);
    process.exit(2);
  }
  process.exit(TASKS[task](siteFolder(given)));
}
