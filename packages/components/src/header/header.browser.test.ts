import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import './header.ts';

const logo = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/%3E';

describe('druk-header', () => {
  it('is the banner, with one home link named by the emblem and the agency in both languages', async () => {
    await fixture(
      html`<druk-header
        agency="Ministry of Health"
        agency-dz="གསོ་བ་ལྷན་ཁག"
        logo-src=${logo}
        logo-alt="Emblem of Bhutan"
      ></druk-header>`,
    );
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'banner' }));
    const home = tree.find((node) => node.role === 'link');
    expect(home?.name).toBe('Emblem of Bhutan Ministry of Health གསོ་བ་ལྷན་ཁག Royal Government of Bhutan');
  });

  it('sets the Dzongkha name of an English page one Dzongkha size step larger', async () => {
    const header = await fixture(html`<druk-header agency="Ministry of Health" agency-dz="གསོ་བ་ལྷན་ཁག"></druk-header>`);
    const name = header.shadowRoot!.querySelector("[lang='dz']")!;
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    expect(size(name) / size(name.parentElement!)).toBeCloseTo(1.2, 2);
  });

  it('puts the Dzongkha name first on a Dzongkha page', async () => {
    const header = await fixture(
      html`<druk-header agency="Ministry of Health" agency-dz="གསོ་བ་ལྷན་ཁག"></druk-header>`,
      'dz',
    );
    expect(header.shadowRoot!.querySelector('.name')!.textContent!.trim()).toBe('གསོ་བ་ལྷན་ཁག');
    expect(header.shadowRoot!.querySelector('.lineage')!.textContent!.trim()).toBe('འབྲུག་རྒྱལ་གཞུང་།');
  });

  it('keeps a missing logo’s alt text inside the header at 320 px, without sideways scrolling', async () => {
    await page.viewport(320, 640);
    try {
      const header = await fixture(
        html`<druk-header
          agency="Yulsum Dzongkhag Administration"
          agency-dz="ཡུལ་གསུམ་རྫོང་ཁག་བདག་སྐྱོང་།"
          logo-src="/missing/emblem.svg"
          logo-alt="Emblem of Yulsum Dzongkhag"
        ></druk-header>`,
      );
      const logo = header.shadowRoot!.querySelector('img')!;
      // The browser shows the alt text once the image has failed to load.
      await new Promise((resolve) => (logo.complete ? resolve(null) : logo.addEventListener('error', resolve)));
      expect(logo.naturalWidth).toBe(0);
      const root = document.documentElement;
      expect(root.scrollWidth - root.clientWidth).toBeLessThanOrEqual(0);
      expect(logo.getBoundingClientRect().right).toBeLessThanOrEqual(root.clientWidth);
    } finally {
      await page.viewport(414, 896);
    }
  });
});
