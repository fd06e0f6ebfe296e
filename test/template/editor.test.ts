// The browser editor end to end, as a webmaster uses it: `npm run edit` (scripts/site.mjs edit) on a
// copy of the template, the real Decap CMS UI in Chromium saving through the local backend, then
// the production build of what was saved. Never the repository's own sites/template content.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { freePort, startNginx } from '../support/nginx.ts';
import { REPO_ROOT, TEMPLATE_DIR } from '../support/paths.ts';
import { serveStatic } from '../support/static-server.ts';
import { builtPages } from './built-site.ts';
import { renderWithSubsetAndFullFonts } from './subset-render.ts';

/** Inside the workspace, so Vite resolves the linked @druk packages; removed afterwards. */
const SITE = join(REPO_ROOT, '.cache', `editor-site-${process.pid}`);
/** "Today" for the build, so the result does not depend on the clock. */
const BUILD_DATE = '2026-12-01';
const SLUG = 'school-choir-songs';
const DZONGKHA = {
  title: 'སློབ་གྲྭའི་སློབ་ཕྲུག་ཚུ་གིས་ གླུ་གཞས་བཏབ་ཅི།',
  alt: 'རྫོང་གི་ཁྱམས་ནང་ འཆམ་པ་ཚུ།',
  body: 'ལམ་སྲོལ་གྱི་གླུ་གཞས་ཚུ་ རྫོང་གི་ཁྱམས་ནང་བཏབ་ཅི།',
};
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
let editor: ChildProcess;
let url = '';

/** A copy of the template with the editor section a fork adds to site.config.ts (for the built /admin/). */
function copyTemplate(): void {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.ts', 'src', 'public']) {
    cpSync(join(TEMPLATE_DIR, item), join(SITE, item), { recursive: true });
  }
  symlinkSync(join(TEMPLATE_DIR, 'node_modules'), join(SITE, 'node_modules'));
  const config = readFileSync(join(SITE, 'site.config.ts'), 'utf8');
  const editorSection = `  editor: { backend: 'gitlab', repo: 'yulsum/website', baseUrl: 'https://git.yulsum.gov.bt', appId: 'public-app-id' },\n`;
  writeFileSync(
    join(SITE, 'site.config.ts'),
    config.replace("  defaultLang: 'en',\n", `  defaultLang: 'en',\n${editorSection}`),
  );
}

async function waitForHttp(target: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    if (child.exitCode !== null) throw new Error(`npm run edit stopped (status ${child.exitCode})`);
    const ok = await fetch(target, { method: target.includes('/api/') ? 'POST' : 'GET' }).then(
      (response) => response.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`${target} did not answer`);
}

