import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../packages/chromium/src/index.js';
import { startExampleServer, type ExampleServer } from '../../packages/components/examples/forms/server.ts';

/** The example form's server and one Chromium, started before the file's tests and closed after them. */
export interface ExampleSession {
  server: ExampleServer;
  browser: Browser;
}

export function useExampleSession(): ExampleSession {
  const session = {} as ExampleSession;
  beforeAll(async () => {
    session.server = await startExampleServer();
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
