// The embedding matrix: one page with every component (the site chrome with search and navigation with a
// sub-menu in the header, every sample, and a server-rendered form with errors), under the real CSS of the
// frameworks portals are built on, a hostile theme and an old theme's `html { font-size: 62.5% }`, in
// three states: at rest, with everything that opens open (sections, menu and sub-menu, the combobox's
// list, the form's validation messages), and with the dialog open. In each, the page must pass axe, not
// scroll sideways at 320 px, keep text at 16 px (14 px for small print) and targets at 24 px, keep every
// text readable in forced colours, and show the light-DOM form parts exactly as on the clean page in the
// same state. At rest, a dark system must not change the components on a light page (ADR 0033).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { feedbackPage } from '../../packages/components/examples/forms/page.ts';
import { bundleOne } from '../../packages/components/scripts/build.ts';
import '../../packages/components/src/combobox/combobox.ts';
import { renderFormControl } from '../../packages/components/src/form-base/server.ts';
import { samples, type Sample } from '../../packages/components/test/samples.ts';
import { tokensCss } from '../../packages/tokens/src/index.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import type { ComponentState, EmbeddingProbe, StateReport, TextSample } from './embedding-probe.ts';

const fromComponents = createRequire(join(REPO_ROOT, 'packages/components/package.json'));

/** The stylesheets of each page of the matrix, in the order a portal would load them before ours. */
const THEMES: Record<string, { files: string[]; css?: string; darkWithSystem?: boolean }> = {
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
  // Bulma 1 turns the page dark with the system without declaring a dark colour scheme (ADR 0033).
  bulma: { files: [fromComponents.resolve('bulma/css/bulma.css')], darkWithSystem: true },
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

/** The navigation of the sample with a sub-menu (disclosure) holding the current page. */
const NAVIGATION_WITH_SUBMENU: Sample = {
  ...sampleOf('druk-navigation'),
  attributes: {
    items: JSON.stringify([
      { label: 'Home', href: '/' },
      {
        label: 'Services',
        items: [
          { label: 'Health card', href: '/services/health-card/', current: true },
          { label: 'Birth registration', href: '/services/birth-registration/' },
        ],
      },
      { label: 'Publications', href: '/publications/' },
      { label: 'Tenders and vacancies', href: '/tenders/' },
      { label: 'Contact', href: '/contact/' },
    ]),
  },
};

async function pageBody(): Promise<string> {
  const header = `<druk-header${attributeText(sampleOf('druk-header'))}>
    ${element(sampleOf('druk-language-switcher'), ' slot="language"')}
    ${element(sampleOf('druk-search-box'), ' slot="search"')}
    ${element(NAVIGATION_WITH_SUBMENU, ' slot="navigation"')}
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

let browser: Browser;
let server: StaticServer;
let folder: string;
let page: Page;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'druk-matrix-'));
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
  server = await serveStatic(folder);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens the page of a theme at a width, with every component rendered, and puts them in a state. */
async function open(target: Page, theme: string, width: number, state: ComponentState): Promise<StateReport> {
  await target.setViewportSize({ width, height: 900 });
  await target.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  await target.goto(`${server.url}page-${Object.keys(THEMES).indexOf(theme)}.html`);
  await target.waitForFunction(() => customElements.get('druk-footer') !== undefined);
  return target.evaluate((entered) => window.drukProbe.enterState(entered), state);
}

type NoArgumentProbe = {
  [K in keyof EmbeddingProbe]: Parameters<EmbeddingProbe[K]> extends [] ? K : never;
}[keyof EmbeddingProbe];

function probe<K extends NoArgumentProbe>(name: K, target = page): Promise<Awaited<ReturnType<EmbeddingProbe[K]>>> {
  return target.evaluate((method) => window.drukProbe[method as K]() as Awaited<ReturnType<EmbeddingProbe[K]>>, name);
}

const STATES: ComponentState[] = ['at rest', 'expanded', 'dialog open'];

/** The clean page in each state, kept open at 1280 px, and its text at 320 px by key. */
const clean = new Map<ComponentState, { page: Page; textAt320: Map<string, TextSample> }>();

beforeAll(async () => {
  for (const state of STATES) {
    const cleanPage = await page.context().newPage();
    await open(cleanPage, 'clean', 320, state);
    const textAt320 = new Map((await probe('textSamples', cleanPage)).map((sample) => [sample.key, sample]));
    await cleanPage.setViewportSize({ width: 1280, height: 900 });
    clean.set(state, { page: cleanPage, textAt320 });
  }
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

async function axeViolations(rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  if (rules) axe.withRules(rules);
  else axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await axe.analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`);
}

