// The reading and language checks (packages/audit/src/page/reading-language.js, src/checks/reading.ts and
// src/checks/language.ts) in a real tab on planted pages: every element marked data-expect="<rule ids>" is
// reported under exactly those of the family's rules, and every one marked "pass" under none. The Dzongkha
// page renders real Dzongkha text with the Jomolhari web font of @druk/fonts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readingAndLanguageChecks } from '../../packages/audit/src/checks/reading.ts';
import { auditPage } from '../../packages/audit/src/page/audit-page.ts';
import type { RawFinding } from '../../packages/audit/src/rules/raw.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { serveFiles, type ServedFile } from '../support/static-server.ts';

const FIXTURES = new URL('../../packages/audit/test/fixtures/reading/', import.meta.url);
const fontsRequire = createRequire(new URL('../../packages/fonts/package.json', import.meta.url));
const JOMOLHARI = fontsRequire.resolve('@fontsource/jomolhari/files/jomolhari-tibetan-400-normal.woff2');

let site: ServedAuditTab;

beforeAll(async () => {
  const files: Record<string, ServedFile> = {
    '/jomolhari-tibetan.woff2': { type: 'font/woff2', body: readFileSync(JOMOLHARI) },
  };
  for (const name of readdirSync(FIXTURES)) {
    const body = readFileSync(new URL(name, FIXTURES), 'utf8');
    if (name.endsWith('.html')) files[`/${name}`] = body;
    if (name.endsWith('.svg')) files[`/${name}`] = { type: 'image/svg+xml', body };
  }
  site = await openAuditTab(await serveFiles(files));
});

afterAll(() => site?.close());

interface Marked {
  selector: string;
  expected: string[];
}

/** The page's findings of the family, and its marked elements by selector. */
async function audit(name: string): Promise<{ findings: RawFinding[]; marked: Marked[] }> {
  const url = new URL(name, site.server.url).href;
  await site.tab.page.goto(url, { waitUntil: 'load' });
  await site.tab.page.evaluate(() => document.fonts.ready);
  const marked = await site.tab.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((element) => ({
      selector: (window as unknown as { __drukAudit: { selectorOf(e: Element): string } }).__drukAudit.selectorOf(
        element,
      ),
      expected: element.dataset.expect === 'pass' ? [] : element.dataset.expect!.split(' '),
    })),
  );
  return { findings: await readingAndLanguageChecks(site.tab.page, url), marked };
}

test.each(['reading.html', 'dzongkha.html', 'language.html'])(
  '%s: each planted element is reported under its rules and no other',
  async (name) => {
    const { findings, marked } = await audit(name);
    expect(marked.some((item) => item.expected.length)).toBe(true);
    expect(marked.some((item) => !item.expected.length)).toBe(true);
    const reported = marked.map(({ selector }) => ({
      selector,
      rules: findings
        .filter((finding) => finding.selector === selector)
        .map((finding) => finding.ruleId)
        .sort(),
    }));
    expect(reported).toEqual(marked.map(({ selector, expected }) => ({ selector, rules: [...expected].sort() })));
  },
);

test('reading findings ask for review and carry the measured value', async () => {
  const { findings } = await audit('reading.html');
  expect(new Set(findings.map((finding) => finding.status))).toEqual(new Set(['needs-review']));
  const lineHeight = findings.find((finding) => finding.ruleId === 'reading/line-height')!;
  expect(lineHeight.evidence).toMatchObject({ lineHeight: 1.2, fontSizePx: 16 });
  const lines = findings.find((finding) => finding.ruleId === 'reading/long-lines')!;
  expect(lines.evidence!.charactersPerLine).toBeGreaterThan(100);
  const banner = findings.find((finding) => finding.ruleId === 'reading/background-image-text')!;
  expect(banner.evidence).toMatchObject({ width: 640, height: 160 });
  expect(String(banner.evidence!.imageUrl)).toMatch(/banner\.svg$/);
});

test('Tibetan cut off by a tight box is measured in pixels; Tibetan set smaller gives both sizes', async () => {
  const { findings } = await audit('dzongkha.html');
  const clipped = findings.find((finding) => finding.ruleId === 'reading/tibetan-clipped')!;
  expect(clipped.evidence!.clippedPx).toBeGreaterThanOrEqual(1);
  const smaller = findings.find((finding) => finding.ruleId === 'reading/tibetan-smaller')!;
  expect(smaller.evidence).toMatchObject({ tibetanFontSizePx: 12.8, latinFontSizePx: 16 });
});

test('language: a passage in another script fails, a long one in the wrong language of the same script fails, a shorter one asks for review', async () => {
  const { findings } = await audit('language.html');
  const statusOf = (ruleId: string, text: RegExp) =>
    findings.find((finding) => finding.ruleId === ruleId && text.test(finding.message))?.status;
  expect(statusOf('language/passage-lang-missing', /Nepali/)).toBe('fail');
  expect(statusOf('language/passage-lang-missing', /French/)).toBe('needs-review');
  expect(statusOf('language/wrong-lang', /Hindi/)).toBe('fail');
  expect(statusOf('language/wrong-lang', /English/)).toBe('needs-review');
  expect(statusOf('language/rtl-without-dir', /Right-to-left/)).toBe('fail');
});

test('language: <html lang> that names another language than the page is in fails once, not per passage', async () => {
  const languageFindings = async (name: string) =>
    (await audit(name)).findings.filter((finding) => finding.ruleId.startsWith('language/'));
  const wrong = await languageFindings('language-page-wrong.html');
  expect(wrong.map((finding) => [finding.ruleId, finding.status, finding.evidence?.identified])).toEqual([
    ['language/page-lang-mismatch', 'fail', 'ne'],
  ]);
  expect(await languageFindings('language-page-right.html')).toEqual([]);
});

test('the page audit runs both families on its one load: their rules are run, and a background image to review gets a crop before other reviews', async () => {
  // 5 crops are fewer than the page's reviews: the banner gets one only because its rule is decided on the
  // picture (reviewNeedsPicture), which puts it before the other reviews.
  const url = new URL('reading.html', site.server.url).href;
  const result = await auditPage(site.tab, {
    url,
    depth: 0,
    timeoutMs: 30_000,
    context: { url, today: '2026-12-05', localPreview: true },
    screenshots: { remaining: 5, taken: new Set() },
    isDisabled: () => false,
    exceptions: [],
  });
  expect(result.page.rulesRun).toEqual(
    expect.arrayContaining(['reading/line-height', 'reading/tibetan-clipped', 'language/page-lang-mismatch']),
  );
  const banner = result.findings.find((finding) => finding.ruleId === 'reading/background-image-text');
  expect(banner?.status).toBe('needs-review');
  expect(banner?.screenshot).toMatch(/^data:image\/jpeg;base64,/);
  expect(
    result.findings.filter((finding) => /^(reading|language)\//.test(finding.ruleId) && finding.status === 'fail'),
  ).toEqual([]);
});
