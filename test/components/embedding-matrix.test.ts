// The embedding matrix: one page with every component (the site chrome with search and navigation in the
// header, every sample, and a server-rendered form with errors), under the real CSS of the frameworks
// portals are built on, a hostile theme and an old theme's `html { font-size: 62.5% }`. On each, the
// page must pass axe, not scroll sideways at 320 px, keep text at 16 px (14 px for small print) and
// targets at 24 px, keep every text readable in forced colours, and show the light-DOM form parts
// exactly as on the clean page.
import { cpSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackPage } from '../../packages/components/examples/forms/page.ts';
import { bundleOne } from '../../packages/components/scripts/build.ts';
import '../../packages/components/src/combobox/combobox.ts';
import { renderFormControl } from '../../packages/components/src/form-base/server.ts';
import { samples, type Sample } from '../../packages/components/test/samples.ts';
import { tokensCss } from '../../packages/tokens/src/index.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';
import type { EmbeddingProbe, TextSample } from './embedding-probe.ts';

const fromComponents = createRequire(join(REPO_ROOT, 'packages/components/package.json'));

/** The stylesheets of each page of the matrix, in the order a portal would load them before ours. */
const THEMES: Record<string, { files: string[]; css?: string }> = {
  clean: { files: [] },
  hostile: {
    files: [
      join(REPO_ROOT, 'packages/components/examples/embed/drupal-theme.css'),
      join(REPO_ROOT, 'test/components/hostile-theme.css'),
    ],
  },
  'root 62.5%': { files: [], css: 'html { font-size: 62.5%; }' },
  'bootstrap 3': { files: [fromComponents.resolve('bootstrap3/dist/css/bootstrap.css')] },
  'bootstrap 4': { files: [fromComponents.resolve('bootstrap4/dist/css/bootstrap.css')] },
  'bootstrap 5': { files: [fromComponents.resolve('bootstrap/dist/css/bootstrap.css')] },
  foundation: { files: [fromComponents.resolve('foundation-sites/dist/css/foundation.css')] },
  bulma: { files: [fromComponents.resolve('bulma/css/bulma.css')] },
};

/** Tags the header holds in its slots, so they are not repeated on their own. */
const IN_HEADER = new Set(['druk-header', 'druk-navigation', 'druk-language-switcher', 'druk-search-box']);

