import type { BrowserCommand } from 'vitest/node';

/** One node of Chromium's accessibility tree, as the browser exposes it to assistive technology. */
export interface AccessibilityNode {
  role: string;
  name: string;
  /** The accessible description (aria-describedby, title, …). */
  description: string;
  /** ARIA states and properties Chromium reports (expanded, level, current, checked, …). */
  properties: Record<string, unknown>;
}

/** Roles that only carry text or grouping and make assertions noisy. */
const NOISE = new Set(['StaticText', 'InlineTextBox', 'generic', 'none', 'LineBreak', 'RootWebArea', 'Iframe']);

/**
 * Chromium's own accessibility tree of the test frame (through the DevTools protocol), flattened to
 * the nodes a screen reader announces. Tests assert roles and names on it rather than only on axe.
 */
export const accessibilityTree: BrowserCommand<[]> = async ({ page, frame }) => {
  const testFrame = await frame();
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    type Tree = typeof frameTree;
    const find = (tree: Tree): string | undefined =>
      tree.frame.url === testFrame.url()
        ? tree.frame.id
        : (tree.childFrames ?? []).map(find).find((id) => id !== undefined);
    const frameId = find(frameTree);
    if (!frameId) throw new Error(`accessibilityTree: no frame with URL ${testFrame.url()}`);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree', { frameId });
    return nodes
      .filter((node) => !node.ignored && !NOISE.has(String(node.role?.value ?? '')))
      .map((node): AccessibilityNode => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        description: String(node.description?.value ?? ''),
        properties: Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value])),
      }));
  } finally {
    await cdp.detach();
  }
};

/** Switches forced-colors (Windows high contrast) emulation on or off for the test page. */
export const emulateForcedColors: BrowserCommand<[active: boolean]> = async ({ page }, active) => {
  await page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

export const browserCommands = { accessibilityTree, emulateForcedColors };
