// druk-audit's keyboard and layout checks in a real tab: reflow at 320 CSS px and 200% zoom are measured on
// emulated metrics, and the tab is back at the desktop size afterwards, for the screenshots and the next
// page; focus inside an iframe is not judged from the page around it.
import { createServer } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchAuditBrowser } from '../../packages/audit/src/browser.ts';
import { callInPage, layoutChecks } from '../../packages/audit/src/checks/interaction.ts';
import { openTab, type AuditTab } from '../../packages/audit/src/page/audit-page.ts';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback.ts';

const PAGES: Record<string, string> = {
  // 700 px wide whatever the viewport: fails at 320 px and at 640 px (200% zoom of 1280).
  '/fixed-width/': '<div id="banner" style="width: 700px">Dzongkhag administration</div>',
  // Narrower than the viewport below 600 px, as a media query lays it out.
  '/responsive/':
    '<style>#banner { width: 700px } @media (max-width: 600px) { #banner { width: auto } }</style><div id="banner">Dzongkhag administration</div>',
  '/framed/': '<main><a href="/">Home</a><iframe title="Feedback form" src="/frame-content/"></iframe></main>',
  // A button with no focus style of its own: whatever it shows, it shows in the frame's document.
  '/frame-content/': '<button style="outline: none">Send</button>',
};

let server: LoopbackServer;
let browser: Browser;
let tab: AuditTab;

beforeAll(async () => {
  server = await listenOnLoopback(
    createServer((request, response) => {
      const body = PAGES[request.url ?? ''];
      response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(
        `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width, initial-scale=1"><title>Layout</title></head><body>${body ?? ''}</body></html>`,
      );
    }),
  );
  browser = await launchAuditBrowser([server.url]);
  tab = await openTab(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const layoutOf = async (path: string) => {
  await tab.page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  const findings = await layoutChecks(tab.page, tab.session, new URL(path, server.url).href);
  const after = await tab.page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  return { rules: findings.map((finding) => finding.ruleId), findings, after };
};

test('a fixed-width element fails reflow at 320 px and 200% zoom, and the tab is back at 1280 × 800', async () => {
  const { rules, findings, after } = await layoutOf('/fixed-width/');
  expect(rules).toEqual(['druk/reflow', 'druk/zoom-200']);
  expect(findings[0]?.message).toMatch(/^At 320 CSS px the page is 7\d\dpx wide; right edge at 7\d\dpx of 320px/);
  expect(findings[0]?.selector).toBe('#banner');
  expect(after).toEqual({ width: 1280, height: 800 });
  expect(tab.page.viewportSize()).toEqual({ width: 1280, height: 800 });
});

test('a layout that a media query narrows passes, measured at the emulated width', async () => {
  const { rules, after } = await layoutOf('/responsive/');
  expect(rules).toEqual([]);
  expect(after).toEqual({ width: 1280, height: 800 });
});

test('focus inside an iframe is not judged by the styles of the iframe element', async () => {
  await tab.page.goto(new URL('/framed/', server.url).href, { waitUntil: 'load' });
  await callInPage(tab.page, 'snapshotFocusables');
  const frame = tab.page.frames()[1]!;
  await frame.evaluate(() => document.querySelector('button')!.focus());
  const state = await callInPage<{ selector: string; visible: boolean; known: boolean }>(tab.page, 'focusState');
  expect(state).toMatchObject({ selector: 'html > body > main > iframe', known: true, visible: true });
});
