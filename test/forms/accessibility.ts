import type { Page } from 'playwright-core';

export interface NamedNode {
  role: string;
  name: string;
  description: string;
}

/**
 * Chromium's accessibility tree of a page as role, accessible name and description, through the
 * DevTools protocol. Works with JavaScript disabled in the page, where no script can ask.
 */
export async function accessibleNodes(page: Page): Promise<NamedNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => ({
        role: String(node.role?.value ?? ''),
        name: String(node.name?.value ?? ''),
        description: String(node.description?.value ?? ''),
      }));
  } finally {
    await cdp.detach();
  }
}
