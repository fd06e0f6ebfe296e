// The set-up of the browser tests: a test server on 127.0.0.1 and a headless Chromium that looks at it,
// closed together by the test (browser first, so that no page is left loading from a closed server).
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../packages/chromium/src/index.js';
import type { LoopbackServer } from './loopback.ts';

export interface ServedBrowser {
  server: LoopbackServer;
  browser: Browser;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

/** Launches a browser (by default the plain headless Chromium) for a started server; if that fails, closes the server. */
export async function browserFor(
  server: LoopbackServer,
  launch: () => Promise<Browser> = launchChromium,
): Promise<ServedBrowser> {
  let browser: Browser;
  try {
    browser = await launch();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
