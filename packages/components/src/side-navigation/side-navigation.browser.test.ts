import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import type { LinkTreeItem } from './link-tree.ts';
import type { DrukSideNavigation } from './side-navigation.ts';
import './side-navigation.ts';

const ITEMS: LinkTreeItem[] = [
  { label: 'Overview', href: '#overview' },
  {
    label: 'Hospitals',
    href: '#hospitals',
    children: [
      { label: 'National referral hospital', href: '#jdwnrh', current: true },
      { label: 'Regional hospitals', href: '#regional' },
    ],
  },
  { label: 'Vaccination', href: '#vaccination', children: [{ label: 'For children', href: '#children' }] },
];

const sideNavigation = (items: unknown, heading = 'Health services', lang = 'en') =>
  fixture<DrukSideNavigation>(
    html`<druk-side-navigation heading=${heading} items=${JSON.stringify(items)}></druk-side-navigation>`,
    lang,
  );

afterEach(() => {
  vi.restoreAllMocks();
});

describe('druk-side-navigation', () => {
  it('is a navigation landmark named by its heading, with the current page marked', async () => {
    const navigation = await sideNavigation(ITEMS);
    const tree = await accessibilityTree();
    expect(tree.find((node) => node.role === 'navigation')?.name).toBe('Health services');
    const links = tree.filter((node) => node.role === 'link').map((node) => node.name);
    expect(links.sort()).toEqual([
      'Hospitals',
      'National referral hospital',
      'Overview',
      'Regional hospitals',
      'Vaccination',
    ]);
    const current = [...(navigation.shadowRoot?.querySelectorAll('[aria-current="page"]') ?? [])];
    expect(current.map((link) => link.textContent?.trim())).toEqual(['National referral hospital']);
    await expectAccessible(navigation);
  });

  it('opens the levels on the way to the current page only, and Tab goes through them in order', async () => {
    await sideNavigation(ITEMS);
    const visited: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      await userEvent.tab();
      visited.push(deepActiveElement()?.textContent?.trim() ?? '');
    }
    // "For children" sits under Vaccination, which does not hold the current page.
    expect(visited).toEqual([
      'Overview',
      'Hospitals',
      'National referral hospital',
      'Regional hospitals',
      'Vaccination',
    ]);
  });

  it('leaves out only a bad item at any level, and names the landmark in Dzongkha without a heading', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const navigation = await sideNavigation(
      [
        {
          label: 'ཐིམ་ཕུ་',
          href: '#thimphu',
          children: [{ label: 'སྤ་རོ་' }, { label: 'པུ་ན་ཁ་', href: '#p', current: true }],
        },
      ],
      '',
      'dz',
    );
    const links = [...(navigation.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => link.textContent?.trim());
    expect(links).toEqual(['ཐིམ་ཕུ་', 'པུ་ན་ཁ་']);
    expect(warn.mock.calls.some((call) => String(call[0]).includes('item 1 children, item 1'))).toBe(true);
    const tree = await accessibilityTree();
    expect(tree.find((node) => node.role === 'navigation')?.name).toBe('དབྱེ་ཚན་འདི་ནང་།');
  });
});
