// Content on hover or focus (WCAG 1.4.13, packages/audit/src/checks/hover.ts) in a real tab, with a real mouse
// and real keys, on a planted page: every element marked data-expect="<rule>=fail|review|pass" must get a
// finding of that rule with that status, or none for pass. And the bound: a page probes at most
// HOVER_LIMITS.triggers triggers, however fast the machine.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchAuditBrowser } from '../../packages/audit/src/browser.ts';
import { HOVER_LIMITS, hoverChecks } from '../../packages/audit/src/checks/hover.ts';
import { openTab, type AuditTab } from '../../packages/audit/src/page/audit-page.ts';
import { markedElements, verdictRows } from '../support/data-expect.ts';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback.ts';

const PAGE = readFileSync(new URL('../../packages/audit/test/fixtures/hover/hover.html', import.meta.url), 'utf8');

let server: LoopbackServer;
let browser: Browser;
let tab: AuditTab;

beforeAll(async () => {
  server = await listenOnLoopback(
    createServer((request, response) => {
      response.writeHead(request.url === '/hover.html' ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(request.url === '/hover.html' ? PAGE : '');
    }),
  );
  browser = await launchAuditBrowser([server.url]);
  tab = await openTab(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every trigger of the planted page probed, with the audit's limits but for the number of triggers. */
async function probeAll() {
  const url = new URL('/hover.html', server.url).href;
  await tab.page.goto(url, { waitUntil: 'load' });
  // Read before the probes, whose tooltips would change the selectors.
  const marked = await markedElements(tab.page);
  const outcome = await hoverChecks(tab.page, tab.session, url, { ...HOVER_LIMITS, triggers: 10 });
  return { marked, ...outcome, rows: verdictRows(marked, outcome.findings) };
}

test('tooltips and pop-ups: shown on focus too, dismissible with Escape, hoverable and persistent', async () => {
  const { marked, findings, changed, rows } = await probeAll();
  expect(rows.length).toBe(21);
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
  // Every finding is on a marked trigger, with what appeared and how the trigger was found.
  expect(findings.every((item) => marked.some((entry) => entry.selector === item.selector))).toBe(true);
  expect(
    findings.find((item) => item.ruleId === 'druk/hover-content-focus' && item.status === 'fail')?.evidence,
  ).toMatchObject({ foundBy: 'CSS .share:hover', links: 2, focusable: false });
  // The scripts' tooltips changed the DOM: the page is to be loaded again before anything else reads it.
  expect(changed).toBe(true);
});

test('a page probes at most HOVER_LIMITS.triggers triggers', async () => {
  const url = new URL('/hover.html', server.url).href;
  await tab.page.goto(url, { waitUntil: 'load' });
  const triggers = await tab.page.evaluate(
    (limit) =>
      (window as unknown as { __drukAudit: { hoverTriggers(limit: number): unknown[] } }).__drukAudit.hoverTriggers(
        limit,
      ).length,
    HOVER_LIMITS.triggers,
  );
  expect(triggers).toBe(HOVER_LIMITS.triggers);
});

test('the same verdicts on a machine four times slower: the bound is a number of triggers, not a time', async () => {
  await tab.session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  try {
    const { rows } = await probeAll();
    expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
  } finally {
    await tab.session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
});
