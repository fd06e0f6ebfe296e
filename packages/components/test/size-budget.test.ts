// The size budgets of the issue, measured the way the comparison figures were (gzip -9 of minified
// production bundles), and proof that importing one component does not pull in the others.
import { describe, expect, it } from 'vitest';
import '../src/index.ts';
import { minifyCssTemplates, minifyCss } from '../scripts/build.ts';
import { CHROME_MODULES, bundleModules, bundleModulesSplit, elementsCss, gzipSize } from './bundle.ts';
import { samples } from './samples.ts';

const CHROME_TAGS = CHROME_MODULES.map((module) => `druk-${module.split('/')[0]}`);

// What every page loads: the bundle's entry. The Dzongkha strings and the Bhutan data are files of their
// own that only the pages showing them fetch (ADR 0022); their own budget is below.
describe('size budgets (gzip -9)', () => {
  // 14,159 B measured (December 2026): a ceiling against growth; the 12,288 B is held by the
  // masthead, header and footer below (ADR 0022).
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

  it('Lit plus the masthead, header and footer is at most 12 KB of JavaScript', async () => {
    const bytes = gzipSize(await bundleModules(['masthead/masthead', 'header/header', 'footer/footer']));
    expect(bytes).toBeGreaterThan(5_000);
    expect(bytes).toBeLessThanOrEqual(12 * 1024);
  });

  it('the whole package (every component, the form controls among them) is at most 40 KB', async () => {
    const bytes = gzipSize(await bundleModules(['index']));
    expect(bytes).toBeGreaterThan(30_000);
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
  });

  it('the Dzongkha strings and the Bhutan data are each a file of their own of at most 4 KB', async () => {
    const { lazy } = await bundleModulesSplit(['index']);
    expect(Object.keys(lazy).sort()).toEqual(['druk-components-bhutan.js', 'druk-components-dzongkha.json']);
    for (const [name, code] of Object.entries(lazy)) expect(gzipSize(code), name).toBeLessThanOrEqual(4 * 1024);
  });

  it('CSS templates reach the bundle minified', async () => {
    const code = await bundleModules(['masthead/masthead']);
    expect(code).toContain(':host{display:block;');
    expect(code).not.toMatch(/;\s*\n\s*[a-z-]+:/);
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

  it('ships the strings without translator fields, Dzongkha as UTF-8, and no unused shared strings', async () => {
    const { entry, lazy } = await bundleModulesSplit(['index']);
    const dzongkha = lazy['druk-components-dzongkha.json'] ?? '';
    expect(dzongkha).toContain('ཁ་བསྡམས།');
    for (const code of [entry, dzongkha]) expect(code).not.toMatch(/\b(review|note):/);
    // The relative times of the shared catalogue are for the site template, not the components.
    expect(entry).not.toContain('time.now');
    expect(entry).toContain('validation.cid.empty');
  });

  it('leaves the Dzongkha strings and the Bhutan data out of what every page loads', async () => {
    const { entry, lazy } = await bundleModulesSplit(['index']);
    expect(entry).not.toContain('ཁ་བསྡམས།');
    expect(entry).not.toContain('Bumthang');
    expect(lazy['druk-components-bhutan.js']).toContain('Bumthang');
    // The language switcher shows each language's name in that language on every page.
    expect(entry).toContain('རྫོང་ཁ');
  });

  it('gives the site chrome, imported element by element, its Dzongkha as a file it fetches itself', async () => {
    const { entry, lazy } = await bundleModulesSplit(CHROME_MODULES);
    expect(Object.keys(lazy)).toEqual(['druk-components-dzongkha.json']);
    expect(entry).toContain('new URL("./druk-components-dzongkha.json",import.meta.url)');
    // Data, not a module: no bundler adds a chunk loader for it.
    expect(entry).not.toContain('import(');
    expect(entry).not.toContain('འབྲུག་རྒྱལ་གཞུང་།');
  });

  it('importing the footer does not pull in the header or the form controls', async () => {
    const code = await bundleModules(['footer/footer']);
    expect(code).toContain('druk-footer');
    expect(code).not.toContain('druk-header');
    expect(code).not.toContain('druk-input');
    // It shows dates in the long style only: no weekday names, no abbreviated months.
    expect(code).not.toContain('Wednesday');
    expect(code).toContain('September');
  });
});

describe('minifyCss', () => {
  it('drops comments and spaces but keeps descendant combinators', () => {
    const input = `/* why */
      :host(:lang(dz)) a ,
      b > i {
        margin: 0.5rem -0.25em 10.5px;
        display: none !important;
      }`;
    expect(minifyCss(input)).toBe(':host(:lang(dz)) a,b>i{margin:.5rem -.25em 10.5px;display:none!important}');
  });

  it('drops the quotes around identifiers in attribute selectors only', () => {
    expect(minifyCss(`[lang='dz'] a, [lang|='dz'], [title="a b"] { content: 'x' }`)).toBe(
      `[lang=dz] a,[lang|='dz'],[title="a b"]{content:'x'}`,
    );
  });

  it('leaves css templates with interpolations to Lit', () => {
    const source = 'const a = css`\n  p { color: red; }\n`; const b = css`p { ${x} }`;';
    expect(minifyCssTemplates(source)).toBe('const a = css`p{color:red}`; const b = css`p { ${x} }`;');
  });
});
