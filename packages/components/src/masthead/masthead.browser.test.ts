import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukMasthead } from './masthead.ts';
import './masthead.ts';

describe('druk-masthead in the browser', () => {
  it('exposes a named region and a collapsed disclosure to assistive technology', async () => {
    await fixture(html`<druk-masthead></druk-masthead>`);
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'region', name: 'Official government website' }));
    const toggle = tree.find((node) => node.name.startsWith('An official website of the Royal Government of Bhutan'));
    expect(toggle?.name).toContain('Here’s how you know');
    expect(toggle?.properties.expanded).toBe(false);
  });

  it('opens with Enter, closes with Space, and closes with Escape returning focus to the toggle', async () => {
    const masthead = await fixture<DrukMasthead>(html`<druk-masthead></druk-masthead>`);
    const summary = masthead.shadowRoot!.querySelector('summary')!;
    await userEvent.tab();
    expect(deepActiveElement()).toBe(summary);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => masthead.open).toBe(true);
    expect(masthead.hasAttribute('open')).toBe(true);
    await userEvent.keyboard(' ');
    await expect.poll(() => masthead.open).toBe(false);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => masthead.open).toBe(true);
    await userEvent.keyboard('{Escape}');
    await masthead.updateComplete;
    expect(masthead.open).toBe(false);
    expect(deepActiveElement()).toBe(summary);
  });

  it('follows the nearest lang, also when the page switches language', async () => {
    const masthead = await fixture<DrukMasthead>(html`<druk-masthead></druk-masthead>`, 'dz');
    expect(masthead.shadowRoot!.textContent).toContain('འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།');
    masthead.parentElement!.lang = 'en';
    await new Promise((settle) => setTimeout(settle));
    await masthead.updateComplete;
    expect(masthead.shadowRoot!.textContent).toContain('An official website of the Royal Government of Bhutan');
  });

  it('re-renders when a text-* override attribute changes', async () => {
    const masthead = await fixture<DrukMasthead>(html`<druk-masthead></druk-masthead>`);
    masthead.setAttribute('text-official', 'Official site of Paro Dzongkhag');
    await masthead.updateComplete;
    expect(masthead.shadowRoot!.textContent).toContain('Official site of Paro Dzongkhag');
  });

  it('has no tall-stack clipping: Dzongkha lines are taller than English ones', async () => {
    const english = await fixture<DrukMasthead>(html`<druk-masthead></druk-masthead>`);
    const dzongkha = await fixture<DrukMasthead>(html`<druk-masthead></druk-masthead>`, 'dz');
    const lineHeight = (element: Element) => parseFloat(getComputedStyle(element).lineHeight);
    expect(lineHeight(dzongkha)).toBeGreaterThan(lineHeight(english));
    const summary = dzongkha.shadowRoot!.querySelector('summary')!;
    expect(summary.scrollHeight).toBeLessThanOrEqual(summary.clientHeight);
  });

  it('passes axe closed and open, in English and Dzongkha', async () => {
    for (const lang of ['en', 'dz']) {
      const masthead = await fixture<DrukMasthead>(html`<druk-masthead></druk-masthead>`, lang);
      await expectAccessible(masthead);
      masthead.open = true;
      await masthead.updateComplete;
      await expectAccessible(masthead);
    }
  });
});
