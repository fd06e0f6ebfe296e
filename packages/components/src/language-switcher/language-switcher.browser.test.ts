import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import type { DrukLanguageSwitcher } from './language-switcher.ts';
import './language-switcher.ts';

describe('druk-language-switcher', () => {
  it('links each version with lang, hreflang and rel=alternate, and marks the page language current', async () => {
    const versions = JSON.stringify([
      { lang: 'en', href: '/en/about/' },
      { lang: 'dz', href: '/dz/about/' },
    ]);
    const switcher = await fixture<DrukLanguageSwitcher>(
      html`<druk-language-switcher versions=${versions}></druk-language-switcher>`,
    );
    const [english, dzongkha] = [...switcher.shadowRoot!.querySelectorAll('a')];
    expect(english?.getAttribute('aria-current')).toBe('true');
    expect(english?.hasAttribute('rel')).toBe(false);
    expect(dzongkha?.getAttribute('lang')).toBe('dz');
    expect(dzongkha?.getAttribute('hreflang')).toBe('dz');
    expect(dzongkha?.getAttribute('rel')).toBe('alternate');
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'navigation', name: 'Language' }));
    expect(tree).toContainEqual(expect.objectContaining({ role: 'link', name: 'རྫོང་ཁ' }));
  });

  it('says a missing translation is not yet available instead of linking to it', async () => {
    const versions = JSON.stringify([
      { lang: 'en', href: '/en/about/' },
      { lang: 'dz', href: '/dz/about/', available: false },
    ]);
    const switcher = await fixture<DrukLanguageSwitcher>(
      html`<druk-language-switcher versions=${versions}></druk-language-switcher>`,
    );
    expect(switcher.shadowRoot!.querySelectorAll('a')).toHaveLength(1);
    expect(switcher.shadowRoot!.textContent).toContain('Dzongkha: not yet available');
  });
});
