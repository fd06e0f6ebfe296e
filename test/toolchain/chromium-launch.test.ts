// The shared launcher starts a real Chromium that reaches loopback and nothing else.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../packages/chromium/src/index.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

test('loads a page served on 127.0.0.1', async () => {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<title>loopback</title>');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(await page.title()).toBe('loopback');
    await page.close();
  } finally {
    server.close();
  }
});

test('cannot resolve any other host name', async () => {
  const page = await browser.newPage();
  await expect(page.goto('http://example.gov.bt/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  await page.close();
});