/** What each state must show open (the server-rendered form shows its error summary from the start). */
const OPENED: Record<ComponentState, string[]> = {
  'at rest': ['error summary'],
  expanded: ['combobox list', 'sub-menu', 'error summary'],
  'dialog open': ['error summary', 'dialog'],
};

// One page load per theme and state: the checks at 1280 px first, then the page narrows to 320 px.
const CASES = Object.keys(THEMES).flatMap((theme) => STATES.map((state) => [theme, state] as const));

describe.each(CASES)('the components under %s, %s', (theme, state) => {
  let entered: StateReport;
  beforeAll(async () => {
    entered = await open(page, theme, 1280, state);
  });

  it('are in the state: what opens is open, focus where it belongs', () => {
    expect(entered.open).toEqual(OPENED[state]);
    if (state === 'expanded') expect(entered.focused).toBe('input.druk-input');
    if (state === 'dialog open') {
      expect(entered.focused).toBe('button.close');
      expect(entered).toMatchObject({ inModal: true, pageUnderTakesFocus: false });
    }
  });

  it('pass axe (WCAG 2.2 A and AA)', async () => {
    expect(await axeViolations(theme === 'clean' ? undefined : CSS_DEPENDENT_RULES)).toEqual([]);
  });

  it('keep every text readable in forced colours (text colour differs from what is behind it)', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    const unreadable = (await probe('textSamples')).filter((sample) => sample.backgrounds.includes(sample.color));
    await page.emulateMedia({ forcedColors: 'none' });
    expect(unreadable.map((sample) => `${sample.key} "${sample.text}" ${sample.color}`)).toEqual([]);
  });

  // The page's root font size is the one thing a theme may change (so may the reader's browser setting):
  // the clean page is measured at the same root size.
  it.skipIf(theme === 'clean')('show labels, fields and the error summary exactly as on the clean page', async () => {
    const forms = await probe('formStyles');
    const rootSize = await probe('rootFontSize');
    const cleanForms = await clean
      .get(state)!
      .page.evaluate((size) => window.drukProbe.formStylesAtRootSize(size), rootSize);
    expect(Object.keys(forms)).toEqual(Object.keys(cleanForms));
    const differences = Object.entries(forms).flatMap(([part, style]) =>
      Object.entries(style)
        .filter(([property, value]) => cleanForms[part]?.[property] !== value)
        .map(([property, value]) => `${part} ${property}: ${value} (clean: ${cleanForms[part]?.[property]})`),
    );
    expect(differences).toEqual([]);
  });

  // The components follow the page's declared colour scheme, not the system's (ADR 0033): a page that
  // declares none stays light on a dark system, and so do they. A theme that turns dark with the system
  // must say so (`color-scheme: light dark`), as the developer guide asks; then they turn dark with it.
  it.runIf(state === 'at rest')('stay readable when the system is dark, following the page', async () => {
    const { darkWithSystem } = THEMES[theme]!;
    if (darkWithSystem) await page.addStyleTag({ content: ':root { color-scheme: light dark; }' });
    const light = await probe('textSamples');
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await probe('textSamples');
    const contrast = await axeViolations(['color-contrast']);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(contrast).toEqual([]);
    const colours = (samples: TextSample[]) => samples.map((sample) => `${sample.key} ${sample.color}`);
    if (darkWithSystem) expect(colours(dark)).not.toEqual(colours(light));
    else expect(colours(dark)).toEqual(colours(light));
  });

  it('fit 320 px without scrolling sideways, with text of 16 px (14 px small print) and 24 px targets', async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await probe('sidewaysScroll')).toBeLessThanOrEqual(0);
    const cleanText = clean.get(state)!.textAt320;
    const samples = await probe('textSamples');
    expect(samples.filter((sample) => !cleanText.has(sample.key)).map((sample) => sample.key)).toEqual([]);
    const small = samples.filter((sample) => {
      const floor = cleanText.get(sample.key)!.fontSize >= 16 ? 16 : 14;
      return sample.fontSize < floor - 0.01;
    });
    expect(small.map((sample) => `${sample.key} "${sample.text}" ${sample.fontSize}px`)).toEqual([]);
    const tiny = await probe('targetSamples');
    expect(tiny.map((target) => `${target.key} ${target.width}×${target.height}`)).toEqual([]);
  });
});
