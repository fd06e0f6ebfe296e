import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import './inset-text.ts';

describe('druk-inset-text', () => {
  it('sets its text apart with a start rule, adding no words or role of its own', async () => {
    const element = await fixture(
      html`<druk-inset-text><p>It can take up to 10 working days to get your card.</p></druk-inset-text>`,
    );
    const style = getComputedStyle(element);
    expect(parseFloat(style.borderInlineStartWidth)).toBeGreaterThanOrEqual(4);
    expect((await accessibilityTree()).map((node) => node.role)).toEqual(['paragraph']);
    await expectAccessible(element);
  });

  it('keeps its rule visible in forced colours', async () => {
    const element = await fixture(html`<druk-inset-text><p>Text</p></druk-inset-text>`);
    await commands.emulateForcedColors(true);
    try {
      const style = getComputedStyle(element);
      expect(style.borderInlineStartColor).toBe(getComputedStyle(element).color);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });
});
