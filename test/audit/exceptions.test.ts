// druk-audit's exceptions on the planted site: findings a site's configuration sets aside (by rule and
// element, or by rule and page) leave the findings and the score, and are listed with their reasons.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { servePlanted, type FixtureServer } from '../../packages/audit/test/fixtures/planted-server.ts';
import { audit, REPORT_SCHEMA_VERSION, type SiteResult } from '../../packages/audit/src/index.ts';
import { siteFolderName } from '../../packages/audit/src/results/site-folder.ts';
import { launchChromium } from '../../packages/chromium/src/index.js';

let server: FixtureServer;
let outputDir: string;
let site: SiteResult;

const EXCEPTIONS = [
  // Same selector as the next, another rule: must not take the image's finding.
  { rule: 'axe/link-name', selector: 'header', reason: 'Header links are checked by the portal team' },
  { rule: 'axe/image-alt', selector: 'header', reason: 'The logo is repeated as text beside it' },
  { rule: 'druk/', pages: '/keyboard-trap/', reason: 'A dialog under repair, tracked as ticket 42' },
  { rule: 'axe/color-contrast', selector: '.no-such-element', reason: 'Matches nothing' },
  // The cross-site map's iframe: every axe finding inside that frame.
  { rule: 'axe/', selector: 'iframe[title="Office map"]', reason: 'Map supplied by another agency' },
];

beforeAll(async () => {
  server = await servePlanted();
  outputDir = mkdtempSync(join(tmpdir(), 'druk-audit-exceptions-'));
  const run = await audit({
    sites: [{ url: server.url }],
    outputDir,
    today: '2026-11-28',
    concurrency: 2,
    checkExternalLinks: false,
    screenshots: false,
    formats: ['json', 'html'],
    exceptions: EXCEPTIONS,
  });
  site = run.sites[0]!;
});

afterAll(async () => {
  await server?.close();
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

const reported = (ruleId: string, path: string) =>
  site.findings.some(
    (finding) => finding.ruleId === ruleId && finding.pages.some((page) => new URL(page).pathname === path),
  );

test('a finding on an element inside the selector is set aside by the exception for its rule', () => {
  expect(reported('axe/image-alt', '/')).toBe(false);
  const [linkName, imageAlt] = site.exceptions!;
  expect(imageAlt).toMatchObject({ rule: 'axe/image-alt', occurrences: 1, pageUrls: [new URL('/', server.url).href] });
  expect(linkName?.occurrences).toBe(0);
});

test('a rule prefix with a page pattern sets aside every finding of those rules on those pages only', () => {
  expect(reported('druk/keyboard-trap', '/keyboard-trap/')).toBe(false);
  expect(site.exceptions![2]?.pageUrls).toEqual([new URL('/keyboard-trap/', server.url).href]);
  expect(reported('druk/focus-visible', '/')).toBe(true);
});

test('a selector that matches an iframe sets aside the findings inside it, and only those', () => {
  expect(site.findings.filter((finding) => finding.ruleId === 'axe/button-name')).toEqual([]);
  expect(site.exceptions![4]?.occurrences).toBeGreaterThanOrEqual(1);
  // The same-origin feedback frame is another iframe: its finding stays.
  expect(reported('axe/select-name', '/')).toBe(true);
});

test('an exception that matches nothing sets nothing aside and is still listed', () => {
  expect(reported('axe/color-contrast', '/')).toBe(true);
  expect(site.exceptions![3]).toMatchObject({ occurrences: 0, pageUrls: [], reason: 'Matches nothing' });
});

test('set-aside findings cost no points: nothing in the deductions names them', () => {
  const deducted = site.score.categories.flatMap((category) => category.deductions.map((item) => item.ruleId));
  expect(deducted).not.toContain('axe/image-alt');
  expect(deducted).not.toContain('druk/keyboard-trap');
});

test('the JSON and HTML reports list every exception with its reason', () => {
  const dir = join(outputDir, siteFolderName(site.site.url));
  const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as SiteResult;
  expect(json.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
  expect(json.exceptions?.map((exception) => exception.reason)).toEqual(EXCEPTIONS.map((item) => item.reason));
  const html = readFileSync(join(dir, 'report.html'), 'utf8');
  expect(html).toContain('<h2>Set aside by exceptions</h2>');
  for (const { reason } of EXCEPTIONS) expect(html).toContain(reason);
});

test('the HTML report with its exceptions table passes axe', async () => {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`file://${join(outputDir, siteFolderName(site.site.url), 'report.html')}`);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
  } finally {
    await browser.close();
  }
});
