import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import type { DrukFeedback } from './feedback.ts';
import './feedback.ts';

describe('druk-feedback', () => {
  it('asks in a named group, and answering by keyboard fires an event and thanks in a live region', async () => {
    const feedback = await fixture<DrukFeedback>(html`<druk-feedback page="/services/passport/"></druk-feedback>`);
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'group', name: 'Was this page helpful?' }));
    const answers: unknown[] = [];
    feedback.addEventListener('druk-feedback', (event) => answers.push((event as CustomEvent).detail));
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => feedback.answered).toBe(true);
    expect(answers).toEqual([{ helpful: 'no', page: '/services/passport/' }]);
    expect(feedback.shadowRoot!.querySelector('[role="status"]')!.textContent).toContain(
      'Thank you for your feedback.',
    );
    expect(location.href).not.toContain('helpful=');
  });
});
