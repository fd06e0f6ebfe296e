import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeFamiliesCss, chromeText } from './chrome-font.ts';
import { parseDescription } from './description.ts';
import { renderFragments } from './render.ts';

const site = parseDescription(readFileSync(new URL('../examples/site.yaml', import.meta.url), 'utf8'), 'site.yaml');

describe('the chrome’s Dzongkha font', () => {
  it('is cut to the Tibetan text of both languages’ fragments: the description’s and the components’', async () => {
    const text = chromeText(await renderFragments(site));
    const all = text.join('\n');
    // The English header shows the Dzongkha name; the switcher names the language; the footer dates in Dzongkha.
    for (const shown of [site.agency.dz, 'རྫོང་ཁ', 'འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།', 'ཚེས་༢༠']) {
      expect(all, shown).toContain(shown);
    }
    expect(new Set(text).size).toBe(text.length);
    expect(text.every((run) => /[\u0F00-\u0FFF]/.test(run))).toBe(true);
  });

  it('comes first in every font family of the chrome’s elements', () => {
    const css = chromeFamiliesCss('Chrome Subset');
    expect(css).toMatch(
      /^druk-skip-link, druk-masthead, druk-header, druk-language-switcher, druk-navigation, druk-footer \{/,
    );
    for (const token of ['--druk-font-family-body', '--druk-font-family-heading', '--druk-font-family-dzongkha']) {
      expect(css).toContain(`${token}: 'Chrome Subset', `);
    }
  });
});
