import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import './search-box.ts';

describe('druk-search-box', () => {
  it('is a search landmark with a labelled search field and a named button', async () => {
    await fixture(html`<druk-search-box></druk-search-box>`, 'dz');
    const tree = await accessibilityTree();
    expect(tree).toContainEqual(expect.objectContaining({ role: 'search' }));
    expect(tree).toContainEqual(expect.objectContaining({ role: 'searchbox', name: 'ཝེབ་སའིཊ་འདི་ནང་ འཚོལ།' }));
    expect(tree).toContainEqual(expect.objectContaining({ role: 'button', name: 'འཚོལ་ཞིབ།' }));
  });

  it('submits a GET form to the results page with the query parameter', async () => {
    const box = await fixture(
      html`<druk-search-box action="/results/" name="query" value="passport"></druk-search-box>`,
    );
    const form = box.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('action')).toBe('/results/');
    expect(form.method).toBe('get');
    expect(Object.fromEntries(new FormData(form))).toEqual({ query: 'passport' });
  });
});
