// Checks every component in a real browser, in English and Dzongkha: axe (WCAG 2.2 A/AA), reflow at
// 320 CSS px, 200% text size, forced colours, and no clipped text (tall Dzongkha stacks).
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { samples, type Sample } from './samples.ts';
import { deepElements, expectAccessible } from './browser.ts';
import '../src/index.ts';

const mounted: HTMLElement[] = [];
afterAll(() => mounted.forEach((element) => element.remove()));

async function mount(sample: Sample, lang: string, width = 320): Promise<HTMLElement> {
  const frame = document.createElement('div');
  frame.lang = lang;
  frame.style.inlineSize = `${width}px`;
  const element = document.createElement(sample.tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(sample.attributes ?? {})) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  element.innerHTML = sample.content ?? '';
  frame.append(element);
  document.body.append(frame);
  mounted.push(frame);
  await element.updateComplete;
  return element;
}

function unmount(element: HTMLElement): void {
  element.parentElement?.remove();
}

/** Whether `node` sits in a box that scrolls sideways on purpose (a wide table's scroll area). */
function inScrollArea(node: Element): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (['auto', 'scroll'].includes(getComputedStyle(parent).overflowX)) return true;
  }
  return false;
}

/** Elements that stick out of the 320px frame, so the page would scroll sideways. */
function overflowing(element: HTMLElement): string[] {
  const frame = element.parentElement!.getBoundingClientRect();
  return deepElements(element)
    .filter((node) => {
      if (inScrollArea(node)) return false;
      const style = getComputedStyle(node);
      if (style.position === 'absolute' && style.clipPath.startsWith('inset(50%')) return false;
      if (node.localName === 'style' || style.display === 'none' || style.visibility === 'hidden') return false;
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height <= 1) return false;
      return box.right > frame.right + 1 || box.left < frame.left - 1;
    })
    .map((node) => `${node.localName}.${node.className}`);
}

/** Elements that cut off their own text (overflow hidden with more content than room). */
function clipped(element: HTMLElement): string[] {
  return deepElements(element)
    .filter((node) => {
      const style = getComputedStyle(node);
      if (style.clipPath.startsWith('inset(50%')) return false;
      const hides = ['hidden', 'clip'].includes(style.overflowY) || ['hidden', 'clip'].includes(style.overflowX);
      return hides && (node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1);
    })
    .map((node) => `${node.localName}.${node.className}`);
}

describe.each(samples)('<$tag> in the browser', (sample) => {
  it.each(['en', 'dz'])('passes axe in %s', async (lang) => {
    const element = await mount(sample, lang, 960);
    await expectAccessible(element);
    unmount(element);
  });

  it.each(['en', 'dz'])('reflows into 320 CSS px without clipping, in %s', async (lang) => {
    const element = await mount(sample, lang);
    expect(overflowing(element)).toEqual([]);
    expect(clipped(element)).toEqual([]);
    unmount(element);
  });

  it('resolves every ID reference (aria-*, for) inside its own shadow root', async () => {
    const element = await mount(sample, 'en', 960);
    const broken: string[] = [];
    for (const node of deepElements(element)) {
      const root = node.getRootNode() as Document | ShadowRoot;
      for (const attribute of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'for']) {
        for (const id of node.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? []) {
          if (!root.getElementById(id)) broken.push(`${node.localName}[${attribute}=${id}]`);
        }
      }
    }
    expect(broken).toEqual([]);
    unmount(element);
  });

  it('keeps link underlines and focus rings clear of subjoined letters in Dzongkha', async () => {
    const element = await mount(sample, 'dz', 960);
    for (const link of deepElements(element).filter((node) => node.localName === 'a')) {
      const style = getComputedStyle(link);
      const offset = parseFloat(style.textUnderlineOffset) / parseFloat(style.fontSize);
      if (style.textDecorationLine.includes('underline'))
        expect(offset, 'underline offset in em').toBeGreaterThanOrEqual(0.45);
      (link as HTMLElement).focus({ focusVisible: true } as FocusOptions);
      expect(parseFloat(getComputedStyle(link).outlineOffset), 'focus ring offset').toBeGreaterThanOrEqual(2);
    }
    unmount(element);
  });

  it('still fits at 200% text size', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const element = await mount(sample, 'dz');
      expect(clipped(element)).toEqual([]);
      expect(overflowing(element)).toEqual([]);
      unmount(element);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('shows a focus indicator on every focusable part in forced-colours mode', async () => {
    await commands.emulateForcedColors(true);
    try {
      const element = await mount(sample, 'en', 960);
      const focusable = deepElements(element).filter(
        (node) =>
          (node as HTMLElement).matches('a[href], button, summary, input, select, textarea, [tabindex="0"]') &&
          node.checkVisibility(),
      ) as HTMLElement[];
      for (const node of focusable) {
        node.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(node);
        expect(style.outlineStyle, `${node.localName} outline`).not.toBe('none');
        expect(parseFloat(style.outlineWidth), `${node.localName} outline width`).toBeGreaterThanOrEqual(2);
      }
      unmount(element);
    } finally {
      await commands.emulateForcedColors(false);
    }
  });
});
