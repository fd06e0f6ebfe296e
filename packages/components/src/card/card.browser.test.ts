import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import './card.ts';

describe('druk-card', () => {
  it('names its link by the heading alone, while the whole card is the click target', async () => {
    const card = await fixture(
      html`<druk-card heading="Apply for a passport" href="#passport"><p>Ten working days.</p></druk-card>`,
    );
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'heading', name: 'Apply for a passport' }));
    expect(tree.filter((node) => node.role === 'link').map((node) => node.name)).toEqual(['Apply for a passport']);
    const link = card.shadowRoot!.querySelector('a')!.getBoundingClientRect();
    const target = getComputedStyle(card.shadowRoot!.querySelector('a')!, '::after');
    expect(target.position).toBe('absolute');
    expect(card.getBoundingClientRect().height).toBeGreaterThan(link.height);
  });
});
