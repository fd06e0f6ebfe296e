// The sites the site checks run on. `npm run test:site` names one with DRUK_SITE_DIR (scripts/test.mjs
// sets it to sites/template unless the caller chose another folder), so a fork's CI checks itself;
// `npm test` checks both the Yulsum sample and a fork generated from the template (test/fork/).
import { isAbsolute, resolve } from 'node:path';
import { inject } from 'vitest';
import type { SiteConfig } from '../../packages/astro/src/config.ts';
import { REPO_ROOT } from './paths.ts';

/** A built site under test, with its validated site.config.ts (what its pages must say). */
export interface SiteUnderTest {
  /** "sample" (sites/template with the Yulsum content), "fork" (the generated one), or the name of the folder DRUK_SITE_DIR chose. */
  id: string;
  /** The site folder, holding site.config.ts and src/content/. */
  dir: string;
  /** Its freshly built dist/. */
  dist: string;
  config: SiteConfig;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: SiteUnderTest[];
  }
}

/** The folder DRUK_SITE_DIR names (relative to the repository root), or undefined when unset. */
export function chosenSiteDir(): string | undefined {
  const chosen = process.env.DRUK_SITE_DIR;
  if (!chosen) return undefined;
  return isAbsolute(chosen) ? chosen : resolve(REPO_ROOT, chosen);
}

/** Every site the generic site checks run on, as the global setup built them. */
export function sitesUnderTest(): SiteUnderTest[] {
  return inject('sites');
}

/** The Yulsum sample, for the tests of its own content; an error when the run did not build it. */
export function sampleSite(): SiteUnderTest {
  const sample = sitesUnderTest().find(({ id }) => id === 'sample');
  if (!sample) throw new Error('The Yulsum sample was not built in this run: unset DRUK_SITE_DIR to test it.');
  return sample;
}
