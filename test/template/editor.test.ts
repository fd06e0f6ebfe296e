// The browser editor end to end, as a webmaster uses it: `npm run edit` (scripts/site.mjs edit) on a
// copy of the template, the real Decap CMS UI in Chromium saving through the local backend, then
// the production build of what was saved. Never the repository's own sites/template content.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { dzongkhaSamples } from '../../packages/fonts/src/samples/samples.ts';
import { startNginx } from '../support/nginx.ts';
import { REPO_ROOT, TEMPLATE_DIR } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';
import { builtPages } from './built-site.ts';
import {
  choosePicture,
  copyTemplate,
  field,
  newEntry as openNewEntry,
  openEditor as openSignedIn,
  side,
  startEditor,
  typeBody,
  type RunningEditor,
} from './editor-session.ts';
import { renderWithSubsetAndFullFonts } from './subset-render.ts';

/** Inside the workspace, so Vite resolves the linked @druk packages; removed afterwards. */
const SITE = join(REPO_ROOT, '.cache', `editor-site-${process.pid}`);
/** "Today" for the build, so the result does not depend on the clock. */
const BUILD_DATE = '2026-12-01';
const SLUG = 'school-choir-songs';
/** Real Dzongkha: the section on songs of the Dzongkha Wikipedia (packages/fonts/src/samples). */
const SONGS = dzongkhaSamples().find((sample) => sample.id.includes('songs'));
if (!SONGS) throw new Error('the Dzongkha song sample is missing');
const [FIRST, SECOND] =
  SONGS.text
    .split('\n')
    .filter(Boolean)[1]
    ?.split(/(?<=།) /) ?? [];
const DZONGKHA = { title: SONGS.title, alt: SECOND ?? '', body: FIRST ?? '' };
/**
 * Decap CMS 3.16 pages that axe faults, by rule (ADR 0030 lists them). The test fails on any other
 * rule, so a new failure (ours or the CMS's) is seen; a fixed one is removed from here.
 */
const KNOWN_EDITOR_FAILURES = new Set([
  'aria-input-field-name',
  'aria-required-attr',
  'button-name',
  'color-contrast',
  'frame-title',
  'label',
  'link-name',
  'nested-interactive',
]);

let browser: Browser;
let editor: RunningEditor;
let url = '';

beforeAll(async () => {
  copyTemplate(SITE);
  editor = await startEditor(SITE);
  url = editor.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await editor?.stop();
  rmSync(SITE, { recursive: true, force: true });
});

/** What Chromium reported as blocked by /admin/'s Content-Security-Policy in the current test. */
let policyViolations: string[] = [];

afterEach(() => {
  expect(policyViolations, 'Content-Security-Policy violations on /admin/').toEqual([]);
  policyViolations = [];
});

const openEditor = () => openSignedIn(browser, url, policyViolations);
const newEntry = (page: Page, collection: string) => openNewEntry(page, url, collection);

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

const file = (path: string) => join(SITE, 'src', 'content', path);

