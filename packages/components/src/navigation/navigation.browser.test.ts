import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, fixture } from '../../test/browser.ts';
import type { DrukNavigation } from './navigation.ts';
import './navigation.ts';

const items = JSON.stringify([
  { label: 'Home', href: '#home' },
  { label: 'Services', href: '#services', current: true },
]);

describe('druk-navigation', () => {
  it('is a navigation landmark whose current link says so', async () => {
    const wrapper = await fixture(
      html`<div style="inline-size: 900px"><druk-navigation items=${items}></druk-navigation></div>`,
    );
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'navigation', name: 'Main' }));
    expect(tree.filter((node) => node.role === 'link').map((node) => node.name)).toEqual(['Home', 'Services']);
    const links = wrapper.querySelector('druk-navigation')!.shadowRoot!.querySelectorAll('a');
    expect([...links].map((link) => link.getAttribute('aria-current'))).toEqual([null, 'page']);
    expect(tree.find((node) => node.name === 'Menu')).toBeUndefined();
  });

  it('folds into a Menu disclosure when narrow; Enter opens it, Escape closes it and refocuses the toggle', async () => {
    const navigation = await fixture<DrukNavigation>(
      html`<div style="inline-size: 300px"><druk-navigation items=${items}></druk-navigation></div>`,
    ).then((wrapper) => wrapper.querySelector('druk-navigation')!);
    const summary = navigation.shadowRoot!.querySelector('summary')!;
    await userEvent.tab();
    expect(deepActiveElement()).toBe(summary);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => navigation.open).toBe(true);
    await userEvent.tab();
    expect(deepActiveElement()?.textContent).toBe('Home');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => navigation.open).toBe(false);
    expect(deepActiveElement()).toBe(summary);
  });
});
