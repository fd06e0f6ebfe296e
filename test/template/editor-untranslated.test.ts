// The editor's entry list marks an item that has no Dzongkha file yet, and its filter finds every such
// item (ADR 0030): `npm run edit` on a copy of the template, the real Decap CMS UI in Chromium, the
// files on disk. The mark exists only in what the editor reads: saving such an item must not write it.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { REPO_ROOT } from '../support/paths.ts';
import {
  copyTemplate,
  field,
  openEditor as openSignedIn,
  side,
  startEditor,
  type RunningEditor,
} from './editor-session.ts';

/** Inside the workspace, so Vite resolves the linked @druk packages; removed afterwards. */
const SITE = join(REPO_ROOT, '.cache', `editor-untranslated-site-${process.pid}`);
/** The template's downloads: some in both languages, most in English only. */
const COLLECTION = 'downloads';
const MARK = 'English only · ཨིང་ལིཤ་ཁ་རྐྱངམ་ཅིག';
const FILTER = 'Not yet in Dzongkha · རྫོང་ཁ་ལུ་ད་ཚུན་མ་བསྒྱུར།';

const file = (path: string) => join(SITE, 'src', 'content', path);
const addresses = (lang: string) =>
  readdirSync(file(`${lang}/${COLLECTION}`))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''));

let browser: Browser;
let editor: RunningEditor;
let policyViolations: string[] = [];
/** Read from the copy before any test changes it: which items have a Dzongkha file. */
let untranslated: string[] = [];
let translated: string[] = [];

beforeAll(async () => {
  copyTemplate(SITE);
  const dzongkha = new Set(addresses('dz'));
  untranslated = addresses('en').filter((address) => !dzongkha.has(address));
  translated = addresses('en').filter((address) => dzongkha.has(address));
  editor = await startEditor(SITE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await editor?.stop();
  rmSync(SITE, { recursive: true, force: true });
});

afterEach(() => {
  expect(policyViolations, 'Content-Security-Policy violations on /admin/').toEqual([]);
  policyViolations = [];
});

/** The list's card of one item: a link to it, showing its summary line. */
const card = (page: Page, address: string) => page.locator(`a[href$="/collections/${COLLECTION}/entries/${address}"]`);

/** The addresses of the items the list shows, in its order. */
async function listed(page: Page): Promise<string[]> {
  const links = page.locator(`a[href*="/collections/${COLLECTION}/entries/"]`);
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.slice(href.lastIndexOf('/') + 1)).sort();
}

async function openList(page: Page): Promise<void> {
  await page.goto(`${editor.url}#/collections/${COLLECTION}`);
  await card(page, translated[0] ?? '').waitFor();
}

describe('an item not yet in Dzongkha in the editor', () => {
  test('the template has both kinds to show', () => {
    expect(untranslated.length).toBeGreaterThan(1);
    expect(translated.length).toBeGreaterThan(0);
  });

  test('is marked "English only" in the list; a translated one is not', async () => {
    const page = await openSignedIn(browser, editor.url, policyViolations);
    await openList(page);
    expect(await listed(page)).toEqual([...untranslated, ...translated].sort());
    for (const address of untranslated) expect(await card(page, address).innerText(), address).toContain(MARK);
    for (const address of translated) expect(await card(page, address).innerText(), address).not.toContain(MARK);
    await page.context().close();
  });

  test('the filter "Not yet in Dzongkha" shows only those items', async () => {
    const page = await openSignedIn(browser, editor.url, policyViolations);
    await openList(page);
    await page.getByRole('button', { name: 'Filter by' }).click();
    await page.getByRole('menuitem', { name: FILTER }).click();
    await expect.poll(() => listed(page)).toEqual([...untranslated].sort());
    // Off again: every item.
    await page.getByRole('menuitem', { name: FILTER }).click();
    await expect.poll(() => listed(page)).toEqual([...untranslated, ...translated].sort());
    await page.context().close();
  });

  test('loses its mark once its Dzongkha is saved and the list is loaded again', async () => {
    const address = untranslated.at(-1) ?? '';
    const page = await openSignedIn(browser, editor.url, policyViolations);
    await page.goto(`${editor.url}#/collections/${COLLECTION}/entries/${address}`);
    const title = field(side(page, 'DZ'), 'Title');
    await title.waitFor();
    await title.pressSequentially('ཡིག་ཆ།');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    const dzongkha = file(`dz/${COLLECTION}/${address}.md`);
    await expect.poll(() => existsSync(dzongkha), { timeout: 20_000 }).toBe(true);
    expect(readFileSync(dzongkha, 'utf8')).not.toContain('editor_untranslated');
    await page.goto(`${editor.url}#/collections/${COLLECTION}`);
    await card(page, address).waitFor();
    // Decap keeps an item in its list as it was when opened (it reloads it only under a new address):
    // the mark stays until the list is loaded again, as the webmaster guide says.
    expect(await card(page, address).innerText()).toContain(MARK);
    await page.reload();
    await card(page, address).waitFor();
    expect(await card(page, address).innerText()).not.toContain(MARK);
    await page.context().close();
  });

  test('keeps its mark once opened and saved, and the mark is never written to its file', async () => {
    const [address = ''] = untranslated;
    const english = file(`en/${COLLECTION}/${address}.md`);
    const before = readFileSync(english, 'utf8');
    const page = await openSignedIn(browser, editor.url, policyViolations);
    await page.goto(`${editor.url}#/collections/${COLLECTION}/entries/${address}`);
    const date = field(side(page, 'EN'), 'Date');
    await date.waitFor();
    expect(await field(side(page, 'DZ'), 'Title').inputValue()).toBe('');
    await date.fill('2026-11-30');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await expect.poll(() => readFileSync(english, 'utf8'), { timeout: 20_000 }).toMatch(/^date: 2026-11-30$/m);
    const after = readFileSync(english, 'utf8');
    expect(after).not.toContain('editor_untranslated');
    // Only the date changed; no Dzongkha file was made of the copied date.
    expect(after.replace(/^date: .*$/m, '')).toBe(before.replace(/^date: .*$/m, ''));
    expect(existsSync(file(`dz/${COLLECTION}/${address}.md`))).toBe(false);
    // Back in the list, the item it replaced there is still marked.
    await page.goto(`${editor.url}#/collections/${COLLECTION}`);
    await card(page, address).waitFor();
    expect(await card(page, address).innerText()).toContain(MARK);
    await page.context().close();
  });
});
