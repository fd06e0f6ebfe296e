// Lighthouse (mobile defaults: emulated phone, simulated slow 4G) on the built template, served by
// Debian's nginx with the site's shipped deploy/nginx.conf (headers, gzip, caching) as an agency
// deploys it: home, a listing and an article, in English and Dzongkha.
// Prints each category's score out of 100.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, requireChromium } from '../../packages/chromium/src/index.js';
import { startNginx } from '../support/nginx.ts';
import { TEMPLATE_DIR, TEMPLATE_DIST } from '../support/paths.ts';
import type { BenchRow } from './types.ts';

const PAGES = ['/en/', '/en/news/', '/en/news/paddy-harvest/', '/dz/', '/dz/news/', '/dz/news/paddy-harvest/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Starts Chromium with a DevTools port (Lighthouse drives it over CDP); resolves with the port. */
function startChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(requireChromium(), [
    ...CHROMIUM_ARGS,
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ]);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening DevTools:\n${output}`)));
  });
}

export default async function bench(): Promise<BenchRow[]> {
  const build = spawnSync(join(TEMPLATE_DIR, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: TEMPLATE_DIR,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stderr}`);

  const profile = mkdtempSync(join(tmpdir(), 'druk-lighthouse-'));
  const server = await startNginx(readFileSync(join(TEMPLATE_DIR, 'deploy/nginx.conf'), 'utf8'), TEMPLATE_DIST);
  const chromium = await startChromium(profile);
  const rows: BenchRow[] = [];
  try {
    for (const path of PAGES) {
      const result = await lighthouse(new URL(path, server.url).href, {
        port: chromium.port,
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const scores = CATEGORIES.map((id) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100));
      rows.push({
        name: `${path} (performance, accessibility, best practices, SEO)`,
        value: scores.join(' / '),
        unit: '',
      });
    }
  } finally {
    // Wait for Chromium to exit: it writes to its profile until then.
    await new Promise((exited) => {
      chromium.child.once('exit', exited);
      chromium.child.kill();
    });
    await server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  return rows;
}
