// Content on hover or focus (WCAG 1.4.13, packages/audit/src/checks/hover.ts) in a real tab, with a real mouse
// and real keys, on a planted page: every element marked data-expect="<rule>=fail|review|pass" must get a
// finding of that rule with that status, or none for pass. And the bound: a page probes at most
// HOVER_LIMITS.triggers triggers, however fast the machine. With screenshots, a reported trigger carries a crop
// of itself and its content together, taken while the content showed, and never more crops than the budget.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchAuditBrowser } from '../../packages/audit/src/browser.ts';
import { HOVER_LIMITS, hoverChecks } from '../../packages/audit/src/checks/hover.ts';
import { auditPage, openTab, type AuditTab } from '../../packages/audit/src/page/audit-page.ts';
import { handOutCrops, type ScreenshotBudget } from '../../packages/audit/src/page/crops.ts';
import type { RawFinding } from '../../packages/audit/src/rules/raw.ts';
import { markedElements, verdictRows, type MarkedElement } from '../support/data-expect.ts';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback.ts';

// sharp is a dependency of druk-audit, not of the repository's root.
const sharp = createRequire(new URL('../../packages/audit/package.json', import.meta.url))('sharp') as (
  image: Buffer,
) => { metadata(): Promise<{ format?: string; width?: number; height?: number }> };

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

/**
 * Every trigger of the planted page probed, with the audit's limits but for the number of triggers, and
 * screenshots from `screenshots` when given.
 */
async function probeAll(screenshots: ScreenshotBudget | null = null) {
  const url = new URL('/hover.html', server.url).href;
  await tab.page.goto(url, { waitUntil: 'load' });
  // Read before the probes, whose tooltips would change the selectors.
  const marked = await markedElements(tab.page);
  const outcome = await hoverChecks(tab.page, tab.session, url, { ...HOVER_LIMITS, triggers: 10 }, screenshots);
  return { marked, ...outcome, rows: verdictRows(marked, outcome.findings) };
}

/** The size of the RCSC abbreviation and its tooltip together, measured with the pointer on it. */
async function rcscWithTooltip() {
  await tab.page.goto(new URL('/hover.html', server.url).href, { waitUntil: 'load' });
  await tab.page.hover('.abbr-tip');
  await tab.page.locator('.abbr-tip .pop').waitFor({ state: 'visible' });
  return tab.page.evaluate(() => {
    const [trigger, content] = ['.abbr-tip', '.abbr-tip .pop'].map((selector) =>
      document.querySelector(selector)!.getBoundingClientRect(),
    ) as [DOMRect, DOMRect];
    return {
      width: Math.max(trigger.right, content.right) - Math.min(trigger.left, content.left),
      height: Math.max(trigger.bottom, content.bottom) - Math.min(trigger.top, content.top),
    };
  });
}

/** The one JPEG crop that all findings on `selector` carry, decoded. */
async function cropOf(findings: RawFinding[], selector: string) {
  const own = findings.filter((item) => item.selector === selector);
  expect(own.length).toBeGreaterThan(0);
  const [screenshot] = own.map((item) => item.screenshot);
  expect(own.every((item) => item.screenshot === screenshot)).toBe(true);
  expect(screenshot).toMatch(/^data:image\/jpeg;base64,/);
  const image = await sharp(Buffer.from(screenshot!.slice(screenshot!.indexOf(',') + 1), 'base64')).metadata();
  expect(image.format).toBe('jpeg');
  return { image, rect: own[0]!.rect! };
}

/** The RCSC abbreviation's crop is at least as large as it and its tooltip together. */
async function expectRcscCrop(findings: RawFinding[], marked: MarkedElement[]) {
  const { image } = await cropOf(findings, selectorOf(marked, 'RCSC'));
  const union = await rcscWithTooltip();
  // The trigger alone is 40 px wide and one line high; the tooltip below it is 420 px wide.
  expect(union.width).toBeGreaterThan(400);
  expect(image.width).toBeGreaterThanOrEqual(union.width);
  expect(image.height).toBeGreaterThanOrEqual(union.height);
}

