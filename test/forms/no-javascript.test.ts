// The example form (plain HTML from the server renderer, as a CMS would print it) used with JavaScript
// turned off in the browser: every control shows its label and hint, is named and described in the
// accessibility tree, and submits to a local echo server; the server's errors come back as plain HTML.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Echo } from '../../packages/components/examples/forms/server.ts';
import { useExampleSession } from './example-session.ts';
import { accessibleNodes } from './accessibility.ts';

const session = useExampleSession();

async function openWithoutJavaScript(query: string): Promise<Page> {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(new URL(`?js=off&${query}`, session.server.url).href);
  expect(response?.status()).toBe(200);
  return page;
}

function send(page: Page) {
  return page.getByRole('button', { name: /Send feedback|བསམ་འཆར་བཏང་།/ }).click();
}

/** Fills every control of the example with the keyboard and mouse, as a person would. */
async function fillEverything(page: Page): Promise<void> {
  await page.fill('#full-name', 'Pema Wangmo');
  await page.fill('#cid', '11602001234');
  await page.fill('#phone', '17123456');
  await page.fill('#email', 'pema@example.bt');
  await page.selectOption('#address', 'thromde:thimphu');
  await page.fill('#address-gewog', 'Motithang');
  await page.fill('#address-village', 'Norzin Lam');
  await page.fill('#address-postcode', '11001');
  await page.fill('#dob', '27');
  await page.fill('#dob-month', '3');
  await page.fill('#dob-year', '2007');
  await page.selectOption('#dzongkhag', 'BT-34');
  await page.check('#contact');
  await page.check('#services');
  await page.check('#services-3');
  await page.fill('#message', 'The farm road to our chiwog needs repair.');
  await page.fill('#fee', '1500.50');
  await page.setInputFiles('#document', {
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('not really a png'),
  });
  await page.fill('#password', 'tashi-delek-2026');
}

// The evidence behind ADR 0003: a control inside a declarative shadow root is shown without JavaScript
// but does not belong to the page's form, so it is not submitted; one in the light DOM is.
test('a control in a shadow root is not submitted without JavaScript; one in the light DOM is', async () => {
  const page = await openWithoutJavaScript('lang=en');
  await page.setContent(`<form method="post" enctype="multipart/form-data" action="${new URL('/submit', session.server.url).href}">
    <div><template shadowrootmode="open"><label>In shadow <input name="shadow" value="1"></label></template></div>
    <label>In light DOM <input name="light" value="2"></label>
    <button>Send</button></form>`);
  expect(await page.locator('input[name="shadow"]').isVisible()).toBe(true);
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Send' }).click()]);
  // The echo server answers 422 with the form again (its own checks fail); the fields it read are what counts.
  expect(response?.status()).toBe(422);
  expect(await response?.request().postData()).toContain('name="light"');
  expect(await response?.request().postData()).not.toContain('name="shadow"');
  await page.context().close();
});

