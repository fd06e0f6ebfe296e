// The links-and-documents and motion-and-time checks in a real tab, on planted pages: every element marked
// data-expect="<rule>=fail|review|pass" must get a finding of that rule with that status (fail, needs-review),
// or none for pass. The pages' animated images and sounds are made by test/fixtures/animation.ts.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { linkChecks, motionChecks, movingContentChecks } from '../../packages/audit/src/checks/links-motion.ts';
import type { RawFinding } from '../../packages/audit/src/rules/raw.ts';
import { animatedImage, apng, wavTone, type Colour } from '../../packages/audit/test/fixtures/animation.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { markedElements, verdictRows } from '../support/data-expect.ts';
import { serveFiles, type ServedFile } from '../support/static-server.ts';

const FIXTURES = new URL('../../packages/audit/test/fixtures/links-motion/', import.meta.url);
const alternate = (a: Colour, b: Colour, count: number) =>
  Array.from({ length: count }, (_, index) => (index % 2 ? b : a));
const BLACK: Colour = [0, 0, 0];
const WHITE: Colour = [255, 255, 255];

let site: ServedAuditTab;

beforeAll(async () => {
  const calm = alternate([200, 120, 0], [0, 120, 200], 6);
  const files: Record<string, ServedFile> = {
    '/img/flash.gif': {
      type: 'image/gif',
      body: await animatedImage({ frames: alternate(BLACK, WHITE, 10), delayMs: 100, loop: 0 }, 'gif'),
    },
    '/img/red-flash.png': {
      type: 'image/png',
      body: apng({ frames: alternate([255, 0, 0], [100, 100, 100], 10), delayMs: 100, loop: 0 }),
    },
    '/img/loop.webp': {
      type: 'image/webp',
      body: await animatedImage({ frames: calm, delayMs: 500, loop: 0 }, 'webp'),
    },
    '/img/loop.gif': { type: 'image/gif', body: await animatedImage({ frames: calm, delayMs: 500, loop: 0 }, 'gif') },
    '/img/short.gif': { type: 'image/gif', body: await animatedImage({ frames: calm, delayMs: 200, loop: 2 }, 'gif') },
    '/media/tone-4s.wav': { type: 'audio/wav', body: wavTone(4) },
    '/media/tone-2s.wav': { type: 'audio/wav', body: wavTone(2) },
    '/links.html': readFileSync(new URL('links.html', FIXTURES), 'utf8'),
    '/motion.html': readFileSync(new URL('motion.html', FIXTURES), 'utf8'),
    '/moving.html': readFileSync(new URL('moving.html', FIXTURES), 'utf8'),
    '/gliding.html': readFileSync(new URL('gliding.html', FIXTURES), 'utf8'),
    '/css-moving.html': readFileSync(new URL('css-moving.html', FIXTURES), 'utf8'),
  };
  site = await openAuditTab(await serveFiles(files));
});

afterAll(() => site?.close());

/** Per marked element and rule: what it was expected to get and what it got. */
async function outcomes(name: string, run: (url: string) => Promise<RawFinding[]>) {
  const url = new URL(name, site.server.url).href;
  await site.tab.page.goto(url, { waitUntil: 'load' });
  const findings = await run(url);
  return { rows: verdictRows(await markedElements(site.tab.page), findings), findings };
}

test('links: nowhere, new windows, adjacent duplicates, documents, recordings and images behind links', async () => {
  const { rows } = await outcomes('links.html', (url) => linkChecks(site.tab.page, site.tab.session, url));
  expect(rows.length).toBeGreaterThan(25);
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
});

test('motion: flashing and long animations, autoplaying sound, carousels', async () => {
  const { rows, findings } = await outcomes('motion.html', (url) => motionChecks(site.tab.page, url));
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
  const flash = findings.find((item) => item.ruleId === 'motion/flashing' && item.evidence?.format === 'gif');
  expect(flash?.evidence).toMatchObject({ flashesPerSecond: 5, threshold: 'general' });
  const red = findings.find((item) => item.ruleId === 'motion/flashing' && item.evidence?.format === 'apng');
  expect(red?.evidence).toMatchObject({ threshold: 'red' });
});

test('moving content: regions that change by themselves, found by what they do', async () => {
  // The slides advance every 700 ms. The page is watched from `load`; 2 s stand for the audit's other checks.
  const { rows, findings } = await outcomes('moving.html', async (url) => {
    await site.tab.page.waitForTimeout(2000);
    return movingContentChecks(site.tab.page, url, { maxWaitMs: 3000, hintWindowMs: 3000 });
  });
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
  expect(findings[0]?.evidence).toMatchObject({ detectedBy: 'behaviour', reducedMotion: null });
  expect(Number(findings[0]?.evidence?.intervalMs)).toBeGreaterThan(400);
});

test('moving content read late: a region still moving many steps after load is seen, as on a fast run', async () => {
  // Each step of this line is six changes, one a second: the first 40 were all made within 7.3 s of load. A
  // slow audit reads the page 10 s after load; its latest steps must be there.
  const { rows } = await outcomes('gliding.html', async (url) => {
    await site.tab.page.waitForTimeout(10_000);
    return movingContentChecks(site.tab.page, url, { maxWaitMs: 3000, hintWindowMs: 3000 });
  });
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
});

test('moving content done in CSS: tickers and a slide show that change no attribute, not spinners or fades', async () => {
  const { rows, findings } = await outcomes('css-moving.html', (url) =>
    movingContentChecks(site.tab.page, url, { maxWaitMs: 3000, hintWindowMs: 3000 }),
  );
  expect(rows.map((row) => row.got)).toEqual(rows.map((row) => row.expected));
  const ticker = findings.find((item) => item.evidence?.animation === 'ticker');
  expect(ticker?.evidence).toMatchObject({ detectedBy: 'animation', cycleMs: 20000, forever: true });
  expect(ticker?.evidence?.properties).toBe('transform');
  expect(ticker?.evidence?.pausesOnHover).toBe(false);
  const stopsForPointer = findings.filter((item) => item.evidence?.pausesOnHover === true);
  expect(stopsForPointer.map((item) => item.message)).toEqual([expect.stringMatching(/keyboard and touch users/)]);
  expect(findings.find((item) => item.evidence?.animation === 'slide')?.evidence).toMatchObject({ cycleMs: 15000 });
  const slides = findings.find((item) => item.evidence?.animation === 'fade-slide');
  expect(slides?.evidence).toMatchObject({ slides: 3, properties: 'opacity' });
});
