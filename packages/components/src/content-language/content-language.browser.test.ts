import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../test/browser.ts';
import './content-language.ts';

const PASSAGE = 'ཕ་དྲུང་དྲུང་རྒྱལ་མཆོག་གིས་འདི་ཁར་ ལྷ་ཁང་ཆུང་ཀུ་ཅིག་བཞེངས་བའི་ཤུལ་ལུ་';

describe('druk-content-language', () => {
  it('gives a Dzongkha passage in an English page its language, font and taller lines', async () => {
    const page = await fixture(
      html`<div>
        <p>English text.</p>
        <druk-content-language lang="dz"><p>${PASSAGE}</p></druk-content-language>
      </div>`,
    );
    const english = page.querySelector('p')!;
    const dzongkha = page.querySelector('druk-content-language p')!;
    expect(dzongkha.closest('[lang]')!.getAttribute('lang')).toBe('dz');
    expect(getComputedStyle(dzongkha).fontFamily).toMatch(/Jomolhari|Noto Serif Tibetan/);
    // Taller than the 1.5 of Latin body text, for stacked letters.
    expect(
      parseFloat(getComputedStyle(dzongkha).lineHeight) / parseFloat(getComputedStyle(dzongkha).fontSize),
    ).toBeGreaterThan(1.6);
    expect(getComputedStyle(english).fontFamily).not.toBe(getComputedStyle(dzongkha).fontFamily);
  });
});
