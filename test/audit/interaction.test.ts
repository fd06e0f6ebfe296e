// druk-audit's keyboard and layout checks in a real tab: reflow at 320 CSS px and 200% zoom are measured on
// emulated metrics, and the tab is back at the desktop size afterwards, for the screenshots and the next
// page; focus inside an iframe is not judged from the page around it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { callInPage, layoutChecks } from '../../packages/audit/src/checks/interaction.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { servePages } from '../support/static-server.ts';

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

let site: ServedAuditTab;

beforeAll(async () => {
  site = await openAuditTab(await servePages('Layout', PAGES));
});

afterAll(() => site?.close());

const layoutOf = async (path: string) => {
  await site.tab.page.goto(new URL(path, site.server.url).href, { waitUntil: 'load' });
  const findings = await layoutChecks(site.tab.page, site.tab.session, new URL(path, site.server.url).href);
  const after = await site.tab.page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  return { rules: findings.map((finding) => finding.ruleId), findings, after };
};

test('a fixed-width element fails reflow at 320 px and 200% zoom, and the tab is back at 1280 × 800', async () => {
  const { rules, findings, after } = await layoutOf('/fixed-width/');
  expect(rules).toEqual(['druk/reflow', 'druk/zoom-200']);
  expect(findings[0]?.message).toMatch(/^At 320 CSS px the page is 7\d\dpx wide; right edge at 7\d\dpx of 320px/);
  expect(findings[0]?.selector).toBe('#banner');
  expect(after).toEqual({ width: 1280, height: 800 });
  expect(site.tab.page.viewportSize()).toEqual({ width: 1280, height: 800 });
});

test('a layout that a media query narrows passes, measured at the emulated width', async () => {
  const { rules, after } = await layoutOf('/responsive/');
  expect(rules).toEqual([]);
  expect(after).toEqual({ width: 1280, height: 800 });
});

test('focus inside an iframe is not judged by the styles of the iframe element', async () => {
  await site.tab.page.goto(new URL('/framed/', site.server.url).href, { waitUntil: 'load' });
  await callInPage(site.tab.page, 'snapshotFocusables');
  const frame = site.tab.page.frames()[1]!;
  await frame.evaluate(() => document.querySelector('button')!.focus());
  const state = await callInPage<{ selector: string; visible: boolean; known: boolean }>(site.tab.page, 'focusState');
  expect(state).toMatchObject({ selector: 'html > body > main > iframe', known: true, visible: true });
});