const selectorOf = (marked: MarkedElement[], text: string) =>
  marked.find((entry) => entry.text.startsWith(text))!.selector;

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
  // Screenshots off: no picture taken.
  expect(findings.filter((item) => item.screenshot)).toEqual([]);
});

test('a reported trigger gets one crop of it and its content, within the budget, and the same verdicts', async () => {
  // Six triggers are reported, more than the two crops to spend.
  const budget: ScreenshotBudget = { remaining: 2, taken: new Set() };
  const { findings, rows } = await probeAll(budget);
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
  // The pictures are held, not spent, until the page's crops are handed out.
  expect(findings.filter((item) => item.screenshot)).toEqual([]);
  expect(budget.remaining).toBe(2);
  await handOutCrops(tab.page, findings, budget);
  const crops = new Set(findings.map((item) => item.screenshot).filter(Boolean));
  expect(crops.size).toBe(2);
  expect(budget.remaining).toBe(0);
  // Each crop is counted once, for the findings of one trigger.
  expect(new Set(findings.filter((item) => item.screenshot).map((item) => item.selector)).size).toBe(2);
  expect(budget.taken.size).toBe(findings.filter((item) => item.screenshot).length);
});

test('the crop shows the content as it was shown: a tooltip below its trigger, a ::after above it', async () => {
  const budget: ScreenshotBudget = { remaining: 10, taken: new Set() };
  const { marked, findings } = await probeAll(budget);
  await handOutCrops(tab.page, findings, budget);
  await expectRcscCrop(findings, marked);
  // The first trigger probed draws its tooltip in ::after, 300 px wide and 50 px above its top.
  const apply = await cropOf(findings, selectorOf(marked, 'Apply'));
  expect(apply.image.width).toBeGreaterThanOrEqual(300);
  expect(apply.image.height).toBeGreaterThanOrEqual(apply.rect.height + 50);
});

test("a page audit keeps the probe's crop of the content and spends no more crops than the budget", async () => {
  const url = new URL('/hover.html', server.url).href;
  await tab.page.goto(url, { waitUntil: 'load' });
  const marked = await markedElements(tab.page);
  const budget: ScreenshotBudget = { remaining: 10, taken: new Set() };
  const { findings } = await auditPage(tab, {
    url,
    depth: 0,
    timeoutMs: 30_000,
    context: { url, today: '2026-12-05', localPreview: true },
    screenshots: budget,
    isDisabled: () => false,
    exceptions: [],
  });
  // One crop per reported trigger, shared by its findings and counted once.
  const hover = findings.filter((item) => item.ruleId.startsWith('druk/hover-content-'));
  const triggers = new Set(hover.map((item) => item.selector));
  expect(triggers.size).toBeGreaterThanOrEqual(2);
  expect(hover.every((item) => item.screenshot)).toBe(true);
  expect(new Set(hover.map((item) => item.screenshot)).size).toBe(triggers.size);
  const crops = new Set(findings.map((item) => item.screenshot).filter(Boolean));
  expect(budget.remaining).toBeGreaterThanOrEqual(0);
  expect(crops.size).toBeLessThanOrEqual(10 - budget.remaining);
  // The crops at the end of the page's checks, of the trigger alone, did not replace it.
  await expectRcscCrop(findings, marked);
});

test("a held picture waits its turn: a failure later on the page gets the budget's one crop first", async () => {
  const budget: ScreenshotBudget = { remaining: 1, taken: new Set() };
  const { findings } = await probeAll(budget);
  const reviews = findings.filter((item) => item.status === 'needs-review');
  expect(reviews.length).toBeGreaterThan(0);
  // A failure found after the hover probe (by the widgets check, say), on the page's heading.
  const heading = await tab.page.locator('h1').boundingBox();
  const failure: RawFinding = {
    ruleId: 'druk/fake-button',
    status: 'fail',
    engines: ['druk'],
    pageUrl: tab.page.url(),
    message: 'planted',
    selector: 'h1',
    rect: heading!,
  };
  await handOutCrops(tab.page, [...reviews, failure], budget);
  expect(failure.screenshot).toMatch(/^data:image\/jpeg;base64,/);
  expect(reviews.filter((item) => item.screenshot)).toEqual([]);
  expect(budget.remaining).toBe(0);
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
