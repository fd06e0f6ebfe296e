// @ts-check
import { CHROMIUM_ARGS, NO_CHROMIUM_HELP, findChromium } from './find.js';

export { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, NO_CHROMIUM_HELP, findChromium } from './find.js';

/**
 * The executable to use; throws with install instructions when there is none.
 * @returns {string}
 */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(NO_CHROMIUM_HELP);
  return path;
}

/**
 * Launch options for playwright-core (and the same shape works for Puppeteer).
 * @param {{ headless?: boolean, args?: string[] }} [overrides]
 */
export function chromiumLaunchOptions(overrides = {}) {
  return {
    executablePath: requireChromium(),
    headless: overrides.headless ?? true,
    args: [...CHROMIUM_ARGS, ...(overrides.args ?? [])],
  };
}

/**
 * Start headless Chromium through playwright-core. The caller closes it.
 * @param {{ headless?: boolean, args?: string[] }} [overrides]
 */
export async function launchChromium(overrides = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch(chromiumLaunchOptions(overrides));
}
