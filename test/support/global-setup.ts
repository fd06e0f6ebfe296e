import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { TEMPLATE_DIR, TEMPLATE_DIST } from './paths.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the freshly built template site (sites/template/dist). */
    templateDist: string;
  }
}

/** Builds the template once for every end-to-end test file. */
export default function setup(project: TestProject): void {
  const result = spawnSync(`${TEMPLATE_DIR}/node_modules/.bin/astro`, ['build', '--silent'], {
    cwd: TEMPLATE_DIR,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`astro build of sites/template failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('templateDist', TEMPLATE_DIST);
}