beforeAll(async () => {
  copyTemplate();
  const [port, proxyPort] = [await freePort(), await freePort()];
  editor = spawn('node', [join(REPO_ROOT, 'scripts', 'site.mjs'), 'edit', SITE], {
    env: { ...process.env, DRUK_EDIT_PORT: String(port), DRUK_EDIT_PROXY_PORT: String(proxyPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  url = `http://127.0.0.1:${port}/admin/`;
  await waitForHttp(url, editor);
  await waitForHttp(`http://127.0.0.1:${proxyPort}/api/v1`, editor);
  browser = await launchChromium();
});

/** Stops `npm run edit` (its own handler stops the dev server and the local backend) and waits. */
async function stopEditor(): Promise<void> {
  if (!editor || editor.exitCode !== null) return;
  const stopped = new Promise((done) => editor.once('exit', done));
  editor.kill('SIGTERM');
  await stopped;
}

afterAll(async () => {
  await browser?.close();
  await stopEditor();
  rmSync(SITE, { recursive: true, force: true });
});

/** What Chromium reported as blocked by /admin/'s Content-Security-Policy in the current test. */
let policyViolations: string[] = [];

afterEach(() => {
  expect(policyViolations, 'Content-Security-Policy violations on /admin/').toEqual([]);
  policyViolations = [];
});

/** A signed-in editor page in a context of its own (the local backend's sign-in is one button). */
async function openEditor(): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/#\/collections\//);
  return page;
}

async function newEntry(page: Page, collection: string): Promise<void> {
  await page.goto(`${url}#/collections/${collection}/new`);
  await page.getByLabel('Title').waitFor();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

/** Types into the Markdown body like a person (key by key, Tibetan included). */
async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type(text);
}

const file = (path: string) => join(SITE, 'src', 'content', path);

describe('the browser editor with the local backend', () => {
  test('publishes a news item in English and Dzongkha with a picture', async () => {
    const page = await openEditor();
    // A picture from the webmaster's own computer, under a name the site does not have yet.
    const upload = mkdtempSync(join(tmpdir(), 'druk-upload-'));
    const picture = join(upload, 'choir.jpg');
    copyFileSync(join(TEMPLATE_DIR, 'src', 'content', 'images', 'valley.jpg'), picture);

    await newEntry(page, 'news-en');
    await page.getByLabel('Title').fill('School choir sings at the tshechu');
    await page.getByLabel('Address').fill(SLUG);
    await page.getByLabel('Published', { exact: true }).fill('2026-11-28');
    await page.getByRole('button', { name: /choose an image/i }).click();
    await page.locator('input[type=file]').setInputFiles(picture);
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await page.getByLabel('Image alt').fill('Pupils in gho and kira singing in the dzong courtyard.');
    await typeBody(page, 'Pupils of Yulsum Central School sang traditional songs.');
    await publish(page);
    await page.waitForURL(new RegExp(`entries/${SLUG}$`));

    await newEntry(page, 'news-dz');
    // Typed key by key into each field: Dzongkha input works in every field, in the full Tibetan face.
    await page.getByLabel('Title').pressSequentially(DZONGKHA.title);
    await page.getByLabel('Address').fill(SLUG);
    await page.getByLabel('Published', { exact: true }).fill('2026-11-28');
    await page.getByRole('button', { name: /choose an image/i }).click();
    await page.locator('input[type=file]').setInputFiles(picture);
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await page.getByLabel('Image alt').pressSequentially(DZONGKHA.alt);
    await typeBody(page, DZONGKHA.body);
    const inputFont = await page.getByLabel('Title').evaluate((input) => getComputedStyle(input).fontFamily);
    expect(inputFont).toMatch(/^"Jomolhari Editable"/);
    expect(await page.evaluate(() => document.fonts.check('16px "Jomolhari Editable"', 'ཀྱི'))).toBe(true);
    await publish(page);
    await page.waitForURL(new RegExp(`entries/${SLUG}$`));

    await page.context().close();
    rmSync(upload, { recursive: true, force: true });

    // What the local backend wrote is what a webmaster would commit.
    const english = readFileSync(file(`en/news/${SLUG}.md`), 'utf8');
    expect(english).toMatch(/^image: images\/choir\.jpg$/m);
    expect(english).toMatch(/^published: 2026-11-28$/m);
    expect(readFileSync(file(`dz/news/${SLUG}.md`), 'utf8')).toContain(`title: ${DZONGKHA.title}`);
    expect(existsSync(file('images/choir.jpg'))).toBe(true);
  });

  test("changes a notice's closing date in a file written without an address", async () => {
    const page = await openEditor();
    const notice = file('en/notices/farm-road-closure.md');
    expect(readFileSync(notice, 'utf8')).not.toMatch(/^address:/m);
    await page.goto(`${url}#/collections/notices-en/entries/farm-road-closure`);
    const closes = page.getByLabel('Closes', { exact: true });
    // Decap renders the field once the entry has loaded, with the file's value.
    await closes.waitFor();
    expect(await closes.inputValue()).toBe('2026-12-31');
    // Before BUILD_DATE: the build must move the notice to the archive.
    await closes.fill('2026-11-25');
    await publish(page);
    await expect.poll(() => readFileSync(notice, 'utf8'), { timeout: 20_000 }).toMatch(/^closes: 2026-11-25$/m);
    await page.context().close();
    expect(readFileSync(notice, 'utf8')).toMatch(/^title: Nangkor farm road closed for repairs$/m);
  });

  test('refuses to save what the build would reject', async () => {
    const page = await openEditor();
    await newEntry(page, 'news-en');
    // Required fields empty, an address the build rejects.
    await page.getByLabel('Address').fill('Not An Address');
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
    await page.getByLabel('Title').fill('No description');
    await page.getByLabel('Address').fill('no-description');
    await page.getByLabel('Published', { exact: true }).fill('2026-11-28');
    await page.getByRole('button', { name: /choose an image/i }).click();
    await page.locator('input[type=file]').setInputFiles(join(TEMPLATE_DIR, 'src', 'content', 'images', 'dzong.jpg'));
    await page.getByRole('button', { name: 'Choose selected' }).click();
    await publish(page);
    await page
      .getByText(/describe the picture for people who cannot see it/)
      .first()
      .waitFor();
    expect(existsSync(file('en/news/no-description.md'))).toBe(false);
    await page.context().close();
  });

  test('the editor pages fail axe only on the known failures of Decap CMS', async () => {
    const page = await openEditor();
    const rules = new Set<string>();
    for (const route of ['#/collections/news-en', '#/collections/news-dz/new']) {
      await page.goto(`${url}${route}`);
      await page.getByRole('heading').or(page.getByLabel('Title')).first().waitFor();
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
    await stopEditor();
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
    expect([...admin.matchAll(/src="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '/admin/decap-cms.js',
      '/admin/editor.js',
    ]);
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
