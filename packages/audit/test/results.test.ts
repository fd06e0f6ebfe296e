import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { evaluateCi, loadBaseline } from '../src/ci.ts';
import { main } from '../src/cli.ts';
import type { CliIO } from '../src/cli-commands.ts';
import { ConfigError, parseCsv, parseOptions, parseRubric, parseSitesCsv } from '../src/config.ts';
import { Progress } from '../src/progress.ts';
import { csvCell } from '../src/report/csv.ts';
import { findingsCsv, summaryCsv } from '../src/report/write.ts';
import { escapeHtml, renderHtmlReport } from '../src/report/html.ts';
import { mergeFindings, RuleBook } from '../src/results/merge.ts';
import { bandFor, categoryWeights, DEFAULT_RUBRIC, loadRubric, scoreSite } from '../src/results/scoring.ts';
import { engineFindings } from '../src/rules/engines.ts';
import type { RawFinding } from '../src/rules/raw.ts';
import { OWN_RULES } from '../src/rules/rules.ts';
import { CATEGORY_IDS, REPORT_SCHEMA_VERSION, type AuditRunResult, type SiteResult } from '../src/types.ts';

const temp = mkdtempSync(join(tmpdir(), 'druk-audit-unit-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('options', () => {
  test('fills defaults', () => {
    const options = parseOptions({ sites: [{ url: 'https://moic.gov.bt/' }] });
    expect(options).toMatchObject({
      maxPages: 50,
      concurrency: 3,
      formats: ['html', 'json', 'csv'],
      ignoreRobots: false,
    });
  });
  test('names every bad field', () => {
    const error = (() => {
      try {
        parseOptions({ sites: [{ url: 'ftp://x' }], maxPages: -1, include: ['('], colour: 'red' });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toMatch(/sites\.0\.url/);
    expect(error?.message).toMatch(/maxPages/);
    expect(error?.message).toMatch(/include\.0: is not a valid regular expression/);
    expect(error?.message).toMatch(/colour|unrecognized/i);
  });
  test('takes exceptions that say where and why, and names the one that does not', () => {
    const valid = { rule: 'axe/image-alt', selector: '.partner-logos', reason: 'Logos repeated in the text' };
    expect(parseOptions({ exceptions: [valid] }).exceptions).toEqual([valid]);
    const message = (() => {
      try {
        parseOptions({
          exceptions: [valid, { rule: 'axe/region', reason: 'everywhere' }, { rule: 'druk/', pages: '(' }],
        });
      } catch (caught) {
        return (caught as Error).message;
      }
    })();
    expect(message).toMatch(/exceptions\.1: give a selector or pages/);
    expect(message).toMatch(/exceptions\.2\.pages: is not a valid regular expression/);
    expect(message).toMatch(/exceptions\.2\.reason/);
    expect(message).not.toMatch(/exceptions\.0/);
  });
  test('reads sites.csv with quoted fields and reports a missing url column', () => {
    expect(parseCsv('a,"b,""c"""\r\n1,2\n')).toEqual([
      ['a', 'b,"c"'],
      ['1', '2'],
    ]);
    expect(parseSitesCsv('name,url,category\n"Ministry of Health, MoH",https://moh.gov.bt/,ministry\n')).toEqual([
      { name: 'Ministry of Health, MoH', url: 'https://moh.gov.bt/', category: 'ministry' },
    ]);
    expect(() => parseSitesCsv('name,link\nA,https://a.bt/')).toThrow(/no "url" column/);
    expect(() => parseSitesCsv('url,name\nhttps://a.bt/,A\nhttps://b.bt/,"B\nhttps://c.bt/,C\n', 'sites.csv')).toThrow(
      'sites.csv line 3: a quoted value is never closed (a " is missing)',
    );
  });
});

describe('scoring', () => {
  const rules = new RuleBook();
  const raw = (ruleId: string, page: string, extra: Partial<RawFinding> = {}): RawFinding => ({
    ruleId,
    status: 'fail',
    engines: ['druk'],
    pageUrl: page,
    message: ruleId,
    selector: 'header > img',
    ...extra,
  });

  test('merges one problem on many pages, and keeps needs-review apart', () => {
    const merged = mergeFindings(
      [
        raw('druk/reflow', 'https://x.bt/b'),
        raw('druk/reflow', 'https://x.bt/a'),
        raw('druk/reflow', 'https://x.bt/a', { selector: 'footer a' }),
        raw('reliability/broken-link', 'https://x.bt/a', { status: 'needs-review', groupKey: 'https://other.bt/' }),
      ],
      rules,
    );
    expect(merged).toHaveLength(3);
    const header = merged.find((finding) => finding.occurrences[0]?.selector === 'header > img');
    expect(header?.pages).toEqual(['https://x.bt/a', 'https://x.bt/b']);
    expect(merged.find((finding) => finding.status === 'needs-review')?.ruleId).toBe('reliability/broken-link');
  });

  test('deducts by severity plus extra pages, caps per finding, and ignores needs-review', () => {
    const findings = mergeFindings(
      [
        raw('reliability/http-error', 'https://x.bt/a'),
        ...Array.from({ length: 100 }, (_, index) => raw('druk/reflow', `https://x.bt/p${index}`)),
        raw('security/csp', 'https://x.bt/', { status: 'needs-review' }),
      ],
      rules,
    );
    const score = scoreSite(findings, DEFAULT_RUBRIC);
    const usability = score.categories.find((category) => category.category === 'usability-reliability')!;
    expect(usability.deductions.map((deduction) => [deduction.ruleId, deduction.points])).toEqual([
      ['druk/reflow', 25],
      ['reliability/http-error', 10],
    ]);
    expect(usability.score).toBe(65);
    expect(score.categories.find((category) => category.category === 'security-privacy')).toMatchObject({
      score: 100,
      needsReview: 1,
    });
    expect(score.overall).toBeCloseTo((65 + 500) / 6, 1);
    expect(scoreSite(findings, DEFAULT_RUBRIC, true).overall).toBe(0);
  });

  test('rubrics: relative weights, descending bands, a clear error when wrong', async () => {
    const rubric = parseRubric({ name: 'security first', weights: { 'security-privacy': 5 } });
    const weights = categoryWeights(rubric);
    expect(weights['security-privacy']).toBeCloseTo(0.5);
    expect(Object.values(weights).reduce((sum, weight) => sum + weight, 0)).toBeCloseTo(1);
    expect(bandFor(89.9, DEFAULT_RUBRIC)).toBe('very-good');
    expect(bandFor(90, DEFAULT_RUBRIC)).toBe('excellent');
    expect(bandFor(10, DEFAULT_RUBRIC)).toBe('poor');
    const file = join(temp, 'rubric.json');
    writeFileSync(file, JSON.stringify({ name: 'bad', bands: { excellent: 50, 'very-good': 60, good: 40, fair: 20 } }));
    await expect(loadRubric(file)).rejects.toThrow(/rubric file [^]*bands: must descend/);
  });
});

test('HTML_CodeSniffer errors on an element axe already reported merge into the axe finding', () => {
  const { findings, rules } = engineFindings('https://x.bt/', {
    axe: [
      {
        id: 'image-alt',
        status: 'fail',
        impact: 'critical',
        tags: ['wcag2a', 'wcag111'],
        help: 'Images must have alternative text',
        description: 'Ensures <img> elements have alternate text',
        helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/image-alt?application=axeAPI',
        nodes: [{ selector: 'header > img' }],
      },
    ],
    htmlcs: [
      {
        code: 'WCAG2AA.Principle1.Guideline1_1.1_1_1.H37',
        selector: 'header > img',
        message: 'Img element missing an alt attribute.',
      },
      {
        code: 'WCAG2AA.Principle3.Guideline3_2.3_2_2.H32.2',
        selector: 'form',
        message: 'This form does not contain a submit button.',
      },
    ],
  });
  expect(findings.map((finding) => [finding.ruleId, finding.engines.join('+')])).toEqual([
    ['axe/image-alt', 'axe+htmlcs'],
    ['htmlcs/3.2.2-H32.2', 'htmlcs'],
  ]);
  expect(rules.find((rule) => rule.id === 'axe/image-alt')?.references[0]).toEqual({
    standard: 'WCAG 2.2',
    criterion: '1.1.1',
  });
});

test('every own rule has a category, help, why, fix and a unique id', () => {
  const ids = OWN_RULES.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const rule of OWN_RULES) {
    expect(CATEGORY_IDS).toContain(rule.category);
    expect(rule.help.length && rule.why.length && rule.fix.length, rule.id).toBeGreaterThan(0);
  }
});

// Rules written before reports showed Dzongkha help; every rule added since carries it.
const RULES_WITH_ENGLISH_HELP_ONLY = new Set(
  `druk/focus-visible druk/skip-link-missing druk/skip-link-broken druk/keyboard-trap druk/label-in-name druk/orientation-lock druk/line-height-locked druk/header-without-cells druk/gradient-contrast druk/reflow druk/zoom-200 druk/text-spacing standards/identity standards/language-switch standards/about-page standards/services-page standards/contact-page standards/contact-phone standards/contact-email standards/feedback standards/search standards/sitemap standards/privacy-policy standards/terms-policies standards/accessibility-statement standards/last-updated standards/utf-8 standards/feed dzongkha/lang-missing dzongkha/page-mostly-english dzongkha/no-webfont dzongkha/pdf-text-layer freshness/stale-content freshness/expired-listing freshness/under-construction security/https security/certificate security/http-redirect security/hsts security/csp security/framing security/mixed-content security/cookie-flags security/outdated-software security/trackers security/form-over-http reliability/http-error reliability/page-failed tool/page-error tool/check-error reliability/broken-link performance/page-weight performance/request-count performance/slow-response performance/image-dimensions performance/viewport downloads/large-file downloads/pdf-no-text`.split(
    ' ',
  ),
);

test('every rule added since Dzongkha help came has it, in Tibetan script', () => {
  const missing = OWN_RULES.filter(
    (rule) => !RULES_WITH_ENGLISH_HELP_ONLY.has(rule.id) && !/[\u0F00-\u0FFF]{3}/.test(rule.helpDz ?? ''),
  ).map((rule) => rule.id);
  expect(missing).toEqual([]);
});

function siteResult(overrides: Partial<SiteResult> = {}): SiteResult {
  const findings = mergeFindings(
    [
      {
        ruleId: 'druk/reflow',
        status: 'fail',
        engines: ['druk'],
        pageUrl: 'https://x.bt/',
        message: 'Wide, "quoted", <b>',
        selector: 'div',
      },
      {
        ruleId: 'security/csp',
        status: 'fail',
        engines: ['druk'],
        pageUrl: 'https://x.bt/',
        message: 'No CSP',
        groupKey: 'csp',
      },
    ],
    new RuleBook(),
  );
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    site: { url: 'https://x.bt/', name: 'X <Agency>', origin: 'https://x.bt' },
    startedAt: '2026-11-28T10:00:00.000Z',
    finishedAt: '2026-11-28T10:01:00.000Z',
    durationMs: 60_000,
    tool: { name: 'druk-audit', version: '0.1.0' },
    truncated: false,
    pages: [],
    findings,
    passes: [],
    score: scoreSite(findings, DEFAULT_RUBRIC),
    rules: OWN_RULES.filter((rule) => rule.id === 'druk/reflow' || rule.id === 'security/csp'),
    summary: {
      pagesAudited: 1,
      pagesFailed: 0,
      failures: 2,
      needsReview: 0,
      bySeverity: { critical: 0, serious: 1, moderate: 1, minor: 0 },
    },
    ...overrides,
  };
}

test('CSV quotes what needs quoting; the HTML report escapes page content', () => {
  expect(csvCell('a,"b"')).toBe('"a,""b"""');
  expect(findingsCsv(siteResult()).split('\r\n')[1]).toContain('"Wide, ""quoted"", <b>"');
  const html = renderHtmlReport(siteResult());
  expect(html).toContain('X &lt;Agency&gt;');
  expect(html).toContain('Wide, &quot;quoted&quot;, &lt;b&gt;');
  expect(html).not.toContain('<b>');
  expect(escapeHtml(`<a href="x">'`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;');
});

test('findings.csv and summary.csv neutralise text a spreadsheet would run as a formula, numbers stay numbers', () => {
  const findings = mergeFindings(
    [
      {
        ruleId: 'druk/reflow',
        status: 'fail',
        engines: ['druk'],
        pageUrl: 'https://x.bt/',
        message: '=HYPERLINK("http://evil")',
      },
    ],
    new RuleBook(),
  );
  const result = siteResult({
    findings,
    site: { url: 'https://x.bt/', origin: 'https://x.bt', name: '@SUM(A1:A9)', category: '+cmd|calc' },
  });
  const findingRow = parseCsv(findingsCsv(result))[1]!;
  expect(findingRow).toContain(`'=HYPERLINK("http://evil")`);
  const summary = parseCsv(
    summaryCsv({ schemaVersion: REPORT_SCHEMA_VERSION, startedAt: '', finishedAt: '', sites: [result] }),
  );
  expect(summary[1]!.slice(0, 3)).toEqual(["'@SUM(A1:A9)", 'https://x.bt/', "'+cmd|calc"]);
  for (const start of ['-', '\t', '\r']) expect(csvCell(`${start}1+1`)).toMatch(/^"?'/);
  expect(csvCell(-3)).toBe('-3');
});

test('the HTML report never skips a heading level, with failures and items that need review', () => {
  const findings = mergeFindings(
    [
      { ruleId: 'druk/reflow', status: 'fail', engines: ['druk'], pageUrl: 'https://x.bt/', message: 'Wide' },
      {
        ruleId: 'security/certificate',
        status: 'needs-review',
        engines: ['druk'],
        pageUrl: 'https://x.bt/',
        message: 'The certificate expires on 2026-12-05, in 7 days',
      },
    ],
    new RuleBook(),
  );
  const html = renderHtmlReport(siteResult({ findings, score: scoreSite(findings, DEFAULT_RUBRIC) }));
  const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((match) => Number(match[1]));
  expect(levels).toContain(4);
  levels.forEach((level, index) => expect(level, `heading ${index}`).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1));
  // The review card sits under "Needs review" (h2) as an h3.
  expect(html).toMatch(/<h2>Needs review<\/h2>\s*<p>[^<]*<\/p>\s*<article class="finding [a-z]+" id="f-[^"]+">\s*<h3>/);
});

test('CI thresholds name the site and the broken threshold', () => {
  const run: AuditRunResult = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    startedAt: '',
    finishedAt: '',
    sites: [siteResult()],
  };
  expect(evaluateCi(run, {}).passed).toBe(true);
  const verdict = evaluateCi(run, { minScore: 99, maxFailures: 1, failOn: 'serious' });
  expect(verdict.passed).toBe(false);
  expect(verdict.reasons).toEqual([
    expect.stringMatching(/^https:\/\/x\.bt\/: score .* below the minimum 99/),
    'https://x.bt/: 2 failures, more than the 1 allowed',
    'https://x.bt/: 1 failure(s) of severity serious or worse',
  ]);
  expect(evaluateCi(run, { failOn: 'critical' }).passed).toBe(true);
});

describe('CI against a baseline', () => {
  const run = (site: SiteResult): AuditRunResult => ({
    schemaVersion: REPORT_SCHEMA_VERSION,
    startedAt: '',
    finishedAt: '',
    sites: [site],
  });
  /** The site as it was: only the reflow failure (serious); now it also has a CSP failure. */
  const before = () => {
    const now = siteResult();
    return siteResult({ findings: now.findings.filter((finding) => finding.ruleId === 'druk/reflow') });
  };
  const baselineDir = () => {
    const dir = mkdtempSync(join(temp, 'baseline-'));
    mkdirSync(join(dir, 'x.bt'));
    writeFileSync(join(dir, 'x.bt', 'report.json'), JSON.stringify(before()));
    return dir;
  };

  test('counts only failures the baseline does not have, and says what is new and what is fixed', () => {
    const baseline = loadBaseline(baselineDir());
    expect(baseline.get('https://x.bt/')?.size).toBe(1);
    const verdict = evaluateCi(run(siteResult()), { maxFailures: 0, failOn: 'serious' }, baseline);
    // Only the CSP failure is new, and it is moderate: failOn serious passes, maxFailures 0 does not.
    expect(verdict.reasons).toEqual(['https://x.bt/: 1 new failure, more than the 0 allowed']);
    expect(verdict.comparisons).toEqual([{ site: 'https://x.bt/', newFailures: 1, fixed: 0 }]);
    const fixedSince = evaluateCi(run(siteResult({ findings: [] })), { maxFailures: 0 }, baseline);
    expect(fixedSince.passed).toBe(true);
    expect(fixedSince.comparisons).toEqual([{ site: 'https://x.bt/', newFailures: 0, fixed: 1 }]);
  });

  test('a site the baseline does not know has only new failures', () => {
    const other = siteResult({ site: { url: 'https://y.bt/', name: 'Y', origin: 'https://y.bt' } });
    const verdict = evaluateCi(run(other), { maxFailures: 1 }, loadBaseline(baselineDir()));
    expect(verdict.reasons).toEqual(['https://y.bt/: 2 new failures, more than the 1 allowed']);
  });

  test('a baseline that is missing or is not a report is a configuration error naming the path', () => {
    expect(() => loadBaseline(join(temp, 'no-such-run'))).toThrow(/ci\.baseline: .*no-such-run does not exist/);
    const notReport = join(temp, 'not-a-report.json');
    writeFileSync(notReport, JSON.stringify({ hello: 'world' }));
    expect(() => loadBaseline(notReport)).toThrow(ConfigError);
    expect(() => loadBaseline(notReport)).toThrow(/not-a-report\.json is not a druk-audit report\.json/);
    expect(() => loadBaseline(mkdtempSync(join(temp, 'empty-')))).toThrow(/holds no site's report\.json/);
  });
});

describe('command line', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    const cli: CliIO = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), isTTY: false, cwd: temp };
    return { out, cli };
  };
  test('exit 2 with a message naming the field for bad flags and bad config files', async () => {
    const { out, cli } = io();
    expect(await main(['https://x.bt/', '--concurrency', '99'], cli)).toBe(2);
    expect(out.stderr).toMatch(/concurrency/);
    writeFileSync(join(temp, 'druk-audit.config.json'), JSON.stringify({ maxDepth: 'deep' }));
    const second = io();
    expect(await main(['https://x.bt/'], second.cli)).toBe(2);
    expect(second.out.stderr).toMatch(/maxDepth/);
    rmSync(join(temp, 'druk-audit.config.json'));
    const third = io();
    expect(await main([], third.cli)).toBe(2);
    expect(third.out.stderr).toMatch(/No site to audit/);
    expect(await main(['--fail-on', 'awful', 'https://x.bt/'], io().cli)).toBe(2);
    // The baseline is read before any page is loaded.
    const fourth = io();
    expect(await main(['https://x.bt/', '--ci', '--baseline', 'missing-run'], fourth.cli)).toBe(2);
    expect(fourth.out.stderr).toMatch(/ci\.baseline: .*missing-run does not exist/);
    const fifth = io();
    expect(await main(['--sites', '/nonexistent.csv'], fifth.cli)).toBe(2);
    expect(fifth.out.stderr).toBe('druk-audit: cannot read the sites CSV /nonexistent.csv: there is no such file\n');
  });
  test('a URL whose host is only dots is refused, so no report is written outside --out', async () => {
    const { out, cli } = io();
    expect(await main(['http://../', '--out', 'out'], cli)).toBe(2);
    expect(out.stderr).toMatch(/names no host/);
  });
  test('--help lists the options, exit codes and registered sub-commands', async () => {
    const { out, cli } = io();
    expect(await main(['--help'], cli)).toBe(0);
    expect(out.stdout).toMatch(/--max-pages/);
    expect(out.stdout).toMatch(/Exit codes: 0 passed/);
    expect(out.stdout).toMatch(/druk-audit competition/);
  });
});