describe('the browser editor with the local backend', () => {
  test('publishes a news item with English and Dzongkha side by side and one picture', async () => {
    const page = await openEditor();
    // A picture from the webmaster's own computer, under a name the site does not have yet.
    const upload = mkdtempSync(join(tmpdir(), 'druk-upload-'));
    const picture = join(upload, 'choir.jpg');
    copyFileSync(join(TEMPLATE_DIR, 'src', 'content', 'images', 'valley.jpg'), picture);

    await newEntry(page, 'news');
    const [english, dzongkha] = [side(page, 'EN'), side(page, 'DZ')];
    await field(english, 'Title').fill('School choir sings at the tshechu');
    await field(english, 'Address').fill(SLUG);
    await field(english, 'Published').fill('2026-11-28');
    await choosePicture(english, picture);
    await field(english, 'Image alt').fill('Pupils in gho and kira singing in the dzong courtyard.');
    await typeBody(english, 'Pupils of Yulsum Central School sang traditional songs.');

    // The shared values are copied to the Dzongkha side, where they cannot be changed.
    expect(await field(dzongkha, 'Published').inputValue()).toBe('2026-11-28');
    expect(await field(dzongkha, 'Published').isDisabled()).toBe(true);
    expect(await field(dzongkha, 'Address').inputValue()).toBe(SLUG);
    // Typed key by key into each field: Dzongkha input works in every field, in the full Tibetan face.
    await field(dzongkha, 'Title').pressSequentially(DZONGKHA.title);
    await field(dzongkha, 'Image alt').pressSequentially(DZONGKHA.alt);
    await typeBody(dzongkha, DZONGKHA.body);
    const inputFont = await field(dzongkha, 'Title').evaluate((input) => getComputedStyle(input).fontFamily);
    expect(inputFont).toMatch(/^"Jomolhari Editable"/);
    expect(await page.evaluate(() => document.fonts.check('16px "Jomolhari Editable"', 'ཀྱི'))).toBe(true);
    await publish(page);
    await page.waitForURL(new RegExp(`entries/${SLUG}$`));

    await page.context().close();
    rmSync(upload, { recursive: true, force: true });

    // What the local backend wrote is what a webmaster would commit: two files under the same
    // address in the site's own folders, nothing in Decap's layout.
    const en = readFileSync(file(`en/news/${SLUG}.md`), 'utf8');
    expect(en).toMatch(/^image: images\/choir\.jpg$/m);
    expect(en).toMatch(/^published: 2026-11-28$/m);
    const dz = readFileSync(file(`dz/news/${SLUG}.md`), 'utf8');
    expect(dz).toContain(`title: ${DZONGKHA.title}`);
    expect(dz).toMatch(/^image: images\/choir\.jpg$/m);
    expect(dz).toMatch(/^published: 2026-11-28$/m);
    expect(dz).toContain(DZONGKHA.body);
    expect(existsSync(file('news'))).toBe(false);
    expect(existsSync(file('images/choir.jpg'))).toBe(true);
  });

  test("changes a notice's closing date in both languages, in files written without an address", async () => {
    const page = await openEditor();
    const notice = file('en/notices/farm-road-closure.md');
    const translation = file('dz/notices/farm-road-closure.md');
    expect(readFileSync(notice, 'utf8')).not.toMatch(/^address:/m);
    await page.goto(`${url}#/collections/notices/entries/farm-road-closure`);
    const closes = field(side(page, 'EN'), 'Closes');
    // Decap renders the field once the entry has loaded, with the file's value.
    await closes.waitFor();
    expect(await closes.inputValue()).toBe('2026-12-31');
    expect(await field(side(page, 'DZ'), 'Title').inputValue()).toMatch(/^ནང་སྐོར་/);
    // Before BUILD_DATE: the build must move the notice to the archive.
    await closes.fill('2026-11-25');
    await publish(page);
    await expect.poll(() => readFileSync(notice, 'utf8'), { timeout: 20_000 }).toMatch(/^closes: 2026-11-25$/m);
    await expect.poll(() => readFileSync(translation, 'utf8'), { timeout: 20_000 }).toMatch(/^closes: 2026-11-25$/m);
    await page.context().close();
    expect(readFileSync(notice, 'utf8')).toMatch(/^title: Nangkor farm road closed for repairs$/m);
    expect(readFileSync(translation, 'utf8')).toMatch(/^translation: needs-review$/m);
    // The shared values the English file leaves out are left out of the Dzongkha one too.
    expect(readFileSync(translation, 'utf8')).not.toMatch(/^(address|order|updated):/m);
  });

  test('shows an English-only item as untranslated and saves it without a Dzongkha file', async () => {
    const page = await openEditor();
    const notice = file('en/notices/public-holiday-tshechu.md');
    expect(existsSync(file('dz/notices/public-holiday-tshechu.md'))).toBe(false);
    await page.goto(`${url}#/collections/notices/entries/public-holiday-tshechu`);
    const summary = field(side(page, 'EN'), 'Summary');
    await summary.waitFor();
    expect(await summary.inputValue()).toMatch(/^Offices of the Dzongkhag/);
    // The Dzongkha side is there, empty, and its hint says what that means: no Dzongkha yet.
    expect(await field(side(page, 'DZ'), 'Title').inputValue()).toBe('');
    await side(page, 'DZ')
      .getByText(/not translated yet/)
      .waitFor();
    // Changing a shared value copies it to the Dzongkha side, which must still not be written.
    await field(side(page, 'EN'), 'Closes').fill('2026-10-16');
    await summary.fill('Offices were closed for the annual tshechu.');
    await publish(page);
    await expect
      .poll(() => readFileSync(notice, 'utf8'), { timeout: 20_000 })
      .toMatch(/^summary: Offices were closed for the annual tshechu\.$/m);
    await page.context().close();
    expect(readFileSync(notice, 'utf8')).toMatch(/^closes: 2026-10-16$/m);
    expect(existsSync(file('dz/notices/public-holiday-tshechu.md'))).toBe(false);
  });

  test('refuses to save what the build would reject', async () => {
    const page = await openEditor();
    await newEntry(page, 'news');
    const english = side(page, 'EN');
    // Required fields empty, an address the build rejects.
    await field(english, 'Address').fill('Not An Address');
    await publish(page);
    await page
      .getByText(/is required/i)
      .first()
      .waitFor();
    await page
      .getByText(/lower-case English letters/)
      .first()
      .waitFor();
    // A picture without its description: the save check stops it with the schema's own message.
    await field(english, 'Title').fill('No description');
    await field(english, 'Address').fill('no-description');
    await field(english, 'Published').fill('2026-11-28');
    await choosePicture(english, join(TEMPLATE_DIR, 'src', 'content', 'images', 'dzong.jpg'));
    await publish(page);
    await page
      .getByText(/describe the picture for people who cannot see it/)
      .first()
      .waitFor();
    expect(existsSync(file('en/news/no-description.md'))).toBe(false);
    await page.context().close();
  });

  test('refuses a Dzongkha side begun without its title', async () => {
    // Decap checks only the English side; editor.js checks the other one.
    const page = await openEditor();
    await newEntry(page, 'news');
    const [english, dzongkha] = [side(page, 'EN'), side(page, 'DZ')];
    await field(english, 'Title').fill('Half translated');
    await field(english, 'Address').fill('half-translated');
    await field(english, 'Published').fill('2026-11-28');
    await field(dzongkha, 'Summary').pressSequentially(DZONGKHA.alt);
    await publish(page);
    await page
      .getByText(/title \(dz\): is required once this language has any text/)
      .first()
      .waitFor();
    expect(existsSync(file('en/news/half-translated.md'))).toBe(false);
    expect(existsSync(file('dz/news/half-translated.md'))).toBe(false);
    await page.context().close();
  });

  test('the editor pages fail axe only on the known failures of Decap CMS', async () => {
    const page = await openEditor();
    const rules = new Set<string>();
    for (const route of ['#/collections/news', '#/collections/news/new']) {
      await page.goto(`${url}${route}`);
      await page
        .getByRole('heading')
        .or(page.getByLabel(/^Title ·/))
        .first()
        .waitFor();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      for (const violation of violations) rules.add(violation.id);
    }
    await page.context().close();
    expect([...rules].filter((rule) => !KNOWN_EDITOR_FAILURES.has(rule))).toEqual([]);
  });
});

