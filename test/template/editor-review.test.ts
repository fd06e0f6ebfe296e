// Review before publishing, end to end: `npm run edit -- --review` on a git repository made from a copy
// of the template, the real Decap CMS UI in Chromium, and decap-server's git mode, which keeps each
// item as a draft on its own branch (cms/<collection>/<address>) and merges it on publishing: the
// model of a merge request on a git host. What the host adds (approvals, protected branches) is not here.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { UNTRANSLATED_KEY } from '../../packages/astro/src/editor/content-paths.js';
import { dzongkhaText } from '../fork/generate.ts';
import { REPO_ROOT, TEMPLATE_DIR } from '../support/paths.ts';
import {
  choosePicture,
  copyTemplate,
  field,
  newEntry,
  openEditor,
  side,
  startEditor,
  typeBody,
  type RunningEditor,
} from './editor-session.ts';

const SLUG = 'rinpung-dzong-roof';
/** The list's mark of an item without a Dzongkha file (ADR 0030). */
const ENGLISH_ONLY = 'English only · ཨིང་ལིཤ་ཁ་རྐྱངམ་ཅིག';
const TITLE = 'New roof for the Rinpung Dzong';
/** Real Dzongkha: the Dzongkha Wikipedia's article on Rinpung Dzong, its title and first two phrases. */
const RINPUNG = dzongkhaText('01-dzwiki-paro-rinpung-dzong.txt');
const [FIRST = '', SECOND = ''] = RINPUNG.paragraphs[0]?.split(/(?<=་) /) ?? [];
const DZONGKHA = { title: RINPUNG.title, body: FIRST, alt: SECOND };

let site = '';
let browser: Browser;
let editor: RunningEditor;
let url = '';
let policyViolations: string[] = [];

/** A git command in the scratch repository; its output, or the test fails with git's own message. */
function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: site, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** The files a branch holds under a folder of the site. */
const filesOn = (branch: string, folder: string) => git('ls-tree', '-r', '--name-only', branch, '--', folder);

/** The review status Decap keeps for a draft (decap-server stores it as the branch's description). */
const statusOf = (branch: string) => git('config', `branch.${branch}.description`);

beforeAll(async () => {
  // In the workspace's .cache, like the other editor test, so Vite resolves the linked @druk packages.
  mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
  site = mkdtempSync(join(REPO_ROOT, '.cache', 'editor-review-'));
  copyTemplate(site);
  // What a fork's own repository ignores: installed and generated files.
  writeFileSync(join(site, '.gitignore'), 'node_modules\n.astro/\ndist/\n.dist-next/\n.dist-previous/\ndeploy/\n');
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Yulsum Webmaster');
  git('config', 'user.email', 'webmaster@yulsum.gov.bt');
  git('add', '.');
  git('commit', '--quiet', '-m', 'The Yulsum site');
  editor = await startEditor(site, { review: true });
  url = editor.url;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await editor?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

afterEach(() => {
  expect(policyViolations, 'Content-Security-Policy violations on /admin/').toEqual([]);
  policyViolations = [];
});

/** A signed-in page that accepts Decap's "are you sure" questions, as the person would. */
async function signIn(): Promise<Page> {
  const page = await openEditor(browser, url, policyViolations);
  page.on('dialog', (dialog) => void dialog.accept());
  return page;
}

/** Saves the open item: with review, Save makes or updates its draft. */
async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: /^Status: Draft/ }).waitFor();
}

