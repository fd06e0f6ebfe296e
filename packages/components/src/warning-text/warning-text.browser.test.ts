import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukWarningText } from './warning-text.ts';
import './warning-text.ts';

/** What a screen reader reads: the shadow text with the slotted text in place of the slot, icon left out. */
function spokenText(element: DrukWarningText): string {
  const hidden = element.shadowRoot!.querySelector('.visually-hidden')!.textContent;
  return `${hidden}${element.textContent}`.replace(/\s+/g, ' ').trim();
}

describe('druk-warning-text', () => {
  it('says "Warning" before the text, in words, and hides the icon from screen readers', async () => {
    const element = await fixture<DrukWarningText>(
      html`<druk-warning-text>You can be fined up to Nu. 5,000 if you do not register.</druk-warning-text>`,
    );
    expect(spokenText(element)).toBe('Warning: You can be fined up to Nu. 5,000 if you do not register.');
    expect(element.shadowRoot!.querySelector('.icon')!.getAttribute('aria-hidden')).toBe('true');
    await expectAccessible(element);
  });

  it('says it in the page language', async () => {
    const element = await fixture<DrukWarningText>(html`<druk-warning-text>ཉེན་བརྡ་</druk-warning-text>`, 'dz');
    expect(element.shadowRoot!.querySelector('.visually-hidden')!.textContent).toBe('ཉེན་བརྡ།: ');
  });

  it('keeps the icon readable in forced colours', async () => {
    const element = await fixture<DrukWarningText>(html`<druk-warning-text>Text</druk-warning-text>`);
    await commands.emulateForcedColors(true);
    try {
      const icon = getComputedStyle(element.shadowRoot!.querySelector('.icon')!);
      expect(icon.color).not.toBe(icon.backgroundColor);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });
});
