import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TestProject } from 'vitest/node';
import { validateSiteConfig } from '../../packages/astro/src/config.ts';
import { generateFork } from '../fork/generate.ts';
import { TEMPLATE_DIR } from './paths.ts';
import { chosenSiteDir, type SiteUnderTest } from './sites.ts';

function build(dir: string): void {
  const result = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`astro build of ${dir} failed:\n${result.stdout}\n${result.stderr}`);
}

async function siteUnderTest(id: string, dir: string): Promise<SiteUnderTest> {
  build(dir);
  const file = join(dir, 'site.config.ts');
  const { default: config } = (await import(pathToFileURL(file).href)) as { default: unknown };
  return { id, dir, dist: join(dir, 'dist'), config: validateSiteConfig(config, file) };
}

/**
 * Builds every site under test once for all end-to-end test files: the folder DRUK_SITE_DIR names, or
 * else the Yulsum sample and a freshly generated fork.
 */
export default async function setup(project: TestProject): Promise<void> {
  const chosen = chosenSiteDir();
  const sites = chosen
    ? [await siteUnderTest(basename(chosen), chosen)]
    : [await siteUnderTest('sample', TEMPLATE_DIR), await siteUnderTest('fork', generateFork())];
  project.provide('sites', sites);
}
