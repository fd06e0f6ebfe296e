// The tokens stylesheet in Chromium: Dzongkha typography, language boundaries, shadow roots,
// themes and the focus ring, measured with getComputedStyle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { themes } from './color.ts';
import { dzongkhaCss, pageCss, tokensCss } from './index.ts';

const style = document.createElement('style');
const fixture = document.createElement('div');

beforeAll(() => {
  document.documentElement.lang = 'en';
  style.textContent = `${tokensCss}${pageCss}
    body { font-size: 16px; }
    h2 { font-size: var(--druk-font-size-2xl); line-height: var(--druk-line-height-heading); }
    .label { letter-spacing: 0.08em; text-transform: uppercase; }`;
  document.head.append(style);
  document.body.append(fixture);
});
afterAll(() => {
  style.remove();
  fixture.remove();
});

const px = (value: string) => Number.parseFloat(value);
const computed = (selector: string) => getComputedStyle(fixture.querySelector(selector) as Element);

describe(':lang(dz) typography', () => {
  beforeAll(() => {
    fixture.innerHTML = `
      <p id="en-text">English</p>
      <div lang="dz" id="dz">
        <p id="dz-text">རྫོང་ཁ་ <span lang="en" id="en-inside">English</span></p>
        <div lang="dz-BT"><p id="dz-nested">འབྲུག</p></div>
        <h2 id="dz-heading">འབྲུག་རྒྱལ་ཁབ</h2>
        <p class="label" id="dz-label">རྫོང་ཁ</p>
        <a href="#x" id="dz-link">འབྲུག</a>
      </div>`;
  });

  it('sets Dzongkha 1.2 times the Latin size, once, and gives the size back to English inside it', () => {
    expect(px(computed('#en-text').fontSize)).toBe(16);
    expect(px(computed('#dz-text').fontSize)).toBeCloseTo(19.2, 1);
    expect(px(computed('#dz-nested').fontSize)).toBeCloseTo(19.2, 1);
    expect(px(computed('#en-inside').fontSize)).toBeCloseTo(16, 1);
  });

  it('uses Jomolhari first for Dzongkha and the UI stack for English inside it', () => {
    expect(computed('#dz-text').fontFamily).toMatch(/^Jomolhari, "Noto Serif Tibetan"/);
    expect(computed('#en-inside').fontFamily).toMatch(/^system-ui/);
  });

  it('opens the line-height to 1.8 for text and 1.5 for headings', () => {
    const text = computed('#dz-text');
    expect(px(text.lineHeight) / px(text.fontSize)).toBeCloseTo(1.8, 2);
    const heading = computed('#dz-heading');
    expect(px(heading.lineHeight) / px(heading.fontSize)).toBeCloseTo(1.5, 2);
    // The heading token is scaled too: 1.2 x the Latin 2xl size.
    const latinHeading = document.createElement('h2');
    fixture.append(latinHeading);
    expect(px(heading.fontSize) / px(getComputedStyle(latinHeading).fontSize)).toBeCloseTo(1.2, 2);
    latinHeading.remove();
  });

  it('cancels letter-spacing, uppercase and synthetic styles on Tibetan', () => {
    const label = computed('#dz-label');
    expect(label.letterSpacing).toBe('normal');
    expect(label.textTransform).toBe('none');
    expect(label.fontSynthesisWeight).toBe('none');
    expect(label.fontSynthesisStyle).toBe('none');
  });

  it('moves link underlines below the stacks', () => {
    const link = computed('#dz-link');
    expect(px(link.textUnderlineOffset) / px(link.fontSize)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('dzongkhaCss in a shadow root', () => {
  it('follows the host language and scales token-sized text without compounding', () => {
    fixture.innerHTML = '<div lang="dz"><span id="host"></span></div><span id="latin-host"></span>';
    for (const id of ['host', 'latin-host']) {
      const root = (fixture.querySelector(`#${id}`) as HTMLElement).attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${dzongkhaCss} p { font-size: var(--druk-font-size-md); }</style><p>རྫོང་ཁ</p>`;
    }
    const inner = (id: string) =>
      getComputedStyle((fixture.querySelector(`#${id}`) as HTMLElement).shadowRoot?.querySelector('p') as Element);
    expect(inner('host').fontFamily).toMatch(/^Jomolhari/);
    expect(px(inner('host').fontSize) / px(inner('latin-host').fontSize)).toBeCloseTo(1.2, 2);
  });
});

describe('themes', () => {
  it.each(['light', 'dark', 'high-contrast'] as const)('data-theme="%s" sets that theme', (theme) => {
    fixture.innerHTML = `<div data-theme="${theme}" id="themed"></div>`;
    const value = computed('#themed').getPropertyValue('--druk-color-background').trim();
    expect(value).toBe(themes[theme].background);
  });
});

describe('focus ring', () => {
  it('draws a 3px outline with a halo around a keyboard-focused control', async () => {
    fixture.innerHTML = '<button type="button" id="target">Apply</button>';
    await userEvent.tab();
    const button = fixture.querySelector('#target') as HTMLElement;
    expect(document.activeElement).toBe(button);
    const ring = getComputedStyle(button);
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineWidth).toBe('3px');
    expect(ring.outlineOffset).toBe('2px');
    expect(ring.boxShadow).toContain('2px');
  });
});
