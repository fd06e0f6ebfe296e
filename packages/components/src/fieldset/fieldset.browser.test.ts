import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import '../form-base/controls.ts';
import type { DrukFieldset } from './fieldset.ts';

describe('druk-fieldset', () => {
  it('groups its fields under the legend, described by its hint, and disables them all', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <druk-fieldset legend="How can we reach you?" hint="Give at least one">
          <druk-phone-input name="phone" value="17123456"></druk-phone-input>
          <druk-input name="email" label="Email address" type="email" value="pema@example.bt"></druk-input>
        </druk-fieldset>
      </form>`,
    );
    const group = form.querySelector<DrukFieldset>('druk-fieldset')!;
    expect(
      group.querySelectorAll('fieldset.druk-fieldset druk-input, fieldset.druk-fieldset druk-phone-input'),
    ).toHaveLength(2);
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(
      expect.objectContaining({ role: 'group', name: 'How can we reach you?', description: 'Give at least one' }),
    );
    expect([...new FormData(form).keys()]).toEqual(['phone', 'email']);
    await expectAccessible(form);
    group.disabled = true;
    await group.updateComplete;
    expect([...new FormData(form).keys()]).toEqual([]);
  });

  it('adopts the fieldset a server rendered without nesting a second one', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<druk-fieldset legend="Contact"><fieldset class="druk-fieldset"><legend class="druk-fieldset__legend">Contact</legend>
      <div class="druk-fieldset__content"><druk-input name="email" label="Email"></druk-input></div></fieldset></druk-fieldset>`;
    const group = host.querySelector<DrukFieldset>('druk-fieldset')!;
    await group.updateComplete;
    expect(group.querySelectorAll('fieldset')).toHaveLength(1);
    expect(group.querySelectorAll('legend')).toHaveLength(1);
    expect(group.querySelector('fieldset druk-input')).not.toBeNull();
  });
});
