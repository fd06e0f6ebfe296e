import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukSummaryList } from './summary-list.ts';
import './summary-list.ts';

const rows = JSON.stringify([
  { key: 'Full name', value: 'Pema Wangmo', href: '#full-name' },
  { key: 'Date of birth', value: '5 March 1990', href: '#date-of-birth' },
  { key: 'Address', value: 'Tali\nTrong gewog\nZhemgang' },
]);

describe('druk-summary-list', () => {
  it('is a description list whose Change links name the answer they change', async () => {
    const element = await fixture<DrukSummaryList>(html`<druk-summary-list rows=${rows}></druk-summary-list>`);
    const list = element.shadowRoot!.querySelector('dl')!;
    expect([...list.querySelectorAll('dt')].map((term) => term.textContent)).toEqual([
      'Full name',
      'Date of birth',
      'Address',
    ]);
    const tree = await accessibilityTree();
    expect(tree.filter((node) => node.role === 'link').map((node) => node.name)).toEqual([
      'Change full name',
      'Change date of birth',
    ]);
    // Line breaks of a multi-line answer stay on screen.
    expect(getComputedStyle(list.querySelectorAll('dd')[4]!).whiteSpace).toBe('pre-line');
    await expectAccessible(element);
  });

  it('puts the hidden question before the verb in Dzongkha', async () => {
    const dzRows = JSON.stringify([{ key: 'སྐྱེས་ཚེས', value: '༥ ༣ ༡༩༩༠', href: '#dob' }]);
    await fixture(html`<druk-summary-list rows=${dzRows}></druk-summary-list>`, 'dz');
    const link = (await accessibilityTree()).find((node) => node.role === 'link');
    expect(link?.name).toBe('སྐྱེས་ཚེས བསྒྱུར་བཅོས།');
  });

  it('reaches each Change link with Tab', async () => {
    const element = await fixture<DrukSummaryList>(html`<druk-summary-list rows=${rows}></druk-summary-list>`);
    await userEvent.tab();
    expect(deepActiveElement()?.getAttribute('href')).toBe('#full-name');
    await userEvent.tab();
    expect(deepActiveElement()?.getAttribute('href')).toBe('#date-of-birth');
    expect(element.shadowRoot!.querySelectorAll('a')).toHaveLength(2);
  });

  it('leaves out only a row that is not {key, value}, and keeps the others', async () => {
    const mixed = JSON.stringify([{ key: 'Full name', value: 'Pema' }, { key: 'Age' }]);
    const element = await fixture<DrukSummaryList>(html`<druk-summary-list rows=${mixed}></druk-summary-list>`);
    expect(element.shadowRoot!.querySelectorAll('.row')).toHaveLength(1);
  });
});