describe('the build of what the editor saved', () => {
  const dist = join(SITE, 'dist');

  beforeAll(async () => {
    await editor.stop();
    const build = spawnSync('node', [join(REPO_ROOT, 'scripts', 'site.mjs'), 'build', SITE], {
      encoding: 'utf8',
      env: { ...process.env, DRUK_BUILD_DATE: BUILD_DATE },
    });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
  });

  test('has the news item in both languages, the Dzongkha one in its subset font', async () => {
    const enPage = readFileSync(join(dist, 'en', 'news', SLUG, 'index.html'), 'utf8');
    expect(enPage).toContain('School choir sings at the tshechu');
    expect(enPage).toContain('alt="Pupils in gho and kira singing in the dzong courtyard."');
    const dzPage = readFileSync(join(dist, 'dz', 'news', SLUG, 'index.html'), 'utf8');
    expect(dzPage).toContain(DZONGKHA.body);
    expect(dzPage).toContain(`alt="${DZONGKHA.alt}"`);
    const server = await serveStatic(dist);
    try {
      const { asShipped, withFullFonts } = await renderWithSubsetAndFullFonts(
        browser,
        new URL(`/dz/news/${SLUG}/`, server.url).href,
        dist,
      );
      expect(asShipped.faces.length, 'the Dzongkha page loaded its fonts').toBeGreaterThan(0);
      expect(asShipped.image.equals(withFullFonts.image), 'the subset draws the new text like the full font').toBe(
        true,
      );
    } finally {
      await server.close();
    }
  });

  test('moves the notice closed in the editor to the archive', () => {
    const link = 'href="/en/notices/farm-road-closure/"';
    expect(readFileSync(join(dist, 'en', 'notices', 'index.html'), 'utf8')).not.toContain(link);
    expect(readFileSync(join(dist, 'en', 'archive', 'index.html'), 'utf8')).toContain(link);
  });

  test('serves /admin/ from the site under its own policy, and no public page loads editor code', async () => {
    expect(existsSync(join(dist, 'admin', 'decap-cms.js'))).toBe(true);
    const admin = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
    // editor.js loads decap-cms.js itself, after putting the folder mapping in place.
    expect([...admin.matchAll(/src="([^"]+)"/g)].map((match) => match[1])).toEqual(['/admin/editor.js']);
    expect(existsSync(join(dist, 'admin', 'content-paths.js'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dist, 'admin', 'checks.json'), 'utf8')).layout).toMatchObject({
      root: 'src/content',
      locales: ['en', 'dz'],
    });
    const config = JSON.parse(readFileSync(join(dist, 'admin', 'config.yml'), 'utf8'));
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      repo: 'yulsum/website',
      api_root: 'https://git.yulsum.gov.bt/api/v4',
    });
    expect(config.publish_mode).toBe('editorial_workflow');

    for (const { path, html } of builtPages(dist).filter(({ path }) => !path.startsWith('/admin/'))) {
      expect(html, path).not.toMatch(/\/admin\/|decap/i);
    }

    const nginx = await startNginx(readFileSync(join(SITE, 'deploy', 'nginx.conf'), 'utf8'), dist);
    try {
      const policy = async (path: string) =>
        (await fetch(new URL(path, nginx.url))).headers.get('content-security-policy') ?? '';
      const publicPolicy = await policy('/en/');
      expect(publicPolicy).not.toContain('unsafe-inline');
      expect(publicPolicy).not.toContain("'unsafe-eval'");
      const adminPolicy = await policy('/admin/');
      expect(adminPolicy).toContain("script-src 'self' 'unsafe-eval'");
      expect(adminPolicy).toContain("connect-src 'self' blob: https://git.yulsum.gov.bt");
      expect(adminPolicy).toContain("frame-ancestors 'none'");
      expect(await policy('/admin/decap-cms.js')).toBe(adminPolicy);
    } finally {
      await nginx.stop();
    }
  });
});
