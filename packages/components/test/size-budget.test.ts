// The size budgets of the issue, measured the way the comparison figures were (gzip -9 of minified
// production bundles), and proof that importing one component does not pull in the others.
import { describe, expect, it } from 'vitest';
import '../src/index.ts';
import { CHROME_MODULES, bundleModules, elementsCss, gzipSize } from './bundle.ts';
import { samples } from './samples.ts';

const CHROME_TAGS = CHROME_MODULES.map((module) => `druk-${module.split('/')[0]}`);

describe('size budgets (gzip -9)', () => {
  it('Lit plus the site chrome is at most 14 KB of JavaScript', async () => {
    const bytes = gzipSize(await bundleModules(CHROME_MODULES));
    expect(bytes).toBeGreaterThan(5_000);
    expect(bytes).toBeLessThanOrEqual(14 * 1024);
  });

  it('the site chrome carries at most 8 KB of CSS', () => {
    const bytes = gzipSize(elementsCss(CHROME_TAGS));
    expect(bytes).toBeGreaterThan(1_000);
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
  });

  it('all components together are at most 35 KB of JavaScript', async () => {
    const bytes = gzipSize(await bundleModules(samples.map((sample) => sample.module.replace(/\.ts$/, ''))));
    expect(bytes).toBeGreaterThan(15_000);
    expect(bytes).toBeLessThanOrEqual(35 * 1024);
  });
});

describe('tree-shaking', () => {
  it('importing the package index registers every component (it is a side-effect import)', async () => {
    const code = await bundleModules(['index']);
    for (const sample of samples) expect(code).toContain(sample.tag);
  });

  it('importing the masthead pulls in no other component and no other component’s strings', async () => {
    const code = await bundleModules(['masthead/masthead']);
    expect(code).toContain('druk-masthead');
    for (const other of ['druk-header', 'druk-footer', 'druk-navigation', 'druk-table', 'druk-tabs']) {
      expect(code).not.toContain(other);
    }
    expect(code).not.toContain('Skip to main content');
    expect(code).not.toContain('Last updated');
  });

  it('importing the footer does not pull in the header or the form controls', async () => {
    const code = await bundleModules(['footer/footer']);
    expect(code).toContain('druk-footer');
    expect(code).not.toContain('druk-header');
    expect(code).not.toContain('druk-input');
  });
});
