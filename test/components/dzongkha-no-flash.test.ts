// A portal that imports the chrome element by element (no Dzongkha import of its own) shows Dzongkha on
// a Dzongkha page, and never English first: the elements fetch their Dzongkha strings, a file of their
// own (ADR 0022), before they render. Measured frame by frame in Chromium, with the Dzongkha file held
// back so that any English would stay on screen for many frames.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { bundleSplit } from '../../packages/components/scripts/build.ts';
import '../../packages/components/src/masthead/masthead.ts';
import '../../packages/components/src/header/header.ts';
import '../../packages/components/src/footer/footer.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { footerStrings, headerStrings, mastheadStrings } from '../../packages/locale/src/catalogue/components.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

/** How long the Dzongkha file is held back: at 60 frames a second, about 24 frames; fewer on a busy machine. */
const DZONGKHA_DELAY_MS = 400;

const ENGLISH = [
  mastheadStrings['masthead.official'],
  headerStrings['header.government'],
  footerStrings['footer.contact'],
];
const DZONGKHA = 'འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།';
/** The footer's copyright line. */
const FOOTER_DZONGKHA = 'པར་དབང་ ©';

/**
 * Runs before the page's body is parsed: on every frame the browser draws once the elements are in the
 * document, records the text of their shadow roots, until the page says it is done.
 */
const FRAME_RECORDER = `<script>
  window.frames_ = [];
  const record = () => {
    const elements = [...document.querySelectorAll('druk-masthead, druk-header, druk-footer')];
    if (elements.length) {
      window.frames_.push(elements.map((element) => element.shadowRoot?.textContent ?? '').join(' '));
      window.frameTimes_ = [...(window.frameTimes_ ?? []), performance.now()];
    }
    if (!window.done) requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
</script>`;

const ELEMENTS = "import './masthead/masthead.ts';\nimport './header/header.ts';\nimport './footer/footer.ts';";

let browser: Browser;
let server: StaticServer;
let folder: string;

function page(body: string, hydrate: boolean): string {
  return `<!doctype html><html lang="dz"><head><meta charset="utf-8"><link rel="icon" href="data:,">
    <title>རྫོང་ཁ</title>${FRAME_RECORDER}</head><body>${body}
    <script type="module" src="${hydrate ? 'hydrating' : 'chrome'}.js"></script>
    <script type="module">
      await Promise.all(['druk-masthead', 'druk-header', 'druk-footer'].map((tag) => customElements.whenDefined(tag)));
      await Promise.all([...document.querySelectorAll('druk-masthead, druk-header, druk-footer')].map((e) => e.updateComplete));
      window.done = true;
    </script></body></html>`;
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'druk-no-flash-'));
  // As a portal's bundler builds them: the elements one by one, with their Dzongkha in a file beside them.
  const builds = {
    chrome: await bundleSplit(ELEMENTS, { name: 'chrome' }),
    hydrating: await bundleSplit(`import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n${ELEMENTS}`, {
      name: 'hydrating',
    }),
  };
  for (const [name, bundle] of Object.entries(builds)) {
    writeFileSync(join(folder, `${name}.js`), bundle.entry);
    for (const [file, code] of Object.entries(bundle.lazy)) writeFileSync(join(folder, file), code);
  }
  const agency = { agency: 'ནང་སྲིད་ལྷན་ཁག' };
  writeFileSync(
    join(folder, 'client.html'),
    page(
      `<druk-masthead></druk-masthead><druk-header agency="${agency.agency}"></druk-header><druk-footer></druk-footer>`,
      false,
    ),
  );
  const rendered = [
    await renderToString('druk-masthead', { lang: 'dz' }),
    await renderToString('druk-header', { lang: 'dz', attributes: agency }),
    await renderToString('druk-footer', { lang: 'dz' }),
  ];
  writeFileSync(join(folder, 'server.html'), page(rendered.join(''), true));
  server = await serveStatic(folder);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/**
 * Opens `path` with the Dzongkha file held back; returns every frame's text, how long the recorder watched
 * (ms from its first frame to its last) and the files fetched.
 */
async function frames(path: string): Promise<{ frames: string[]; watchedMs: number; fetched: string[]; page: Page }> {
  const context = await browser.newContext();
  const fetched: string[] = [];
  await context.route(/-dzongkha\.json$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, DZONGKHA_DELAY_MS));
    await route.continue();
  });
  const page = await context.newPage();
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(new URL(path, server.url).href);
  await page.waitForFunction(() => (window as unknown as { done?: boolean }).done === true);
  const { recorded, times } = await page.evaluate(() => {
    const recorder = window as unknown as { frames_: string[]; frameTimes_?: number[] };
    return { recorded: recorder.frames_, times: recorder.frameTimes_ ?? [] };
  });
  return { frames: recorded, watchedMs: (times.at(-1) ?? 0) - (times[0] ?? 0), fetched, page };
}

describe('Dzongkha pages of a portal that imports the chrome element by element', () => {
  it('client-rendered: fetch the Dzongkha, and no frame ever shows English', async () => {
    const { frames: recorded, watchedMs, fetched, page } = await frames('/client.html');
    expect(fetched).toContain('/chrome-dzongkha.json');
    // The file was held back, so the recorder watched frames for that long before the elements could render.
    // Time, not a number of frames: a busy machine draws fewer frames in the same time.
    expect(recorded.length).toBeGreaterThan(1);
    expect(watchedMs).toBeGreaterThanOrEqual(DZONGKHA_DELAY_MS / 2);
    for (const english of ENGLISH)
      expect(
        recorded.filter((text) => text.includes(english)),
        english,
      ).toEqual([]);
    expect(recorded.at(-1)).toContain(DZONGKHA);
    await page.context().close();
  });

  it('server-rendered: Dzongkha in the first frame and every frame after, through hydration', async () => {
    const { frames: recorded, watchedMs, fetched, page } = await frames('/server.html');
    expect(fetched).toContain('/hydrating-dzongkha.json');
    expect(recorded.length).toBeGreaterThan(1);
    expect(watchedMs).toBeGreaterThanOrEqual(DZONGKHA_DELAY_MS / 2);
    const drawn = recorded.filter((text) => text.trim() !== '');
    expect(drawn.length).toBe(recorded.length);
    for (const text of drawn) {
      expect(text).toContain(DZONGKHA);
      expect(text).toContain(FOOTER_DZONGKHA);
      for (const english of ENGLISH) expect(text).not.toContain(english);
    }
    await page.context().close();
  });
});
