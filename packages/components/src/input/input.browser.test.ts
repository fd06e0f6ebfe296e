import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukInput } from './input.ts';
import './input.ts';

describe('druk-input in a form', () => {
  it('submits its value under its name, and resets to its initial value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><druk-input name="full-name" label="Full name" value="Karma"></druk-input></form>`,
    );
    const field = form.querySelector('druk-input')!;
    expect(new FormData(form).get('full-name')).toBe('Karma');
    await userEvent.clear(field.focusTarget!);
    await userEvent.type(field.focusTarget!, 'Pema Wangmo');
    expect(new FormData(form).get('full-name')).toBe('Pema Wangmo');
    expect(field.value).toBe('Pema Wangmo');
    form.reset();
    expect(new FormData(form).get('full-name')).toBe('Karma');
  });

  it('blocks an empty required value and shows a message that describes the input', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <druk-input name="email" label="Email address" hint="We only use it to reply" required></druk-input>
      </form>`,
    );
    const field = form.querySelector<DrukInput>('druk-input')!;
    expect(form.checkValidity()).toBe(false);
    await field.updateComplete;
    expect(field.querySelector('.druk-error-message')?.textContent).toContain('Enter email address');
    expect(field.focusTarget!.matches(':invalid')).toBe(true);
    const tree = await accessibilityTree();
    const input = tree.find((node) => node.role === 'textbox');
    expect(input?.name).toBe('Email address');
    expect(input?.description).toBe('We only use it to reply Error: Enter email address');
    await userEvent.type(field.focusTarget!, 'pema@example.bt');
    await field.updateComplete;
    expect(field.querySelector('.druk-error-message')).toBeNull();
    expect(form.checkValidity()).toBe(true);
    await expectAccessible(form);
  });

  it('keeps the autofill token of server-rendered markup that has it on the native control only', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    // What the template's contact form sends: the token on the <input>, not on <druk-input>.
    form.innerHTML =
      '<druk-input name="name" label="Your name" control-id="contact-name"><div class="druk-field"><label class="druk-label" for="contact-name">Your name</label><input class="druk-input" id="contact-name" name="name" type="text" autocomplete="name" data-druk-control /></div></druk-input>';
    const field = form.querySelector<DrukInput>('druk-input')!;
    await field.updateComplete;
    expect(field.hasAttribute('autocomplete')).toBe(false);
    expect(field.focusTarget!.getAttribute('autocomplete')).toBe('name');
  });

  it('is left out of submission inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><druk-input name="a" label="A" value="1"></druk-input></fieldset>
      </form>`,
    );
    expect([...new FormData(form).keys()]).toEqual([]);
  });
});
