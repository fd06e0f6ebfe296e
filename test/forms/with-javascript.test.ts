// The same example form with the form controls' script: the server's HTML upgrades in place, the error
// summary takes over validation, Tibetan digits are normalised, and what the user typed survives both
// the upgrade and a round trip through the browser's back button.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Echo } from '../../packages/components/examples/forms/server.ts';
import { useExampleSession } from './example-session.ts';

const session = useExampleSession();

async function open(query = ''): Promise<Page> {
  const page = await (await session.browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(`?${query}`, session.server.url).href);
  await page.waitForFunction(() => customElements.get('druk-input') !== undefined);
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('form > *')].map(
        (element) => (element as { updateComplete?: Promise<unknown> }).updateComplete,
      ),
    ),
  );
  expect(errors, errors.join('\n')).toEqual([]);
  return page;
}

describe('the example form with JavaScript', () => {
  test('lists every error in the summary on submit, focuses it, and links to each field', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Send feedback' }).click();
    await expect.poll(() => page.locator('.druk-error-summary a').count()).toBe(5);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('druk-error-summary');
    expect(await page.locator('.druk-error-summary a').allTextContents()).toEqual([
      'Enter full name',
      'Enter a Citizenship ID number',
      'Select dzongkhag',
      'Select can we contact you about your feedback?',
      'Enter your feedback',
    ]);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cid');
    await page.context().close();
  });

  test('normalises Tibetan digits and separators, then submits every value', async () => {
    const page = await open();
    await page.fill('#full-name', 'Pema Wangmo');
    await page.locator('#cid').pressSequentially('༡༡༦ ༠༢༠༠ ༡༢༣༤');
    await page.locator('#phone').pressSequentially('+975-17-123456');
    await page.locator('#fee').pressSequentially('Nu. ༡,༥༠༠');
    await page.selectOption('#dzongkhag', 'BT-34');
    await page.check('#contact-2');
    await page.fill('#message', 'Kuzuzangpo la');
    await page.locator('#message').press('Tab');
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Send feedback' }).click(),
    ]);
    expect(response?.status()).toBe(200);
    const received = JSON.parse((await page.locator('body').textContent()) ?? '') as Echo;
    expect(received.cid).toEqual(['11602001234']);
    expect(received.phone).toEqual(['17 12 34 56']);
    expect(received.fee).toEqual(['1500']);
    expect(received.contact).toEqual(['no']);
    await page.context().close();
  });

  test('keeps what the user typed when they come back with the back button', async () => {
    const page = await open();
    await page.fill('#full-name', 'Dorji Wangchuk');
    await page.fill('#cid', '11602001234');
    await page.selectOption('#dzongkhag', 'BT-34');
    await page.check('#contact');
    await page.check('#services-2');
    await page.fill('#message', 'Please fix the bridge.');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Send feedback' }).click()]);
    await page.goBack();
    await page.waitForFunction(() => customElements.get('druk-input') !== undefined);
    await expect.poll(() => page.inputValue('#full-name')).toBe('Dorji Wangchuk');
    expect(await page.inputValue('#cid')).toBe('11602001234');
    expect(await page.inputValue('#dzongkhag')).toBe('BT-34');
    expect(await page.isChecked('#contact')).toBe(true);
    expect(await page.isChecked('#services-2')).toBe(true);
    expect(await page.inputValue('#message')).toBe('Please fix the bridge.');
    await page.context().close();
  });

  test('upgrades the Dzongkha page without changing its text', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const serverPage = await context.newPage();
    await serverPage.goto(new URL('?lang=dz', session.server.url).href);
    const withoutScript = await serverPage.locator('form').innerText();
    await context.close();
    const page = await open('lang=dz');
    const upgraded = await page.locator('form').innerText();
    // The password's reveal button is the one thing only JavaScript adds.
    expect(upgraded.replace('གསང་ཚིག་སྟོན།', '').replace(/\s+/g, ' ').trim()).toBe(
      withoutScript.replace(/\s+/g, ' ').trim(),
    );
    await page.context().close();
  });
});
