// What the browser editor's tests share: a copy of the template to edit, `npm run edit` started on it,
// and the ways a person finds their way around Decap CMS's form.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { freePort } from '../support/nginx.ts';
import { REPO_ROOT, TEMPLATE_DIR } from '../support/paths.ts';

/**
 * A copy of the template in `site` with the editor section a fork adds to site.config.ts (for the
 * built /admin/). `site` is inside the workspace, so Vite resolves the linked @druk packages.
 */
export function copyTemplate(site: string): void {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'site.config.ts', 'src', 'public']) {
    cpSync(join(TEMPLATE_DIR, item), join(site, item), { recursive: true });
  }
  symlinkSync(join(TEMPLATE_DIR, 'node_modules'), join(site, 'node_modules'));
  const config = readFileSync(join(site, 'site.config.ts'), 'utf8');
  const editorSection = `  editor: { backend: 'gitlab', repo: 'yulsum/website', baseUrl: 'https://git.yulsum.gov.bt', appId: 'public-app-id' },\n`;
  writeFileSync(
    join(site, 'site.config.ts'),
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

export interface RunningEditor {
  /** The editor's page, http://127.0.0.1:<port>/admin/. */
  url: string;
  /** Stops `npm run edit` (its own handler stops the dev server and the local backend) and waits. */
  stop(): Promise<void>;
}

/** `npm run edit` (with `--review` when asked) on `site`, on free ports of 127.0.0.1, once both servers answer. */
export async function startEditor(site: string, { review = false } = {}): Promise<RunningEditor> {
  const [port, proxyPort] = [await freePort(), await freePort()];
  const args = [join(REPO_ROOT, 'scripts', 'site.mjs'), 'edit', ...(review ? ['--review'] : []), site];
  const editor = spawn('node', args, {
    env: { ...process.env, DRUK_EDIT_PORT: String(port), DRUK_EDIT_PROXY_PORT: String(proxyPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/admin/`;
  await waitForHttp(url, editor);
  await waitForHttp(`http://127.0.0.1:${proxyPort}/api/v1`, editor);
  return {
    url,
    async stop() {
      if (editor.exitCode !== null) return;
      const stopped = new Promise((done) => editor.once('exit', done));
      editor.kill('SIGTERM');
      await stopped;
    },
  };
}

/**
 * A signed-in editor page in a context of its own (the local backend's sign-in is one button).
 * Console messages about the Content-Security-Policy are added to `policyViolations`.
 */
export async function openEditor(browser: Browser, url: string, policyViolations: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL(/#\/collections\//);
  return page;
}

/**
 * One language's side of the entry form: Decap heads each with "Writing in EN" / "Writing in DZ".
 * The innermost block holding that heading and fields.
 */
export function side(page: Page, lang: 'EN' | 'DZ'): Locator {
  return page
    .locator('div')
    .filter({ has: page.getByRole('button', { name: `Writing in ${lang}` }) })
    .filter({ has: page.locator('label') })
    .last();
}

/** A field by the English half of its label ("Published · དཔར་བསྐྲུན།"). */
export function field(pane: Locator, name: string): Locator {
  return pane.getByLabel(new RegExp(`^${name} ·`));
}

export async function newEntry(page: Page, url: string, collection: string): Promise<void> {
  await page.goto(`${url}#/collections/${collection}/new`);
  await field(side(page, 'DZ'), 'Title').waitFor();
}

/** Types into the Markdown body like a person (key by key, Tibetan included). */
export async function typeBody(pane: Locator, text: string): Promise<void> {
  await pane.locator('[contenteditable="true"]').first().click();
  await pane.page().keyboard.type(text);
}

/** Uploads a picture from the person's computer through the image field's media library. */
export async function choosePicture(pane: Locator, picture: string): Promise<void> {
  await pane.getByRole('button', { name: /choose an image/i }).click();
  await pane.page().locator('input[type=file]').setInputFiles(picture);
  await pane.page().getByRole('button', { name: 'Choose selected' }).click();
}
