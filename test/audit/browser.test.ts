// The audit browser's command line, read back from the running Chromium process (/proc, Linux): Chromium
// keeps only the last --disable-features switch, so the audit's must carry every feature Playwright turns
// off as well as its own. A Playwright upgrade that changes its list fails here. Also: which documents of an
// audit tab get the engines.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import {
  AUDIT_DISABLED_FEATURES,
  PLAYWRIGHT_DISABLED_FEATURES,
  launchAuditBrowser,
} from '../../packages/audit/src/browser.ts';
import { openTab } from '../../packages/audit/src/page/audit-page.ts';
import { chromiumLaunchOptions } from '../../packages/chromium/src/index.js';

/** Arguments of the browser processes this test process started. */
function childBrowserArguments(): string[][] {
  const found: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after "(comm) ": state, then the parent's pid.
      const parent = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      if (parent !== process.pid) continue;
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.some((arg) => arg.startsWith('--remote-debugging-pipe'))) found.push(args);
    } catch {
      // The process ended while the list was read.
    }
  }
  return found;
}

const disabledFeatureSwitches = (args: string[]) =>
  args.filter((arg) => arg.startsWith('--disable-features=')).map((arg) => arg.slice('--disable-features='.length));

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

test("Playwright's own disabled features are the list the audit repeats", async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  const [args] = childBrowserArguments();
  expect(args, 'the launched Chromium process').toBeDefined();
  expect(disabledFeatureSwitches(args!).map((list) => list.split(','))).toEqual([[...PLAYWRIGHT_DISABLED_FEATURES]]);
});

test("the audit browser has one --disable-features switch with Playwright's features and its own", async () => {
  browser = await launchAuditBrowser(['http://127.0.0.1/']);
  const [args] = childBrowserArguments();
  expect(args, 'the launched Chromium process').toBeDefined();
  const switches = disabledFeatureSwitches(args!);
  expect(switches).toHaveLength(1);
  expect(switches[0]!.split(',')).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...AUDIT_DISABLED_FEATURES]);
});

test('an audit tab sets up the engines in pages and their blank iframes, not in the blank document between pages', async () => {
  browser = await launchAuditBrowser(['http://127.0.0.1/']);
  const tab = await openTab(browser);
  await tab.page.goto('about:blank');
  expect(await tab.page.evaluate(() => 'axe' in window || '__drukAudit' in window)).toBe(false);
  await tab.page.goto('data:text/html,<iframe src="about:blank"></iframe>');
  expect(await tab.page.evaluate(() => '__drukAudit' in window)).toBe(true);
  const frame = tab.page.frames()[1]!;
  expect(frame.url()).toBe('about:blank');
  expect(await frame.evaluate(() => '__drukAudit' in window)).toBe(true);
});