function attributeText(sample: Pick<Sample, 'attributes'>): string {
  return Object.entries(sample.attributes ?? {})
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`,
    )
    .join('');
}

function element(sample: Sample, extra = ''): string {
  return `<${sample.tag}${attributeText(sample)}${extra}>${sample.content ?? ''}</${sample.tag}>`;
}

function sampleOf(tag: string): Sample {
  const sample = samples.find((candidate) => candidate.tag === tag);
  if (!sample) throw new Error(`no sample of <${tag}>`);
  return sample;
}

async function pageBody(): Promise<string> {
  const header = `<druk-header${attributeText(sampleOf('druk-header'))}>
    ${element(sampleOf('druk-language-switcher'), ' slot="language"')}
    ${element(sampleOf('druk-search-box'), ' slot="search"')}
    ${element(sampleOf('druk-navigation'), ' slot="navigation"')}
  </druk-header>`;
  const rest = samples.filter((sample) => !IN_HEADER.has(sample.tag) && sample.tag !== 'druk-footer');
  const formPage = await feedbackPage({
    lang: 'en',
    errors: { 'full-name': 'Enter your full name', dzongkhag: 'Select your dzongkhag', message: 'Enter your feedback' },
  });
  const form = /<form[\s\S]*<\/form>/.exec(formPage)?.[0] ?? '';
  if (!form) throw new Error('the example page has no form');
  // The form controls outside the example form, server-rendered into it.
  const extraFields = await renderFormControl('druk-combobox', {
    attributes: { name: 'gewog', label: 'Gewog', 'gewogs-of': 'BT-34', value: 'Trong' },
  });
  return `${element(sampleOf('druk-skip-link'))}${element(sampleOf('druk-masthead'))}${header}
  <main id="main"><h1>Apply for a health card</h1>
  ${rest
    .filter((sample) => !['druk-skip-link', 'druk-masthead'].includes(sample.tag))
    .map((sample) => element(sample))
    .join('\n')}
  ${form.replace('</form>', `${extraFields}</form>`)}
  </main>${element(sampleOf('druk-footer'))}`;
}

let site: ServedBrowser;
let page: Page;

beforeAll(async () => {
  site = await browserFor(
    await serveTemporaryFolder('druk-matrix-', async (folder) => {
      writeFileSync(join(folder, 'druk-components.js'), await bundleOne("import './index.ts';"));
      writeFileSync(
        join(folder, 'probe.js'),
        await bundleOne("import './embedding-probe.ts';", join(REPO_ROOT, 'test/components')),
      );
      writeFileSync(join(folder, 'tokens.css'), tokensCss);
      const body = await pageBody();
      for (const [index, [name, theme]] of Object.entries(THEMES).entries()) {
        const links = theme.files.map((file, order) => {
          const copy = `theme-${index}-${order}.css`;
          cpSync(file, join(folder, copy));
          return `<link rel="stylesheet" href="${copy}">`;
        });
        writeFileSync(
          join(folder, `page-${index}.html`),
          `<!doctype html><html lang="en"><head><meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1"><title>Embedded under ${name}</title>
          ${links.join('')}${theme.css ? `<style>${theme.css}</style>` : ''}
          <link rel="stylesheet" href="tokens.css"><script src="probe.js"></script>
          <script type="module" src="druk-components.js"></script></head><body>${body}</body></html>`,
        );
      }
    }),
  );
  page = await (await site.browser.newContext()).newPage();
});

afterAll(() => site?.close());

/** Opens the page of a theme at a width, with every component rendered. */
async function open(theme: string, width: number, forcedColors: 'active' | 'none' = 'none'): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ forcedColors });
  await page.goto(`${site.server.url}page-${Object.keys(THEMES).indexOf(theme)}.html`);
  await page.waitForFunction(() => customElements.get('druk-footer') !== undefined);
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('*')]
        .filter((node) => node.localName.startsWith('druk-'))
        .map((node) => (node as unknown as { updateComplete?: Promise<unknown> }).updateComplete),
    ),
  );
}

type NoArgumentProbe = {
  [K in keyof EmbeddingProbe]: Parameters<EmbeddingProbe[K]> extends [] ? K : never;
}[keyof EmbeddingProbe];

function probe<K extends NoArgumentProbe>(name: K): Promise<Awaited<ReturnType<EmbeddingProbe[K]>>> {
  return page.evaluate((method) => window.drukProbe[method as K]() as Awaited<ReturnType<EmbeddingProbe[K]>>, name);
}

const cleanAt320 = new Map<string, TextSample>();

beforeAll(async () => {
  await open('clean', 320);
  for (const sample of await probe('textSamples')) cleanAt320.set(sample.key, sample);
});

/**
 * The axe rules whose outcome a stylesheet can change (colours, sizes, spacing, and what is hidden,
 * which changes accessible names). Every page has the same markup, so the clean page runs every WCAG
 * rule and a themed page these: a third of the time on a 2-core machine.
 */
const CSS_DEPENDENT_RULES = [
  'color-contrast',
  'target-size',
  'link-in-text-block',
  'scrollable-region-focusable',
  'avoid-inline-spacing',
  'css-orientation-lock',
  'aria-hidden-focus',
  'button-name',
  'input-button-name',
  'link-name',
  'label',
  'select-name',
  'empty-heading',
];

describe.each(Object.keys(THEMES))('the components under %s', (theme) => {
  it('pass axe (WCAG 2.2 A and AA)', async () => {
    await open(theme, 1280);
    const axe = new AxeBuilder({ page });
    if (theme === 'clean') axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
    else axe.withRules(CSS_DEPENDENT_RULES);
    const { violations } = await axe.analyze();
    expect(
      violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
    ).toEqual([]);
  });

  it('fit 320 px without scrolling sideways, with text of 16 px (14 px small print) and 24 px targets', async () => {
    await open(theme, 320);
    expect(await probe('sidewaysScroll')).toBeLessThanOrEqual(0);
    const small = (await probe('textSamples')).filter((sample) => {
      const clean = cleanAt320.get(sample.key);
      const floor = clean && clean.fontSize >= 16 ? 16 : 14;
      return sample.fontSize < floor - 0.01;
    });
    expect(small.map((sample) => `${sample.key} "${sample.text}" ${sample.fontSize}px`)).toEqual([]);
    const tiny = await probe('targetSamples');
    expect(tiny.map((target) => `${target.key} ${target.width}×${target.height}`)).toEqual([]);
  });

  it('keep every text readable in forced colours (text colour differs from what is behind it)', async () => {
    await open(theme, 1280, 'active');
    const unreadable = (await probe('textSamples')).filter((sample) => sample.backgrounds.includes(sample.color));
    expect(unreadable.map((sample) => `${sample.key} "${sample.text}" ${sample.color}`)).toEqual([]);
  });

  // The page's root font size is the one thing a theme may change (so may the reader's browser setting):
  // the clean page is measured at the same root size.
  it.skipIf(theme === 'clean')('show labels, fields and the error summary exactly as on the clean page', async () => {
    await open(theme, 1280);
    const forms = await probe('formStyles');
    const rootSize = await probe('rootFontSize');
    await open('clean', 1280);
    const cleanForms = await page.evaluate((size) => window.drukProbe.formStylesAtRootSize(size), rootSize);
    expect(Object.keys(forms)).toEqual(Object.keys(cleanForms));
    const differences = Object.entries(forms).flatMap(([part, style]) =>
      Object.entries(style)
        .filter(([property, value]) => cleanForms[part]?.[property] !== value)
        .map(([property, value]) => `${part} ${property}: ${value} (clean: ${cleanForms[part]?.[property]})`),
    );
    expect(differences).toEqual([]);
  });
});
