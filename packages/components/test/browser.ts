// Helpers for the components' browser tests (vitest browser mode, real Chromium).
import axe from 'axe-core';
import { render, type TemplateResult } from 'lit';
import { afterEach, expect } from 'vitest';
import { commands } from 'vitest/browser';
import type { AccessibilityNode } from '../../../test/support/browser-commands.ts';

declare module 'vitest/browser' {
  interface BrowserCommands {
    accessibilityTree: () => Promise<AccessibilityNode[]>;
    emulateForcedColors: (active: boolean) => Promise<void>;
  }
}

const containers: HTMLElement[] = [];

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

/** Renders a template into the page (removed after the test) and waits for every druk-* element to render. */
export async function fixture<T extends Element = HTMLElement>(template: TemplateResult, lang = 'en'): Promise<T> {
  const container = document.createElement('div');
  container.lang = lang;
  document.body.append(container);
  containers.push(container);
  render(template, container);
  const elements = [...container.querySelectorAll('*')].filter((element) => element.localName.startsWith('druk-'));
  await Promise.all(
    elements.map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete),
  );
  const first = container.firstElementChild;
  if (!first) throw new Error('fixture: the template rendered no element');
  return first as T;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every element in `root`, descending into open shadow roots. */
export function deepElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      visit(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Chromium's accessibility tree of the test page (see test/support/browser-commands.ts). */
export function accessibilityTree(): Promise<AccessibilityNode[]> {
  return commands.accessibilityTree();
}

/** Fails with the rule ids, help text and offending nodes when axe finds a WCAG 2.2 A/AA violation. */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  const report = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(report).toEqual([]);
}
