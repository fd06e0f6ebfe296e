import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukAddress } from './address.ts';
import './address.ts';

const suggestions = (field: DrukAddress) =>
  [...field.querySelectorAll('datalist option')].map((option) => option.getAttribute('value'));

describe('druk-address', () => {
  it('suggests the gewogs of the chosen dzongkhag, and none for a thromde', async () => {
    const field = await fixture<DrukAddress>(html`<druk-address name="home" label="Your address"></druk-address>`);
    expect(suggestions(field)).toContain('Trong');
    await userEvent.selectOptions(field.querySelector('select')!, 'BT-34');
    await field.updateComplete;
    expect(suggestions(field)).toEqual([
      'Bjoka',
      'Bardo',
      'Goshing',
      'Nangkor',
      'Ngangla',
      'Phangkhar',
      'Trong',
      'Shingkhar',
    ]);
    await userEvent.selectOptions(field.querySelector('select')!, 'thromde:thimphu');
    await field.updateComplete;
    expect(suggestions(field)).toEqual([]);
  });

  it('submits every part, reads Tibetan digits in the postcode, and checks it', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <druk-address name="home" label="Your address" required value='{"area":"BT-34"}'></druk-address>
      </form>`,
    );
    const field = form.querySelector<DrukAddress>('druk-address')!;
    await userEvent.type(form.querySelector('#home-gewog')!, 'Trong');
    await userEvent.type(form.querySelector('#home-village')!, 'Tali');
    await userEvent.type(form.querySelector('#home-postcode')!, '༣༤༠༠');
    expect(form.checkValidity()).toBe(false);
    await field.updateComplete;
    expect(field.querySelector('.druk-error-message')!.textContent).toContain(
      'A postcode has 5 digits, for example 11001',
    );
    await userEvent.type(form.querySelector('#home-postcode')!, '༡');
    expect(form.checkValidity()).toBe(true);
    expect([...new FormData(form)]).toEqual([
      ['home-area', 'BT-34'],
      ['home-gewog', 'Trong'],
      ['home-village', 'Tali'],
      ['home-postcode', '34001'],
    ]);
  });

  it('labels every part and names the group in Dzongkha', async () => {
    const field = await fixture<DrukAddress>(html`<druk-address name="home" label="ཁ་བྱང་།"></druk-address>`, 'dz');
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'group', name: 'ཁ་བྱང་།' }));
    expect(tree).toContainEqual(expect.objectContaining({ role: 'combobox', name: 'རྫོང་ཁག་ ཡང་ན་ ཁྲོམ་སྡེ།' }));
    expect(tree).toContainEqual(expect.objectContaining({ role: 'textbox', name: 'སྦྲག་ཨང་།' }));
    expect(field.querySelector('option[value="BT-34"]')!.textContent).toBe('གཞམས་སྒང་');
    await expectAccessible(field);
  });
});
