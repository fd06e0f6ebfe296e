// druk-audit against a site with known, planted problems: every one must be found by the right rule on
// the right page, robots.txt must be respected, and the reports must be written and valid.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BIG_DOWNLOAD_BYTES,
  servePlanted,
  type FixtureServer,
} from '../../packages/audit/test/fixtures/planted-server.ts';
import { audit, REPORT_SCHEMA_VERSION, type Finding, type SiteResult } from '../../packages/audit/src/index.ts';
import { siteFolderName } from '../../packages/audit/src/results/site-folder.ts';
import { calibratedStatus } from '../../packages/audit/src/rules/calibration.ts';
import { launchChromium } from '../../packages/chromium/src/index.js';

/** Rule id → the path of the page it is planted on. */
const PLANTED: [string, string][] = [
  ['axe/image-alt', '/'],
  ['axe/color-contrast', '/'],
  ['druk/focus-visible', '/'],
  ['druk/skip-link-missing', '/no-bypass/'],
  ['druk/reflow', '/'],
  ['druk/zoom-200', '/'],
  ['druk/text-spacing', '/'],
  ['druk/keyboard-trap', '/keyboard-trap/'],
  ['druk/skip-link-broken', '/skip-broken/'],
  ['dzongkha/lang-missing', '/'],
  ['dzongkha/no-webfont', '/dz/'],
  ['dzongkha/page-mostly-english', '/dz/'],
  ['dzongkha/pdf-text-layer', '/'],
  ['downloads/pdf-no-text', '/'],
  ['downloads/large-file', '/'],
  ['freshness/stale-content', '/news/'],
  ['freshness/expired-listing', '/tenders/'],
  ['freshness/under-construction', '/under-construction/'],
  ['standards/utf-8', '/latin1/'],
  ['standards/identity', '/'],
  ['standards/language-switch', '/'],
  ['standards/contact-page', '/'],
  ['standards/contact-phone', '/'],
  ['standards/privacy-policy', '/'],
  ['standards/search', '/'],
  ['security/csp', '/'],
  ['security/framing', '/'],
  ['security/cookie-flags', '/'],
  ['security/form-over-http', '/'],
  ['security/trackers', '/'],
  ['security/outdated-software', '/'],
  ['reliability/http-error', '/missing-page/'],
  ['reliability/broken-link', '/'],
  ['performance/viewport', '/'],
  ['performance/image-dimensions', '/'],
];

let server: FixtureServer;
let outputDir: string;
let site: SiteResult;

beforeAll(async () => {
  server = await servePlanted();
  outputDir = mkdtempSync(join(tmpdir(), 'druk-audit-planted-'));
  const run = await audit({
    sites: [{ url: server.url, name: 'Department of Planted Problems' }],
    outputDir,
    today: '2026-11-28',
    concurrency: 2,
    checkExternalLinks: false,
  });
  site = run.sites[0]!;
});

