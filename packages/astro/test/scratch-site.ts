import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfigInput } from '../src/config.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TEMPLATE_DIR = join(REPO_ROOT, 'sites', 'template');

/**
 * A site folder for tests that run Astro itself. It lives inside the repository (in the ignored
 * .cache/), not in the system temp folder: Astro and Vite find the workspace and the integration's
 * own files from there, and Vite's file watcher skips anything under node_modules/. Its
 * node_modules is the template's, so `@druk/astro` and `astro` resolve as in a real site.
 */
export function scratchSite(files: Record<string, string | Buffer>, options: { fromTemplate?: boolean } = {}) {
  const parent = join(REPO_ROOT, '.cache', 'druk-sites');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'site-'));
  if (options.fromTemplate) {
    for (const name of ['astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json', 'public', 'src']) {
      cpSync(join(TEMPLATE_DIR, name), join(root, name), { recursive: true });
    }
  }
  symlinkSync(join(TEMPLATE_DIR, 'node_modules'), join(root, 'node_modules'));
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  return {
    root,
    write: (path: string, text: string | Buffer) => write(root, path, text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function write(root: string, path: string, text: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** astro.config.mjs and site.config.ts of a minimal site using the integration. */
export function siteFiles(config: SiteConfigInput): Record<string, string> {
  return {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import druk from '@druk/astro';
import site from './site.config.ts';
export default defineConfig({ integrations: [druk({ config: site })] });
`,
    'site.config.ts': `export default ${JSON.stringify(config, null, 2)};\n`,
    'public/logo.svg':
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="5" fill="#7d1d1d"/></svg>',
  };
}

/**
 * The Astro command line of a scratch site, run with the Node that runs the tests. The test
 * runner's own variables are left out: with NODE_ENV=test or VITEST set, Astro turns off hot
 * reloading and answers page requests differently, which is not what a webmaster runs.
 */
export function astro(root: string, args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
  );
  return spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), ...args], {
    cwd: root,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `astro build` to the end: its exit code and everything it printed. */
export function astroBuild(root: string): Promise<{ code: number | null; output: string }> {
  const child = astro(root, ['build']);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
