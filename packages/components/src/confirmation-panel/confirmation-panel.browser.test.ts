import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukConfirmationPanel } from './confirmation-panel.ts';
import './confirmation-panel.ts';

describe('druk-confirmation-panel', () => {
  it('is a level-1 heading with the reference number under it', async () => {
    const element = await fixture<DrukConfirmationPanel>(
      html`<druk-confirmation-panel heading="Application complete" reference="HC-2026-0042">
        <p>We have sent you a confirmation by SMS.</p>
      </druk-confirmation-panel>`,
    );
    const heading = (await accessibilityTree()).find((node) => node.role === 'heading');
    expect(heading?.name).toBe('Application complete');
    expect(heading?.properties.level).toBe(1);
    expect(element.shadowRoot!.querySelector('.reference')!.textContent).toBe('Your reference numberHC-2026-0042');
    await expectAccessible(element);
  });

  it('writes the reference in Tibetan digits on a Dzongkha page', async () => {
    const element = await fixture<DrukConfirmationPanel>(
      html`<druk-confirmation-panel heading="ཞུ་ཡིག་ ཚར་ཡི།" reference="HC-2026-0042"></druk-confirmation-panel>`,
      'dz',
    );
    expect(element.shadowRoot!.querySelector('strong')!.textContent).toBe('HC-༢༠༢༦-༠༠༤༢');
    expect(element.shadowRoot!.querySelector('.reference')!.textContent).toContain('གཞི་བསྟུན་ཨང་');
    await expectAccessible(element);
  });

  it('keeps its text readable in forced colours', async () => {
    const element = await fixture<DrukConfirmationPanel>(
      html`<druk-confirmation-panel heading="Application complete" reference="HC-1"></druk-confirmation-panel>`,
    );
    await commands.emulateForcedColors(true);
    try {
      const panel = getComputedStyle(element.shadowRoot!.querySelector('.panel')!);
      expect(panel.color).not.toBe(panel.backgroundColor);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });
});
