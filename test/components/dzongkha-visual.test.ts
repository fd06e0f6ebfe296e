// Visual checks of every component in Dzongkha, server-rendered with real fonts: a screenshot of each
// (kept in .cache/screenshots/dz/ for review), Tibetan text drawn with a Tibetan font rather than a
// fallback, and no text cut off at 320 CSS px.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONTS_CSS, copyFonts } from '../../packages/fonts/src/index.ts';
import '../../packages/components/src/index.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { samples } from '../../packages/components/test/samples.ts';
import { pageCss, tokensCss } from '../../packages/tokens/src/index.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';

const SHOTS = join(REPO_ROOT, '.cache/screenshots/dz');
const TIBETAN_FONTS = ['Jomolhari', 'Noto Serif Tibetan', 'DDC Uchen', 'Tibetan Machine Uni'];
const TIBETAN = /[\u0F00-\u0FFF]/;
/** Components whose visible words (not only accessible names) are Dzongkha in these samples. */
const SHOWS_TIBETAN_TEXT = [
  'druk-skip-link',
  'druk-masthead',
  'druk-header',
  'druk-footer',
  'druk-language-switcher',
  'druk-alert',
  'druk-content-language',
  'druk-notice-summary',
  'druk-download-item',
  'druk-feedback',
  'druk-search-box',
  'druk-phase-banner',
];

let site: ServedBrowser;

interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** Every text node with Tibetan letters, shadow roots included. */
function tibetanTextNodes(node: DomNode, found: DomNode[] = []): DomNode[] {
  if (node.nodeType === 3 && TIBETAN.test(node.nodeValue ?? '')) found.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) tibetanTextNodes(child, found);
  return found;
}

/**
 * For each Tibetan text node of the page, the font families Chromium actually drew it with. Spaces and
 * Latin letters in the same node come from other fonts; the Tibetan letters must come from a Tibetan one.
 */
async function fontsUsed(cdp: CDPSession): Promise<string[][]> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const perNode: string[][] = [];
  for (const node of tibetanTextNodes(root)) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: node.nodeId });
    if (fonts.length > 0) perNode.push(fonts.map((font) => font.familyName));
  }
  return perNode;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await browserFor(
    await serveTemporaryFolder('druk-dz-', async (folder) => {
      // The self-hosted web fonts, as sites load them: the check does not depend on fonts of the machine.
      await copyFonts(join(folder, '_fonts'));
      for (const sample of samples) {
        const markup = await renderToString(sample.tag, { ...sample, lang: 'dz' });
        writeFileSync(
          join(folder, `${sample.tag}.html`),
          `<!doctype html><html lang="dz"><head><meta charset="utf-8"><style>${tokensCss}${pageCss}</style>
          <link rel="stylesheet" href="/_fonts/${FONTS_CSS}">
          <style>body{margin:0;padding:8px}</style></head><body>${markup}</body></html>`,
        );
      }
    }),
  );
});

afterAll(() => site?.close());

async function open(tag: string): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 336, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${tag}.html`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe.each(samples)('<$tag> in Dzongkha', (sample) => {
  it('draws its Tibetan text with a Tibetan font, within 320 px, and is screenshotted', async () => {
    const page = await open(sample.tag);
    // The skip link shows itself on focus.
    if (sample.tag === 'druk-skip-link') await page.keyboard.press('Tab');
    const element = page.locator(sample.tag).first();
    const box = await element.boundingBox();
    expect(box?.height).toBeGreaterThan(0);
    expect(box!.width).toBeLessThanOrEqual(320);
    await element.screenshot({ path: join(SHOTS, `${sample.tag}.png`) });

    const cdp = await page.context().newCDPSession(page);
    const perNode = await fontsUsed(cdp);
    if (SHOWS_TIBETAN_TEXT.includes(sample.tag)) expect(perNode.length, 'Tibetan text drawn').toBeGreaterThan(0);
    for (const families of perNode) {
      expect(
        families.some((family) => TIBETAN_FONTS.includes(family)),
        `Tibetan text drawn with ${families.join(', ')}`,
      ).toBe(true);
    }

    const cut = await element.evaluate((host) =>
      [...(host.shadowRoot?.querySelectorAll('*') ?? [])]
        .filter((node) => {
          const style = getComputedStyle(node);
          if (style.clipPath.startsWith('inset(50%')) return false;
          return ['hidden', 'clip'].includes(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
        })
        .map((node) => node.localName),
    );
    expect(cut).toEqual([]);
    await page.context().close();
  });
});