describe('the example form without JavaScript', () => {
  test('no control has a shadow root or an undefined-element placeholder: all of it is plain HTML', async () => {
    const page = await openWithoutJavaScript('lang=en');
    expect(await page.locator('template[shadowrootmode]').count()).toBe(0);
    expect(await page.locator('form input, form select, form textarea').count()).toBe(21);
    await page.context().close();
  });

  test('every control is named by its label and described by its hint', async () => {
    const page = await openWithoutJavaScript('lang=en');
    const nodes = await accessibleNodes(page);
    const find = (role: string, name: string) => nodes.find((node) => node.role === role && node.name === name);
    expect(find('textbox', 'Full name')).toBeDefined();
    expect(find('textbox', 'Citizenship ID number')?.description).toBe(
      '11 digits, as printed on your citizenship ID card',
    );
    expect(find('textbox', 'Phone number')?.description).toContain('Country code +975, Bhutan');
    expect(find('group', 'Date of birth')?.description).toBe('For example, 27 3 2007');
    expect(find('group', 'Your address')).toBeDefined();
    expect(find('group', 'How can we reach you?')).toBeDefined();
    for (const part of ['Dzongkhag or thromde', 'Gewog or thromde zone', 'Village or street', 'Postcode']) {
      expect(nodes.some((node) => node.name === part && ['combobox', 'textbox'].includes(node.role))).toBe(true);
    }
    for (const part of ['Day', 'Month', 'Year']) expect(find('textbox', part)).toBeDefined();
    expect(find('combobox', 'Dzongkhag')).toBeDefined();
    expect(find('group', 'Can we contact you about your feedback?')).toBeDefined();
    expect(find('radio', 'Yes')).toBeDefined();
    expect(find('group', 'Which services is your feedback about?')?.description).toBe('Select all that apply');
    expect(find('checkbox', 'Farm roads')).toBeDefined();
    expect(find('textbox', 'Your feedback')?.description).toBe('You have 500 characters remaining');
    expect(find('textbox', 'Fee paid, if any')?.description).toBe('Ngultrum');
    expect(find('button', 'Supporting document')?.description).toBe(
      'Accepted file types: .pdf, .jpg, .png. Largest size: 2 MB.',
    );
    expect(find('textbox', 'Create a password to track your feedback')?.description).toBe('At least 8 characters');
    expect(find('button', 'Send feedback')).toBeDefined();
    // The reveal button of the password does nothing without JavaScript, so it is not shown.
    expect(find('button', 'Show password')).toBeUndefined();
    await page.context().close();
  });

  test('submits every value, files included, to the server', async () => {
    const page = await openWithoutJavaScript('lang=en');
    await fillEverything(page);
    const [response] = await Promise.all([page.waitForNavigation(), send(page)]);
    expect(response?.status()).toBe(200);
    const received = JSON.parse((await page.locator('body').textContent()) ?? '') as Echo;
    expect(received).toEqual({
      'full-name': ['Pema Wangmo'],
      cid: ['11602001234'],
      phone: ['17123456'],
      email: ['pema@example.bt'],
      'address-area': ['thromde:thimphu'],
      'address-gewog': ['Motithang'],
      'address-village': ['Norzin Lam'],
      'address-postcode': ['11001'],
      'dob-day': ['27'],
      'dob-month': ['3'],
      'dob-year': ['2007'],
      dzongkhag: ['BT-34'],
      contact: ['yes'],
      services: ['water', 'health'],
      message: ['The farm road to our chiwog needs repair.'],
      fee: ['1500.50'],
      document: [{ name: 'photo.png', size: 16, type: 'image/png' }],
      password: ['tashi-delek-2026'],
    });
    await page.context().close();
  });

  test('lets the browser itself refuse an empty required field', async () => {
    const page = await openWithoutJavaScript('lang=en');
    await send(page);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('full-name');
    expect(await page.locator('#full-name:invalid').count()).toBe(1);
    await page.context().close();
  });

  test('shows the server’s errors in the summary and on the fields, linked and described', async () => {
    const page = await openWithoutJavaScript('lang=en');
    await fillEverything(page);
    await page.fill('#cid', '1160200');
    const [response] = await Promise.all([page.waitForNavigation(), send(page)]);
    expect(response?.status()).toBe(422);
    const links = await page
      .locator('.druk-error-summary a')
      .evaluateAll((anchors) => anchors.map((anchor) => [anchor.getAttribute('href'), anchor.textContent]));
    expect(links).toEqual([['#cid', 'A Citizenship ID number has 11 digits']]);
    // What the user typed comes back.
    expect(await page.inputValue('#full-name')).toBe('Pema Wangmo');
    expect(await page.inputValue('#cid')).toBe('1160200');
    expect(await page.inputValue('#dob-year')).toBe('2007');
    expect(await page.inputValue('#address-village')).toBe('Norzin Lam');
    expect(await page.inputValue('#address')).toBe('thromde:thimphu');
    expect(await page.isChecked('#services-3')).toBe(true);
    expect(await page.isChecked('#services-2')).toBe(false);
    expect(await page.inputValue('#password')).toBe('');
    const nodes = await accessibleNodes(page);
    const cid = nodes.find((node) => node.role === 'textbox' && node.name === 'Citizenship ID number');
    expect(cid?.description).toBe(
      '11 digits, as printed on your citizenship ID card Error: A Citizenship ID number has 11 digits',
    );
    await page.click('.druk-error-summary a[href="#cid"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cid');
    await page.context().close();
  });

  test('shows the form in Dzongkha, with Dzongkha labels and messages', async () => {
    const page = await openWithoutJavaScript('lang=dz');
    expect(await page.locator('html').getAttribute('lang')).toBe('dz');
    const labels = await page.locator('label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['མི་ཁུངས་ངོ་སྤྲོད་ཨང་།', 'ཚེས།', 'ཟླ་བ།', 'ལོ།']));
    await fillEverything(page);
    await page.fill('#cid', '༡༡༦༠༢');
    const [response] = await Promise.all([page.waitForNavigation(), send(page)]);
    expect(response?.status()).toBe(422);
    expect(await page.locator('.druk-error-summary h2').textContent()).toBe('དཀའ་ངལ་ཅིག་ཡོདཔ་ཨིན།');
    expect(await page.locator('#cid-error').textContent()).toContain('མི་ཁུངས་ལག་ཁྱེར་ཨང་ལུ་ ཨང་གྲངས་ ༡༡ དགོ།');
    await page.context().close();
  });
});
