import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukDialog } from './dialog.ts';
import './dialog.ts';

function signOutDialog() {
  return fixture<DrukDialog>(
    html`<druk-dialog heading="Sign out of the service?" opener="Sign out">
      <p>Answers you have not saved are lost. <a href="#saving">How saving works</a></p>
      <button slot="actions" type="button">Yes, sign out</button>
    </druk-dialog>`,
  );
}

const part = (dialog: DrukDialog, name: string) => dialog.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('druk-dialog (APG modal dialog)', () => {
  it('opens from its button with Enter: modal, named by its heading, focus on the first control inside', async () => {
    const dialog = await signOutDialog();
    const events: boolean[] = [];
    dialog.addEventListener('druk-toggle', (event) => events.push((event as CustomEvent).detail.open));
    const opener = (await accessibilityTree()).find((node) => node.name === 'Sign out');
    expect(opener).toMatchObject({ role: 'button' });
    expect(opener?.properties.hasPopup).toBe('dialog');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => dialog.open).toBe(true);
    expect(part(dialog, 'dialog').matches(':modal')).toBe(true);
    expect(deepActiveElement()).toBe(part(dialog, 'close'));
    const window = (await accessibilityTree()).find((node) => node.role === 'dialog');
    expect(window?.name).toBe('Sign out of the service?');
    expect(window?.properties.modal).toBe(true);
    expect(events).toEqual([true]);
    await expectAccessible(dialog);
  });

  it('keeps Tab and Shift+Tab inside the window', async () => {
    const dialog = await signOutDialog();
    dialog.show();
    await expect.poll(() => deepActiveElement()).toBe(part(dialog, 'close'));
    const link = dialog.querySelector('a');
    const confirm = dialog.querySelector('button');
    await userEvent.tab();
    expect(deepActiveElement()).toBe(link);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(confirm);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(part(dialog, 'close'));
    await userEvent.tab({ shift: true });
    expect(deepActiveElement()).toBe(confirm);
  });

  it('closes with Escape and gives focus back to the opener', async () => {
    const dialog = await signOutDialog();
    const events: boolean[] = [];
    dialog.addEventListener('druk-toggle', (event) => events.push((event as CustomEvent).detail.open));
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect.poll(() => dialog.open).toBe(true);
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.open).toBe(false);
    expect(part(dialog, 'dialog').hasAttribute('open')).toBe(false);
    expect(deepActiveElement()).toBe(part(dialog, 'opener'));
    expect(events).toEqual([true, false]);
  });

  it('closes with its Close button; opened by script, focus returns to the element that had it', async () => {
    const dialog = await signOutDialog();
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Finish later';
    dialog.after(elsewhere);
    elsewhere.focus();
    dialog.show();
    await expect.poll(() => deepActiveElement()).toBe(part(dialog, 'close'));
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => dialog.open).toBe(false);
    expect(document.activeElement).toBe(elsewhere);
    elsewhere.remove();
  });

  it('speaks Dzongkha on a Dzongkha page, and its text-close attribute replaces the word', async () => {
    const dialog = await fixture<DrukDialog>(
      html`<druk-dialog heading="ཕྱིར་ཐོན།" opener="ཕྱིར་ཐོན།"><p>ལེགས་ཤོམ།</p></druk-dialog>`,
      'dz',
    );
    expect(part(dialog, 'close').textContent?.trim()).toBe('ཁ་བསྡམས།');
    dialog.setAttribute('text-close', 'Dismiss');
    await dialog.updateComplete;
    expect(part(dialog, 'close').textContent?.trim()).toBe('Dismiss');
  });
});
