// `npm run build` as a webmaster runs it inside a site folder (through the bootstrap): it builds that
// site, and a build that fails on a content error publishes nothing and keeps the last good dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../support/paths.ts';
import { generateFork } from './generate.ts';

const site = generateFork(join(REPO_ROOT, '.cache', 'fork-commands'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** Runs an npm script of the fork the way npm does: its command line, in the site folder. */
function npmRun(script: string) {
  const { scripts } = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (scripts[script] ?? '').split(' ');
  expect(command, `the "${script}" script starts node (the bootstrap), not a tool needing Node 24 on PATH`).toBe(
    'node',
  );
  return spawnSync(process.execPath, args, { cwd: site, encoding: 'utf8' });
}

const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

test('builds the site of the folder it runs in, and a failed build keeps the last good dist/', () => {
  const first = npmRun('build');
  expect(first.status, first.stderr).toBe(0);
  const dist = join(site, 'dist');
  const built = listing(dist);
  expect(readFileSync(join(dist, 'en/index.html'), 'utf8')).toContain('Zhemgang Dzongkhag Administration');

  // A news item without its publication date: a content error.
  writeFileSync(join(site, 'src/content/en/news/undated.md'), '---\ntitle: Undated\n---\n\nText.\n');
  const failed = npmRun('build');
  expect(failed.status).not.toBe(0);
  const output = `${failed.stdout}\n${failed.stderr}`;
  expect(output).toContain('src/content/en/news/undated.md');
  expect(output).toContain('published: is missing');
  expect(output).toContain('dist/ still holds the last good build');
  expect(listing(dist)).toEqual(built);
  expect(existsSync(join(site, '.dist-next'))).toBe(false);
});
