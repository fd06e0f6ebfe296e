import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, deepActiveElement, expectAccessible, fixture } from '../../test/browser.ts';
import type { DrukTabs } from './tabs.ts';
import './tabs.ts';

const tabs = html`<druk-tabs>
  <druk-tab-panel label="Overview"><p>What the service is.</p></druk-tab-panel>
  <druk-tab-panel label="How to apply"><p>Apply online.</p></druk-tab-panel>
  <druk-tab-panel label="Fees"><p>Nu. 500.</p></druk-tab-panel>
</druk-tabs>`;

async function enhanced(): Promise<DrukTabs> {
  const element = await fixture<DrukTabs>(tabs);
  await expect.poll(() => element.shadowRoot!.querySelectorAll('[role="tab"]').length).toBe(3);
  await element.updateComplete;
  return element;
}

describe('druk-tabs', () => {
  it('shows one panel, named by its tab, and hides the others', async () => {
    const element = await enhanced();
    expect(element.panels.map((panel) => panel.hidden)).toEqual([false, true, true]);
    const tree = await accessibilityTree();
    expect(tree.filter((node) => node.role === 'tab').map((node) => [node.name, node.properties.selected])).toEqual([
      ['Overview', true],
      ['How to apply', false],
      ['Fees', false],
    ]);
    expect(tree).toContainEqual(expect.objectContaining({ role: 'tabpanel', name: 'Overview' }));
    expect(tree).toContainEqual(expect.objectContaining({ role: 'tablist', name: 'Contents' }));
    await expectAccessible(element);
  });

  it('follows the tabs pattern: arrows move and select, Home/End jump, Tab enters the panel', async () => {
    const element = await enhanced();
    const tabButtons = [...element.shadowRoot!.querySelectorAll('[role="tab"]')];
    await userEvent.tab();
    expect(deepActiveElement()).toBe(tabButtons[0]);
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => deepActiveElement()).toBe(tabButtons[1]);
    expect(element.selected).toBe(1);
    expect(element.panels[1]!.hidden).toBe(false);
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => element.selected).toBe(2);
    await userEvent.keyboard('{Home}');
    await expect.poll(() => element.selected).toBe(0);
    await userEvent.keyboard('{End}');
    await expect.poll(() => deepActiveElement()).toBe(tabButtons[2]);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(element.panels[2]);
  });

  it('puts only the selected tab in the Tab order', async () => {
    const element = await enhanced();
    const order = [...element.shadowRoot!.querySelectorAll('[role="tab"]')].map((tab) => tab.getAttribute('tabindex'));
    expect(order).toEqual(['0', '-1', '-1']);
  });
});
