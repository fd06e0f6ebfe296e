import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActiveElement, fixture } from '../../test/browser.ts';
import './skip-link.ts';

describe('druk-skip-link', () => {
  it('is the first Tab stop, visible when focused, and moves focus to the main content', async () => {
    const page = await fixture(
      html`<div>
        <druk-skip-link></druk-skip-link><a href="#x">Other</a>
        <main id="main">Content</main>
      </div>`,
    );
    const link = page.querySelector('druk-skip-link')!.shadowRoot!.querySelector('a')!;
    expect(link.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(link);
    expect(link.getBoundingClientRect().width).toBeGreaterThan(100);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(page.querySelector('main'));
  });
});
