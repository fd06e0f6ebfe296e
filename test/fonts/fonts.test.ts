// Dzongkha fonts in a real Chromium: an English page downloads no Tibetan font, a Dzongkha page
// renders with the web font, and a site subset renders every sample text exactly like the full font.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import {
  FONT_FILES,
  copyFonts,
  fontPath,
  subsetFontFile,
  subsetSite,
  type SubsetReport,
} from '../../packages/fonts/src/index.ts';
import { dzongkhaSamples, mixedScriptLines } from '../../packages/fonts/src/samples/samples.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { REPO_ROOT } from '../support/paths.ts';

const samples = dzongkhaSamples();
const TYPED = 'ཧྥྱོ་ བཀྲ་ཤིས་ཧྥྱོ།';
const work = mkdtempSync(join(tmpdir(), 'druk-fonts-e2e-'));
let browser: Browser;
let server: StaticServer;
let subsetReport: SubsetReport;

function pageHtml(lang: 'en' | 'dz', body: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${lang}</title>
<link rel="stylesheet" href="../tokens.css">
<link rel="stylesheet" href="../druk-page.css">
<link rel="stylesheet" href="_fonts/druk-fonts.css">
<style>body { font-family: var(--druk-font-family-body); font-size: var(--druk-font-size-md); }</style>
</head>
<body><main><h1>${lang === 'en' ? 'Ministry of Home Affairs' : 'ནང་སྲིད་ལྷན་ཁག'}</h1>${body}</main></body>
</html>`;
}

/** A site folder with an English page and one Dzongkha page per sample text. */
function writeSite(dir: string): void {
  mkdirSync(dir, { recursive: true });
  // Characters near the Tibetan block in fontsource's ranges (ZWJ in an emoji, angle brackets) must not pull a Tibetan font.
  const english =
    '<p>Apply for a citizenship ID card — fees, forms and offices.</p><p>👩‍💻 〈Digital services〉 «Nu. 100»</p>';
  writeFileSync(join(dir, 'en.html'), pageHtml('en', english));
  // The usual Tibetan on an English page: the language switch.
  const languageSwitch = '<nav><a href="dz.html" lang="dz" hreflang="dz">རྫོང་ཁ</a></nav><p>Services</p>';
  writeFileSync(join(dir, 'en-switch.html'), pageHtml('en', languageSwitch));
  // Typed text forms stacks no page shows (ཧྥྱོ is in none of the samples): form fields must not take them from the subset.
  writeFileSync(
    join(dir, 'form.html'),
    pageHtml('dz', `<label>མིང་ <input name="name" value="${TYPED}" size="30"></label><textarea>${TYPED}</textarea>`),
  );
  for (const sample of samples) {
    const paragraphs = sample.text
      .split(/\n+/)
      .map((line) => `<p>${line}</p>`)
      .join('');
    writeFileSync(join(dir, `${sample.id}.html`), pageHtml('dz', paragraphs));
  }
}

beforeAll(async () => {
  cpSync(join(REPO_ROOT, 'packages/tokens/src/tokens.css'), join(work, 'tokens.css'));
  cpSync(join(REPO_ROOT, 'packages/tokens/src/druk-page.css'), join(work, 'druk-page.css'));
  writeSite(join(work, 'full'));
  await copyFonts(join(work, 'full', '_fonts'));
  writeSite(join(work, 'subset'));
  subsetReport = await subsetSite(join(work, 'subset'));
  server = await serveStatic(work);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The font files a page downloads, as paths. */
async function fontRequests(path: string): Promise<string[]> {
  const page = await browser.newPage();
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.close();
  return fonts;
}

describe('font downloads', () => {
  it('an English page downloads no Tibetan font', async () => {
    expect(await fontRequests('full/en.html')).toEqual([]);
  });

  it('a Dzongkha page downloads Jomolhari and renders its text with it', async () => {
    const page = await browser.newPage();
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(new URL(`full/${samples[0]?.id}.html`, server.url).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(fonts).toContain('/full/_fonts/files/jomolhari-tibetan-400-normal.woff2');
    // The platform font behind the paragraph is the downloaded web font, not an installed Jomolhari.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main p' });
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const main = used.toSorted((a, b) => b.glyphCount - a.glyphCount)[0];
    expect(main).toMatchObject({ familyName: 'Jomolhari', isCustomFont: true });
    await page.close();
  });

  it('a subset site serves Dzongkha pages from the site subset, never the full font', async () => {
    const [siteSubset] = subsetReport.files;
    const fonts = await fontRequests(`subset/${samples[1]?.id}.html`);
    expect(fonts).toContain(`/subset/${siteSubset?.path}`);
    expect(fonts).not.toContain('/subset/_fonts/files/jomolhari-tibetan-400-normal.woff2');
    expect(await fontRequests('subset/en.html')).toEqual([]);
  });

  it('an English page with a language switch downloads the site subset, not the full font', async () => {
    const [siteSubset] = subsetReport.files;
    expect(await fontRequests('subset/en-switch.html')).toEqual([`/subset/${siteSubset?.path}`]);
  });
});

describe('form fields', () => {
  it('take typed Dzongkha from the full font, so stacks the site never shows still form', async () => {
    expect(samples.some((sample) => sample.text.includes('ཧྥྱོ'))).toBe(false);
    expect(await fontRequests('subset/form.html')).toContain('/subset/_fonts/files/jomolhari-tibetan-400-normal.woff2');
    const page = await browser.newPage({ viewport: { width: 900, height: 400 } });
    const shots: Buffer[] = [];
    for (const variant of ['full', 'subset']) {
      await page.goto(new URL(`${variant}/form.html`, server.url).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      shots.push(await page.locator('main').screenshot());
    }
    const { differing, total } = await differingPixels(page, shots[0] as Buffer, shots[1] as Buffer);
    expect(differing, `${differing} of ${total} pixels differ`).toBe(0);
    await page.close();
  });
});

describe('the subset stylesheet renders like the full fonts', () => {
  it.each(samples.map((sample) => [sample.id]))('%s looks the same', async (id) => {
    const shots: Buffer[] = [];
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    for (const variant of ['full', 'subset']) {
      await page.goto(new URL(`${variant}/${id}.html`, server.url).href, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      shots.push(await page.locator('main').screenshot());
    }
    const { differing, total } = await differingPixels(page, shots[0] as Buffer, shots[1] as Buffer);
    expect(differing, `${differing} of ${total} pixels differ`).toBe(0);
    await page.close();
  });
});

/** Screenshot of `text` set in `family`, 28 px on a 900 px measure. */
async function specimen(page: Page, family: string, text: string): Promise<Buffer> {
  await page.evaluate(
    ([family, text]) => {
      const box = document.querySelector('#specimen') as HTMLElement;
      box.style.fontFamily = `"${family}"`;
      box.textContent = text;
    },
    [family, text] as const,
  );
  return page.locator('#specimen').screenshot();
}

/** Pixels that differ between two same-sized PNGs, decoded by the browser. */
async function differingPixels(page: Page, a: Buffer, b: Buffer): Promise<{ differing: number; total: number }> {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (base64: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [first, second] = await Promise.all([decode(a), decode(b)]);
      if (first.width !== second.width || first.height !== second.height) return { differing: -1, total: 0 };
      let differing = 0;
      for (let i = 0; i < first.data.length; i += 4) {
        if ([0, 1, 2, 3].some((c) => first.data[i + c] !== second.data[i + c])) differing += 1;
      }
      return { differing, total: first.width * first.height };
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

describe('subset fonts render like the full fonts', () => {
  const texts = {
    'every sample text': samples.map((sample) => sample.text),
    // Shaped per script run: the Dzongkha keeps its stacks after a Latin word, at the start and mid-paragraph.
    'every sample line after a Latin word and around a Latin parenthesis': mixedScriptLines().map(({ line }) => line),
  };

  for (const file of FONT_FILES) {
    for (const [name, paragraphs] of Object.entries(texts)) {
      it(`${file.family}: ${name} is pixel-identical in a subset made from it`, async () => {
        const subset = await subsetFontFile(file, paragraphs);
        const dir = join(work, 'specimen', file.baseName);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'full.woff2'), readFileSync(fontPath(file)));
        writeFileSync(join(dir, 'subset.woff2'), subset);
        writeFileSync(
          join(dir, 'index.html'),
          `<!doctype html><html lang="dz"><meta charset="utf-8"><title>specimen</title>
<body style="margin:0"><div id="specimen" style="width:900px;font-size:28px;line-height:1.8;padding:8px"></div></body></html>`,
        );
        const page = await browser.newPage({ viewport: { width: 960, height: 800 } });
        await page.goto(new URL(`specimen/${file.baseName}/`, server.url).href);
        // Unique family names: an installed Jomolhari (Debian fonts-dzongkha) would hide a failed load.
        // Both faces cover only the Tibetan block, as in production, so spaces and Latin come from the same fallback.
        await page.evaluate(async () => {
          for (const [family, url] of [
            ['Druk Full', 'full.woff2'],
            ['Druk Subset', 'subset.woff2'],
          ]) {
            const face = new FontFace(family as string, `url(${url})`, { unicodeRange: 'U+0F00-0FFF' });
            document.fonts.add(await face.load());
          }
        });
        for (const [index, paragraph] of paragraphs.entries()) {
          const full = await specimen(page, 'Druk Full', paragraph);
          const sub = await specimen(page, 'Druk Subset', paragraph);
          const { differing, total } = await differingPixels(page, full, sub);
          expect(differing, `paragraph ${index}: ${differing} of ${total} pixels differ`).toBe(0);
        }
        // Control: the comparison can see a difference (the other font renders the same text differently).
        const fallback = await specimen(page, 'serif', paragraphs[0] ?? '');
        const full = await specimen(page, 'Druk Full', paragraphs[0] ?? '');
        const control = await differingPixels(page, full, fallback);
        expect(control.differing === -1 || control.differing > control.total * 0.01).toBe(true);
        await page.close();
      }, 60_000);
    }
  }
});
