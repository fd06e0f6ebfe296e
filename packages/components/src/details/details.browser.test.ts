import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import type { DrukDetails } from './details.ts';
import './details.ts';

describe('druk-details', () => {
  it('opens with Space, reports it in the accessibility tree and with a druk-toggle event', async () => {
    const details = await fixture<DrukDetails>(
      html`<druk-details summary="Help with your CID"><p>11 digits.</p></druk-details>`,
    );
    const events: boolean[] = [];
    details.addEventListener('druk-toggle', (event) => events.push((event as CustomEvent).detail.open));
    const before = (await accessibilityTree()).find((node) => node.name === 'Help with your CID');
    expect(before?.properties.expanded).toBe(false);
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect.poll(() => details.open).toBe(true);
    expect(events).toEqual([true]);
    const after = (await accessibilityTree()).find((node) => node.name === 'Help with your CID');
    expect(after?.properties.expanded).toBe(true);
  });
});
