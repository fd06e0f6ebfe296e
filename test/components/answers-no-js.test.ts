// The end of a service, server-rendered: check your answers (summary list), inset and warning text, the
// confirmation panel, and the gewog combobox. With JavaScript off every word is there and the form
// submits the chosen gewog from the native select; with JavaScript the combobox upgrades over the
// server's select and keeps the choice the page (or the browser) put there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../packages/components/src/index.ts';
import { formsCss } from '../../packages/components/src/form-base/form-field.styles.ts';
import { renderFormControl } from '../../packages/components/src/form-base/server.ts';
import { bundleOne } from '../../packages/components/scripts/build.ts';
import { renderToString } from '../../packages/components/src/ssr/index.ts';
import { samples } from '../../packages/components/test/samples.ts';
import { browserFor, type ServedBrowser } from '../support/served-browser.ts';
import { serveTemporaryFolder } from '../support/static-server.ts';

const TAGS = ['druk-summary-list', 'druk-inset-text', 'druk-warning-text', 'druk-confirmation-panel'];
const shown = samples.filter((sample) => TAGS.includes(sample.tag));

let site: ServedBrowser;

async function pageHtml(lang: 'en' | 'dz', script: boolean): Promise<string> {
  let body = '';
  for (const sample of shown) body += await renderToString(sample.tag, { ...sample, lang });
  const gewog = await renderFormControl('druk-combobox', {
    attributes: { name: 'gewog', label: lang === 'dz' ? 'རྒེད་འོག' : 'Gewog', 'gewogs-of': 'BT-34', value: 'Trong' },
    lang,
  });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Check your answers</title>
    <style>${formsCss}</style>${script ? '<script type="module" src="/components.js"></script>' : ''}</head>
    <body><main><h1>Check your answers</h1>${body}
    <form action="/done/" method="get">${gewog}<button>Send</button></form></main></body></html>`;
}

async function openPage(name: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const tab = await context.newPage();
  await tab.goto(`${site.server.url}${name}.html`);
  return tab;
}

beforeAll(async () => {
  site = await browserFor(
    await serveTemporaryFolder('druk-answers-', async (folder) => {
      for (const lang of ['en', 'dz'] as const) {
        writeFileSync(join(folder, `answers-${lang}.html`), await pageHtml(lang, false));
        writeFileSync(join(folder, `answers-${lang}-js.html`), await pageHtml(lang, true));
      }
      writeFileSync(join(folder, 'components.js'), await bundleOne("import './index.ts';"));
      mkdirSync(join(folder, 'done'));
      writeFileSync(join(folder, 'done', 'index.html'), '<!doctype html><title>Done</title><h1>Done</h1>');
    }),
  );
});

afterAll(() => site?.close());

describe('the end of a service without JavaScript', () => {
  it.each(shown)('<$tag> shows all its text', async (sample) => {
    const tab = await openPage('answers-en', false);
    expect(await tab.evaluate(() => customElements.get('druk-summary-list'))).toBeUndefined();
    const element = tab.locator(sample.tag);
    for (const text of sample.expectText.filter((text) => !text.startsWith('<'))) {
      expect(await element.getByText(text, { exact: false }).first().count(), text).toBe(1);
    }
    expect(await element.isVisible()).toBe(true);
  });

  it('names each Change link after its answer, in the summary list’s description list', async () => {
    const tab = await openPage('answers-en', false);
    const list = tab.locator('druk-summary-list dl');
    expect(await list.locator('dt').allTextContents()).toEqual(['Full name', 'Date of birth', 'Address']);
    expect(await tab.getByRole('link', { name: 'Change date of birth' }).count()).toBe(1);
  });

  it('says "Warning" and writes the reference in Tibetan digits on the Dzongkha page', async () => {
    const tab = await openPage('answers-dz', false);
    expect(await tab.locator('druk-warning-text').getByText('ཉེན་བརྡ།').count()).toBe(1);
    expect(await tab.locator('druk-confirmation-panel').getByText('HC-༢༠༢༦-༠༠༤༢').isVisible()).toBe(true);
  });

  it('submits the gewog chosen in the native select', async () => {
    const tab = await openPage('answers-dz', false);
    const select = tab.getByRole('combobox', { name: 'རྒེད་འོག' });
    expect(await select.evaluate((element) => element.localName)).toBe('select');
    expect(await select.inputValue()).toBe('Trong');
    await select.selectOption({ label: 'ཤིང་མཁར' });
    await tab.getByRole('button').click();
    await tab.waitForURL(/\/done\//);
    expect(new URL(tab.url()).searchParams.get('gewog')).toBe('Shingkhar');
  });
});

describe('the gewog combobox with JavaScript', () => {
  it('upgrades over the server select, keeping its choice, and submits what the user picks by typing', async () => {
    const tab = await openPage('answers-dz-js', true);
    const input = tab.locator('druk-combobox input[role="combobox"]');
    await input.waitFor();
    expect(await input.inputValue()).toBe('ཀྲོང');
    await input.fill('');
    await input.pressSequentially('shing');
    await tab.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBeTruthy();
    await tab.keyboard.press('Enter');
    expect(await input.inputValue()).toBe('ཤིང་མཁར');
    await tab.getByRole('button').click();
    await tab.waitForURL(/\/done\//);
    expect(new URL(tab.url()).searchParams.get('gewog')).toBe('Shingkhar');
  });
});
