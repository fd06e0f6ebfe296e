import { describe, expect, it } from 'vitest';
import { renderToString } from '../ssr/render.ts';
import './masthead.ts';

describe('druk-masthead on the server', () => {
  it('renders its shadow DOM declaratively, with the statement and both explanations', async () => {
    const markup = await renderToString('druk-masthead');
    expect(markup).toContain('<template shadowroot="open" shadowrootmode="open">');
    expect(markup).toContain('An official website of the Royal Government of Bhutan');
    expect(markup).toContain('Official websites use .gov.bt');
    expect(markup).toContain('Secure .gov.bt websites use HTTPS');
    expect(markup).toMatch(/<details part="details"\s*>/);
  });

  it('speaks Dzongkha when rendered with lang="dz"', async () => {
    const markup = await renderToString('druk-masthead', { lang: 'dz' });
    expect(markup).toMatch(/<druk-masthead\s+lang="dz">/);
    expect(markup).toContain('འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།');
    expect(markup).not.toContain('An official website');
  });

  it('lets a CMS replace a string by attribute, escaped', async () => {
    const markup = await renderToString('druk-masthead', { attributes: { 'text-how-you-know': 'Why <trust> us' } });
    expect(markup).toContain('Why &lt;trust&gt; us');
    expect(markup).not.toContain('Here’s how you know');
  });

  it('renders the panel open when asked', async () => {
    expect(await renderToString('druk-masthead', { attributes: { open: true } })).toMatch(
      /<details part="details"\s+open/,
    );
  });
});
