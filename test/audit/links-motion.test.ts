// The links-and-documents and motion-and-time checks in a real tab, on planted pages: every element marked
// data-expect="<rule>=fail|review|pass" must get a finding of that rule with that status (fail, needs-review),
// or none for pass. The pages' animated images and sounds are made by test/fixtures/animation.ts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchAuditBrowser } from '../../packages/audit/src/browser.ts';
import { linkChecks, motionChecks } from '../../packages/audit/src/checks/links-motion.ts';
import { openTab, type AuditTab } from '../../packages/audit/src/page/audit-page.ts';
import type { RawFinding } from '../../packages/audit/src/rules/raw.ts';
import { animatedImage, apng, wavTone, type Colour } from '../../packages/audit/test/fixtures/animation.ts';
import { listenOnLoopback, type LoopbackServer } from '../support/loopback.ts';

const FIXTURES = new URL('../../packages/audit/test/fixtures/links-motion/', import.meta.url);
const alternate = (a: Colour, b: Colour, count: number) =>
  Array.from({ length: count }, (_, index) => (index % 2 ? b : a));
const BLACK: Colour = [0, 0, 0];
const WHITE: Colour = [255, 255, 255];

let server: LoopbackServer;
let browser: Browser;
let tab: AuditTab;

beforeAll(async () => {
  const calm = alternate([200, 120, 0], [0, 120, 200], 6);
  const files: Record<string, [string, Buffer]> = {
    '/img/flash.gif': [
      'image/gif',
      await animatedImage({ frames: alternate(BLACK, WHITE, 10), delayMs: 100, loop: 0 }, 'gif'),
    ],
    '/img/red-flash.png': [
      'image/png',
      apng({ frames: alternate([255, 0, 0], [100, 100, 100], 10), delayMs: 100, loop: 0 }),
    ],
    '/img/loop.webp': ['image/webp', await animatedImage({ frames: calm, delayMs: 500, loop: 0 }, 'webp')],
    '/img/loop.gif': ['image/gif', await animatedImage({ frames: calm, delayMs: 500, loop: 0 }, 'gif')],
    '/img/short.gif': ['image/gif', await animatedImage({ frames: calm, delayMs: 200, loop: 2 }, 'gif')],
    '/media/tone-4s.wav': ['audio/wav', wavTone(4)],
    '/media/tone-2s.wav': ['audio/wav', wavTone(2)],
  };
  server = await listenOnLoopback(
    createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0]!;
      const file = files[path];
      if (file) {
        response.writeHead(200, { 'content-type': file[0], 'content-length': file[1].length });
        response.end(file[1]);
      } else if (/^\/(links|motion)\.html$/.test(path)) {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(readFileSync(new URL(path.slice(1), FIXTURES)));
      } else {
        response.writeHead(404).end();
      }
    }),
  );
  browser = await launchAuditBrowser([server.url]);
  tab = await openTab(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const STATUS = { fail: 'fail', review: 'needs-review' } as const;

/** Per marked element and rule: what it was expected to get and what it got. */
async function outcomes(name: string, run: (url: string) => Promise<RawFinding[]>) {
  const url = new URL(name, server.url).href;
  await tab.page.goto(url, { waitUntil: 'load' });
  const findings = await run(url);
  const marked = await tab.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((element) => ({
      selector: (window as unknown as { __drukAudit: { selectorOf(e: Element): string } }).__drukAudit.selectorOf(
        element,
      ),
      text: (element.textContent || element.getAttribute('alt') || element.getAttribute('src') || '')
        .trim()
        .slice(0, 40),
      expectations: element.dataset.expect!.split(/\s+/).map((entry) => entry.split('=') as [string, string]),
    })),
  );
  const rows = marked.flatMap(({ selector, text, expectations }) =>
    expectations.map(([ruleId, verdict]) => {
      const got = findings
        .filter((item) => item.selector === selector && item.ruleId === ruleId)
        .map((item) => item.status);
      const expected = verdict === 'pass' ? [] : [STATUS[verdict as keyof typeof STATUS]];
      return { expected: `${ruleId} ${text}: ${expected.join()}`, got: `${ruleId} ${text}: ${got.join()}` };
    }),
  );
  return { rows, findings };
}

test('links: nowhere, new windows, adjacent duplicates, documents, recordings and images behind links', async () => {
  const { rows } = await outcomes('links.html', (url) => linkChecks(tab.page, tab.session, url));
  expect(rows.length).toBeGreaterThan(25);
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
});

test('motion: flashing and long animations, autoplaying sound, carousels', async () => {
  const { rows, findings } = await outcomes('motion.html', (url) => motionChecks(tab.page, url));
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
  const flash = findings.find((item) => item.ruleId === 'motion/flashing' && item.evidence?.format === 'gif');
  expect(flash?.evidence).toMatchObject({ flashesPerSecond: 5, threshold: 'general' });
  const red = findings.find((item) => item.ruleId === 'motion/flashing' && item.evidence?.format === 'apng');
  expect(red?.evidence).toMatchObject({ threshold: 'red' });
});