test('the progress line shows pages, errors and an ETA, and stays silent off a terminal', () => {
  let written = '';
  const tty: CliIO = { stdout: () => {}, stderr: (text) => (written += text), isTTY: true, cwd: temp };
  const progress = new Progress(tty, false, 10);
  progress.update({ type: 'site-start', site: 'https://x.bt/' });
  const page = { kind: 'html', status: 500 } as SiteResult['pages'][number];
  progress.update({ type: 'page-done', site: 'https://x.bt/', page, queued: 3, done: 1 });
  expect(progress.render()).toMatch(/^\[##-+\] 1 pages, 1 errors, ETA \S+ https:\/\/x\.bt\/$/);
  expect(written).toContain('\r');
  let silent = '';
  const piped = new Progress({ ...tty, isTTY: false, stderr: (text) => (silent += text) }, false, 10);
  piped.update({ type: 'page-done', site: 'https://x.bt/', page, queued: 0, done: 1 });
  expect(silent).toBe('');
});

test('docs/audit-rules.md lists every rule druk-audit defines', () => {
  const doc = readFileSync(new URL('../../../docs/audit-rules.md', import.meta.url), 'utf8');
  expect(OWN_RULES.map((rule) => rule.id).filter((id) => !doc.includes(`\`${id}\``))).toEqual([]);
});