/** Moves the open draft to another column of the workflow, through the Status menu of the form. */
async function setStatus(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^Status: ${from}`) }).click();
  await page.getByRole('menuitem', { name: to }).click();
  await page.getByRole('button', { name: new RegExp(`^Status: ${to}`) }).waitFor();
}

async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

describe('review before publishing with the local git backend', () => {
  test('keeps a new bilingual item as a draft branch until it is reviewed and published', async () => {
    const page = await signIn();
    // A picture from the webmaster's own computer, under a name the site does not have yet.
    const upload = mkdtempSync(join(tmpdir(), 'druk-upload-'));
    const picture = join(upload, 'roof.jpg');
    copyFileSync(join(TEMPLATE_DIR, 'src', 'content', 'images', 'dzong.jpg'), picture);
    await newEntry(page, url, 'news');
    const [english, dzongkha] = [side(page, 'EN'), side(page, 'DZ')];
    await field(english, 'Title').fill(TITLE);
    await field(english, 'Address').fill(SLUG);
    await field(english, 'Published').fill('2026-11-30');
    await choosePicture(english, picture);
    await field(english, 'Image alt').fill('Carpenters on the roof of the dzong.');
    await typeBody(english, 'Carpenters of Paro replaced the roof of the dzong.');
    await field(dzongkha, 'Title').pressSequentially(DZONGKHA.title);
    await field(dzongkha, 'Image alt').pressSequentially(DZONGKHA.alt);
    await typeBody(dzongkha, DZONGKHA.body);
    await save(page);
    await page.context().close();
    rmSync(upload, { recursive: true, force: true });

    const draft = `cms/news/${SLUG}`;
    // A draft: the working copy stays on main, which has no file of it; its branch has both language
    // files in the site's folders and the picture, and nothing in Decap's own layout.
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
    expect(existsSync(join(site, 'src', 'content', 'en', 'news', `${SLUG}.md`))).toBe(false);
    expect(filesOn('main', `src/content/en/news/${SLUG}.md`)).toBe('');
    expect(git('branch', '--list', 'cms/*')).toBe(draft);
    expect(git('diff', '--name-only', 'main', draft).split('\n').sort()).toEqual([
      `src/content/dz/news/${SLUG}.md`,
      `src/content/en/news/${SLUG}.md`,
      'src/content/images/roof.jpg',
    ]);
    expect(filesOn(draft, 'src/content/news')).toBe('');
    const dz = git('show', `${draft}:src/content/dz/news/${SLUG}.md`);
    expect(dz).toContain(`title: ${DZONGKHA.title}`);
    expect(dz).toMatch(/^image: images\/roof\.jpg$/m);
    expect(git('show', `${draft}:src/content/en/news/${SLUG}.md`)).toMatch(/^published: 2026-11-30$/m);
    expect(statusOf(draft)).toBe('decap-cms/draft');

    // The Workflow page lists the draft (unpublishedEntries); opened again, the draft is read back
    // from its branch with both halves and the picture (unpublishedEntry and its data and media files).
    const reviewer = await signIn();
    await reviewer.goto(`${url}#/workflow`);
    await reviewer.getByText(TITLE).waitFor();
    await reviewer.goto(`${url}#/collections/news/entries/${SLUG}`);
    await field(side(reviewer, 'DZ'), 'Title').waitFor();
    await expect.poll(() => field(side(reviewer, 'DZ'), 'Title').inputValue()).toBe(DZONGKHA.title);
    expect(await field(side(reviewer, 'EN'), 'Title').inputValue()).toBe(TITLE);
    await side(reviewer, 'EN').locator('img[src^="blob:"]').first().waitFor();

    await setStatus(reviewer, 'Draft', 'In review');
    await expect.poll(() => statusOf(draft)).toBe('decap-cms/pending_review');
    await setStatus(reviewer, 'In review', 'Ready');
    await expect.poll(() => statusOf(draft)).toBe('decap-cms/pending_publish');
    // Still a draft: nothing reached main.
    expect(filesOn('main', 'src/content')).not.toContain(SLUG);

    await publishNow(reviewer);
    await expect.poll(() => git('branch', '--list', 'cms/*'), { timeout: 20_000 }).toBe('');
    await reviewer.context().close();
    expect(filesOn('main', 'src/content/en/news')).toContain(`src/content/en/news/${SLUG}.md`);
    expect(git('show', `main:src/content/dz/news/${SLUG}.md`)).toContain(DZONGKHA.body);
    expect(filesOn('main', 'src/content/images/roof.jpg')).toBe('src/content/images/roof.jpg');
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
  });

  test('keeps an English-only item without a Dzongkha file through its draft and publishing', async () => {
    const page = await signIn();
    const name = 'public-holiday-tshechu';
    await page.goto(`${url}#/collections/notices/entries/${name}`);
    const summary = field(side(page, 'EN'), 'Summary');
    await summary.waitFor();
    expect(await summary.inputValue()).toMatch(/^Offices of the Dzongkhag/);
    await summary.fill('Offices were closed for the annual tshechu.');
    await save(page);

    await page.context().close();

    const draft = `cms/notices/${name}`;
    const changed = () => git('diff', '--name-only', 'main', draft);
    expect(changed()).toBe(`src/content/en/notices/${name}.md`);
    expect(git('show', `${draft}:src/content/en/notices/${name}.md`)).toMatch(
      /^summary: Offices were closed for the annual tshechu\.$/m,
    );
    // The list's mark of an untranslated item is only in what the editor reads, never in a draft.
    expect(git('show', `${draft}:src/content/en/notices/${name}.md`)).not.toContain(UNTRANSLATED_KEY);

    // The list (items on main) marks it as English only while its draft waits; the translated notice is not marked.
    const list = await signIn();
    await list.goto(`${url}#/collections/notices`);
    const cards = (address: string) => list.locator(`a[href$="/collections/notices/entries/${address}"]`);
    await cards('farm-road-closure').first().waitFor();
    await expect.poll(() => cards(name).allInnerTexts()).toEqual([expect.stringContaining(ENGLISH_ONLY)]);
    expect(await cards('farm-road-closure').allInnerTexts()).toEqual([expect.not.stringContaining(ENGLISH_ONLY)]);
    await list.context().close();

    // Opened again from its draft, the Dzongkha half is still empty, and a second save (a shared
    // value, copied to that half) still writes no Dzongkha file.
    const second = await signIn();
    await second.goto(`${url}#/collections/notices/entries/${name}`);
    await field(side(second, 'EN'), 'Summary').waitFor();
    await expect.poll(() => field(side(second, 'EN'), 'Summary').inputValue()).toMatch(/^Offices were closed/);
    expect(await field(side(second, 'DZ'), 'Title').inputValue()).toBe('');
    await side(second, 'DZ')
      .getByText(/not translated yet/)
      .waitFor();
    await field(side(second, 'EN'), 'Closes').fill('2026-10-16');
    await save(second);
    await expect.poll(() => git('show', `${draft}:src/content/en/notices/${name}.md`)).toMatch(/^closes: 2026-10-16$/m);
    expect(changed()).toBe(`src/content/en/notices/${name}.md`);
    // Read back from the draft (marked there too) and saved again: still no mark in the file.
    expect(git('show', `${draft}:src/content/en/notices/${name}.md`)).not.toContain(UNTRANSLATED_KEY);

    await setStatus(second, 'Draft', 'Ready');
    await publishNow(second);
    await expect.poll(() => git('branch', '--list', 'cms/*'), { timeout: 20_000 }).toBe('');
    await second.context().close();
    expect(git('show', `main:src/content/en/notices/${name}.md`)).toMatch(/^summary: Offices were closed/m);
    expect(filesOn('main', `src/content/dz/notices/${name}.md`)).toBe('');
    expect(git('show', `main:src/content/en/notices/${name}.md`)).not.toContain(UNTRANSLATED_KEY);
  });

  test('drops a draft nobody wants: its branch goes, main never had it', async () => {
    const page = await signIn();
    await newEntry(page, url, 'news');
    const english = side(page, 'EN');
    await field(english, 'Title').fill('Withdrawn announcement');
    await field(english, 'Address').fill('withdrawn-announcement');
    await field(english, 'Published').fill('2026-11-30');
    await save(page);
    expect(git('branch', '--list', 'cms/*')).toBe('cms/news/withdrawn-announcement');
    // A new item that exists only as a draft is listed under "Unpublished Entries", marked from its branch.
    const list = await signIn();
    await list.goto(`${url}#/collections/news`);
    await list.getByText('Unpublished Entries').waitFor();
    const card = list.locator('a[href$="/collections/news/entries/withdrawn-announcement"]');
    expect(await card.allInnerTexts()).toEqual([expect.stringContaining(`Withdrawn announcement · ${ENGLISH_ONLY}`)]);
    await list.context().close();
    await page.getByRole('button', { name: 'Delete unpublished entry' }).click();
    await expect.poll(() => git('branch', '--list', 'cms/*'), { timeout: 20_000 }).toBe('');
    await page.context().close();
    expect(filesOn('main', 'src/content')).not.toContain('withdrawn-announcement');
    expect(git('rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
  });
});
