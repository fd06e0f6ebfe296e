import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukContentsList } from './contents-list.ts';
import './contents-list.ts';

const page = (depth = 2, lang = 'en') =>
  fixture<HTMLElement>(
    html`<div>
      <druk-contents-list for="article" depth=${depth}></druk-contents-list>
      <article id="article">
        <h2 id="who">Who can apply</h2>
        <p>Any citizen over 18.</p>
        <h3>Living abroad</h3>
        <h2>Documents you need</h2>
        <h2>Documents you need</h2>
      </article>
    </div>`,
    lang,
  );

const list = (container: HTMLElement) => container.querySelector('druk-contents-list') as DrukContentsList;

describe('druk-contents-list', () => {
  it('builds "On this page" from the h2 headings, giving an id to each heading that lacks one', async () => {
    const container = await page();
    const contents = list(container);
    await contents.updateComplete;
    const links = [...(contents.shadowRoot?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Who can apply', '#who'],
      ['Documents you need', '#documents-you-need'],
      ['Documents you need', '#documents-you-need-2'],
    ]);
    for (const link of links) expect(container.querySelector(link.getAttribute('href') ?? '')).not.toBeNull();
    const tree = await accessibilityTree();
    expect(tree.find((node) => node.role === 'navigation')?.name).toBe('On this page');
    await expectAccessible(contents);
  });

  it('with depth 3 nests the h3 headings; Tab reaches each link and Enter moves to its section', async () => {
    const container = await page(3);
    const contents = list(container);
    await contents.updateComplete;
    const nested = contents.shadowRoot?.querySelector('ul ul a');
    expect(nested?.textContent?.trim()).toBe('Living abroad');
    await userEvent.tab();
    await userEvent.tab();
    expect(deepActiveElement()?.textContent?.trim()).toBe('Living abroad');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => location.hash).toBe('#living-abroad');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows given items as they are, in Dzongkha, and nothing when there are none', async () => {
    const contents = await fixture<DrukContentsList>(
      html`<druk-contents-list items=${JSON.stringify([{ label: 'སྤ་རོ་', href: '#paro' }])}></druk-contents-list>`,
      'dz',
    );
    expect(contents.shadowRoot?.querySelector('.heading')?.textContent).toBe('ཤོག་ལེབ་འདི་ནང་།');
    expect(contents.shadowRoot?.querySelector('a')?.getAttribute('href')).toBe('#paro');
    const empty = await fixture<DrukContentsList>(html`<druk-contents-list for="nowhere"></druk-contents-list>`);
    expect(empty.shadowRoot?.querySelector('nav')).toBeNull();
  });
});
