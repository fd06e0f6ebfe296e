import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { renderToString } from './render.ts';
import '../header/header.ts';
import '../language-switcher/language-switcher.ts';
import '../masthead/masthead.ts';

describe('renderToString', () => {
  it('renders a template with components inside it', async () => {
    const markup = await renderToString(html`<div class="page"><druk-masthead lang="dz"></druk-masthead></div>`);
    expect(markup).toMatch(/<div class="page"><druk-masthead\s+lang="dz">/);
    expect(markup).toContain('shadowrootmode="open"');
  });

  it('writes boolean, numeric and absent attributes the HTML way', async () => {
    const markup = await renderToString('druk-masthead', {
      attributes: { open: true, hidden: false, 'data-count': 3, title: undefined },
    });
    expect(markup).toMatch(/<druk-masthead\s+open\s+data-count="3">/);
  });

  it('passes light-DOM content through as slotted children', async () => {
    const markup = await renderToString('druk-masthead', { content: '<p>fallback</p>' });
    expect(markup).toMatch(/<\/template><p>fallback<\/p><\/druk-masthead>/);
  });

  it('gives a nested, already rendered component exactly one shadow root', async () => {
    // Browsers reject a second declarative shadow root on a host ("A second declarative shadow root
    // cannot be created on a host") and log it as a console error on every page.
    const switcher = await renderToString('druk-language-switcher', { lang: 'en', attributes: { current: 'en' } });
    const header = await renderToString('druk-header', {
      lang: 'en',
      attributes: { agency: 'Yulsum Dzongkhag Administration' },
      content: switcher,
    });
    expect(header.match(/<template shadowroot/g)).toHaveLength(2);
    expect(header).toContain(`</template>${switcher}</druk-header>`);
  });

  it('writes content literally, even with replacement patterns in it', async () => {
    const markup = await renderToString('druk-masthead', { content: '<p>Nu. 5$&amp; $1</p>' });
    expect(markup).toContain('<p>Nu. 5$&amp; $1</p></druk-masthead>');
  });

  it('names the problem when the element is unknown or the input is unsafe', async () => {
    await expect(renderToString('druk-nothing')).rejects.toThrow('<druk-nothing> is not defined');
    await expect(renderToString('div')).rejects.toThrow('"div" is not a custom element name');
    await expect(renderToString('druk-masthead', { attributes: { 'a b': 'x' } })).rejects.toThrow(
      '"a b" is not a valid attribute name',
    );
  });
});