afterAll(async () => {
  await server?.close();
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

/**
 * The findings of a rule with the status a failure of it is reported with: a failure, or needs review when
 * its rule has no evidence that it spares correct content (src/rules/calibration.ts).
 */
const failures = (ruleId: string): Finding[] =>
  site.findings.filter((finding) => finding.ruleId === ruleId && finding.status === calibratedStatus(ruleId, 'fail'));

describe('finds every planted problem with the right rule', () => {
  test.each(PLANTED)('%s on %s', (ruleId, path) => {
    const found = failures(ruleId);
    expect(found, `no failure of ${ruleId}`).not.toHaveLength(0);
    const pages = found.flatMap((finding) => finding.pages.map((page) => new URL(page).pathname));
    expect(pages).toContain(path);
  });
});

describe('checks the content of iframes with axe and HTML_CodeSniffer', () => {
  test.each([
    ['axe/select-name', 'same-origin', '/embed/feedback/', '127.0.0.1'],
    ['axe/button-name', 'cross-site', '/embed/map/', 'localhost'],
  ])(
    '%s in a %s iframe, found by both engines as one finding named by the iframe and its URL',
    (ruleId, _kind, framePath, frameHost) => {
      const [found, ...others] = failures(ruleId);
      expect(others).toHaveLength(0);
      expect(found?.engines).toEqual(['axe', 'htmlcs']);
      expect(found?.pages.map((page) => new URL(page).pathname)).toEqual(['/']);
      const frameUrl = new URL(String(found?.evidence?.frame));
      expect([frameUrl.hostname, frameUrl.pathname]).toEqual([frameHost, framePath]);
      expect(found?.occurrences[0]?.selector).toMatch(/ > iframe:nth-of-type\(\d\) \|> \S/);
    },
  );
});

test('finds Dzongkha text not marked lang="dz" inside a cross-site iframe', () => {
  const inFrame = failures('dzongkha/lang-missing').filter((finding) =>
    finding.occurrences.some((occurrence) => occurrence.selector?.includes(' > iframe:nth-of-type(2) |> ')),
  );
  expect(inFrame.map((finding) => finding.pages.map((page) => new URL(page).pathname))).toEqual([['/']]);
  expect(inFrame[0]?.occurrences[0]?.selector).toMatch(/\|> html > body > p:nth-of-type\(2\)$/);
});

test('respects robots.txt (Disallow: /private/)', () => {
  const paths = site.pages.map((page) => new URL(page.url).pathname);
  expect(paths).toContain('/keyboard-trap/');
  expect(paths).not.toContain('/private/');
});

test('records downloads with their size and PDF text layer', () => {
  const scanned = site.downloads?.find((download) => download.url.endsWith('/docs/scanned.pdf'));
  expect(scanned?.info?.pdf).toMatchObject({ pages: 1, textChars: 0 });
  const big = site.downloads?.find((download) => download.url.endsWith('/docs/big.zip'));
  expect(big?.info?.bytes).toBe(BIG_DOWNLOAD_BYTES);
});

test('merges axe and HTML_CodeSniffer reports of the same element into one finding', () => {
  const missingAlt = failures('axe/image-alt');
  expect(missingAlt).toHaveLength(1);
  expect(missingAlt[0]!.engines).toEqual(['axe', 'htmlcs']);
});

test('records the evidence of standards it finds, apart from failures', () => {
  const about = site.passes.find((finding) => finding.ruleId === 'standards/about-page');
  expect(about?.message).toContain('/about/');
  expect(site.findings.every((finding) => finding.status !== 'pass')).toBe(true);
});

test('explains the score: each category is 100 minus its deductions', () => {
  for (const category of site.score.categories) {
    const lost = category.deductions.reduce((sum, deduction) => sum + deduction.points, 0);
    expect(category.score).toBeCloseTo(Math.max(0, 100 - lost), 0);
  }
  expect(site.score.band).not.toBe('excellent');
});

test('writes the JSON report with the schema version and a CSV with one row per finding', () => {
  const dir = join(outputDir, siteFolderName(server.url));
  const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as SiteResult;
  expect(json.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  expect(json.findings.length).toBe(site.findings.length);
  const csv = readFileSync(join(dir, 'findings.csv'), 'utf8').trim().split('\r\n');
  expect(csv.length).toBe(site.findings.length + 1);
  expect(existsSync(join(outputDir, 'summary.csv'))).toBe(true);
});

describe('the HTML report', () => {
  let browser: Browser;
  let html: string;
  beforeAll(async () => {
    browser = await launchChromium();
    html = readFileSync(join(outputDir, siteFolderName(server.url), 'report.html'), 'utf8');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('is self-contained: no external scripts, styles, images or fonts', () => {
    expect(html).not.toMatch(/<script|<link\s|@import|url\(\s*['"]?https?:/i);
    expect(html).not.toMatch(/<img[^>]+src="https?:/i);
    expect(html).toContain('data:image/jpeg;base64,');
  });

  test('makes no network request when opened, and passes axe', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && !request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${join(outputDir, siteFolderName(server.url), 'report.html')}`);
    expect(requests).toEqual([]);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
    await context.close();
  });

  test('has a Dzongkha summary marked lang="dz"', () => {
    expect(html).toMatch(/<section lang="dz"[^>]*>\s*<h2[^>]*>[\u0F00-\u0FFF]/);
  });
});
