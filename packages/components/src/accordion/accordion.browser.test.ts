import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, fixture } from '../../test/browser.ts';
import type { DrukAccordion } from './accordion.ts';
import './accordion.ts';

const accordion = html`<druk-accordion>
  <druk-details summary="Who can apply"><p>Any citizen over 18.</p></druk-details>
  <druk-details summary="Documents you need"><p>Your CID card.</p></druk-details>
  <druk-details summary="Fees"><p>Nu. 500.</p></druk-details>
</druk-accordion>`;

describe('druk-accordion', () => {
  it('moves between section headers with Arrow Down/Up, Home and End, wrapping around', async () => {
    const element = await fixture<DrukAccordion>(accordion);
    const summaries = element.sections.map((section) => section.shadowRoot!.querySelector('summary'));
    await userEvent.tab();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(summaries[0]);
    await userEvent.keyboard('{ArrowDown}');
    expect(deepActiveElement()).toBe(summaries[1]);
    await userEvent.keyboard('{End}');
    expect(deepActiveElement()).toBe(summaries[2]);
    await userEvent.keyboard('{ArrowDown}');
    expect(deepActiveElement()).toBe(summaries[0]);
    await userEvent.keyboard('{ArrowUp}');
    expect(deepActiveElement()).toBe(summaries[2]);
    await userEvent.keyboard('{Home}');
    expect(deepActiveElement()).toBe(summaries[0]);
  });

  it('opens a section with Enter and every section with the show-all button, which then says hide', async () => {
    const element = await fixture<DrukAccordion>(accordion);
    const button = element.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => element.sections.every((section) => section.open)).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent?.trim()).toBe('Hide all sections');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => element.sections[0]!.open).toBe(false);
    await expect.poll(() => button.textContent?.trim()).toBe('Show all sections');
  });

  it('exposes each section header as an expandable control named by its summary', async () => {
    await fixture(accordion);
    const names = (await accessibilityTree())
      .filter((node) => node.properties.expanded !== undefined)
      .map((node) => node.name);
    expect(names).toEqual(expect.arrayContaining(['Show all sections', 'Who can apply', 'Documents you need', 'Fees']));
  });
});
