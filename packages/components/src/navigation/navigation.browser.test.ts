import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
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

const withSubmenus = JSON.stringify([
  { label: 'Home', href: '#home' },
  {
    label: 'About us',
    items: [
      { label: 'Who we are', href: '#about' },
      { label: 'Divisions', href: '#divisions', current: true },
    ],
  },
  { label: 'Services', items: [{ label: 'All services', href: '#services' }] },
  { label: 'Contact', href: '#contact' },
]);

async function wideNavigation(): Promise<DrukNavigation> {
  const wrapper = await fixture(
    html`<div style="inline-size: 900px"><druk-navigation items=${withSubmenus}></druk-navigation></div>`,
  );
  return wrapper.querySelector('druk-navigation')!;
}

describe('druk-navigation sub-menus (APG disclosure navigation)', () => {
  it('shows each sub-menu as a collapsed toggle whose links are hidden until it opens', async () => {
    const navigation = await wideNavigation();
    const tree = await accessibilityTree();
    expect(tree.filter((node) => node.role === 'link').map((node) => node.name)).toEqual(['Home', 'Contact']);
    const toggles = [...navigation.shadowRoot!.querySelectorAll<HTMLElement>('[part="submenu-toggle"]')];
    expect(toggles.map((toggle) => toggle.textContent?.trim())).toEqual(['About us', 'Services']);
    expect(tree.find((node) => node.name === 'About us')?.properties.expanded).toBe(false);
    // The sub-menu holding the current page marks its toggle, so the visitor sees where they are.
    expect(toggles[0]!.hasAttribute('data-current')).toBe(true);
    await expectAccessible(navigation);
  });

  it('opens with Enter, walks its links with Tab and the arrows, and Escape closes it onto its toggle', async () => {
    const navigation = await wideNavigation();
    const [about] = navigation.shadowRoot!.querySelectorAll<HTMLDetailsElement>('.submenu');
    await userEvent.tab();
    await userEvent.tab();
    expect(deepActiveElement()?.textContent?.trim()).toBe('About us');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => about!.open).toBe(true);
    expect((await accessibilityTree()).find((node) => node.name === 'About us')?.properties.expanded).toBe(true);
    await userEvent.tab();
    expect(deepActiveElement()?.textContent).toBe('Who we are');
    await userEvent.keyboard('{ArrowDown}');
    expect(deepActiveElement()?.textContent).toBe('Divisions');
    expect(deepActiveElement()?.getAttribute('aria-current')).toBe('page');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(deepActiveElement()?.textContent?.trim()).toBe('About us');
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(about!.open).toBe(false);
    expect(deepActiveElement()?.textContent?.trim()).toBe('About us');
  });

  it('closes when focus leaves it, and opening one sub-menu closes the other', async () => {
    const navigation = await wideNavigation();
    const [about, services] = navigation.shadowRoot!.querySelectorAll<HTMLDetailsElement>('.submenu');
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => about!.open).toBe(true);
    await userEvent.tab(); // Who we are
    await userEvent.tab(); // Divisions
    await userEvent.tab(); // Services toggle: focus has left "About us"
    expect(deepActiveElement()?.textContent?.trim()).toBe('Services');
    expect(about!.open).toBe(false);
    about!.open = true;
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => services!.open).toBe(true);
    expect(about!.open).toBe(false);
  });

  it('nests sub-menus inside the narrow Menu; Escape in a sub-menu leaves the Menu open', async () => {
    const navigation = await fixture<HTMLElement>(
      html`<div style="inline-size: 300px"><druk-navigation items=${withSubmenus}></druk-navigation></div>`,
    ).then((wrapper) => wrapper.querySelector<DrukNavigation>('druk-navigation')!);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => navigation.open).toBe(true);
    await userEvent.tab(); // Home
    await userEvent.tab(); // About us
    await userEvent.keyboard('{Enter}');
    const about = navigation.shadowRoot!.querySelector<HTMLDetailsElement>('.submenu')!;
    await expect.poll(() => about.open).toBe(true);
    await userEvent.tab();
    expect(deepActiveElement()?.textContent).toBe('Who we are');
    await userEvent.keyboard('{Escape}');
    expect(about.open).toBe(false);
    expect(navigation.shadowRoot!.querySelector<HTMLDetailsElement>('.menu')!.open).toBe(true);
  });

  it('leaves out, with a warning, a sub-menu without valid links and an item with neither href nor items', async () => {
    const navigation = await fixture<HTMLElement>(
      html`<druk-navigation
        items=${JSON.stringify([{ label: 'Empty', items: [{ label: 'No href' }] }, { label: 'Nowhere' }, { label: 'Home', href: '#home' }])}
      ></druk-navigation>`,
    );
    const labels = [...navigation.shadowRoot!.querySelectorAll('a, [part="submenu-toggle"]')].map((node) =>
      node.textContent?.trim(),
    );
    expect(labels).toEqual(['Home']);
  });
});
