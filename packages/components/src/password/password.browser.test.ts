import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fixture } from '../../test/browser.ts';
import type { DrukPassword } from './password.ts';
import './password.ts';

describe('druk-password', () => {
  it('shows and hides the password with its button, announcing the change, keeping the value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <druk-password name="password" label="Password" autocomplete="current-password"></druk-password>
      </form>`,
    );
    const field = form.querySelector<DrukPassword>('druk-password')!;
    await userEvent.type(field.focusTarget!, 'zhungdra');
    const toggle = field.querySelector('button')!;
    expect(toggle.hidden).toBe(false);
    expect(toggle.textContent!.trim()).toBe('Show password');
    expect(field.focusTarget!.getAttribute('autocomplete')).toBe('current-password');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect((field.focusTarget as HTMLInputElement).type).toBe('text');
    expect(toggle.textContent!.trim()).toBe('Hide password');
    expect(field.querySelector('[aria-live]')!.textContent!.trim()).toBe('Your password is visible');
    await userEvent.keyboard(' ');
    await field.updateComplete;
    expect((field.focusTarget as HTMLInputElement).type).toBe('password');
    expect(new FormData(form).get('password')).toBe('zhungdra');
  });
});
