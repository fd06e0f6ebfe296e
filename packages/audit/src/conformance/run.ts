// Audits ACT test cases through druk-audit's own page audit (the one a site audit uses, every check on one
// load) and keeps, per test case, which rules reported what. The results are the raw material of the
// EARL report, the conformance page and the calibration table.
import type { Browser } from 'playwright-core';
import { auditWithDeadline } from '../audit-site.ts';
import { launchAuditBrowser } from '../browser.ts';
import { openTab, type AuditTab } from '../page/audit-page.ts';
import { engineRuleMapping } from '../rules/engines.ts';
import { OWN_RULES } from '../rules/rules.ts';
import type { Engine, RuleMeta } from '../types.ts';
import { ACT_URL_PREFIX, type ActTestCase, type Expected } from './corpus.ts';

/** What one rule reported on one test case (several elements with one status are one entry). */
export interface CaseFinding {
  ruleId: string;
  status: 'fail' | 'needs-review';
  engines: Engine[];
}

export interface CaseResult {
  testcaseId: string;
  /** The ACT rule the test case belongs to. */
  ruleId: string;
  expected: Expected;
  findings: CaseFinding[];
  /** The audit lost the page (its error code and message): nothing was checked. */
  lost?: string;
  /** The response was not HTML (an SVG or XML test case), which druk-audit fetches as a download. */
  notHtml?: true;
}

/** The rule metadata a conformance run depends on: how each rule maps to WCAG and ACT. */
export type RuleMapping = Pick<RuleMeta, 'id' | 'references' | 'act'>;

export interface ConformanceRun {
  results: CaseResult[];
  /** Every rule that reported something, with its mapping as it was during the run. */
  rules: RuleMapping[];
  durationMs: number;
}

/** Per-page limits: generous for a test case, yet a page that never settles cannot hold the run up. */
const PAGE_TIMEOUT_MS = 15_000;
const PAGE_DEADLINE_MS = 45_000;

/**
 * What a rule is scored against: its WCAG success criteria and the ACT rules it declares, from the rule's
 * current metadata (own rules from src/rules/rules.ts, engine rules from their id and the engine's metadata).
 */
export function ruleMapping(ruleId: string): RuleMapping | undefined {
  const rule = OWN_RULES.find((candidate) => candidate.id === ruleId) ?? engineRuleMapping(ruleId);
  if (!rule) return undefined;
  return {
    id: ruleId,
    references: rule.references
      .filter((reference) => reference.standard === 'WCAG 2.2')
      .map(({ standard, criterion }) => ({ standard, ...(criterion ? { criterion } : {}) })),
    act: rule.act ?? [],
  };
}

/** The mapping of every own rule and of every rule that reported something on a test case, by id. */
export function runRules(results: CaseResult[]): RuleMapping[] {
  const ids = new Set([
    ...OWN_RULES.map((rule) => rule.id),
    ...results.flatMap((result) => result.findings.map((finding) => finding.ruleId)),
  ]);
  return [...ids].sort().flatMap((id) => ruleMapping(id) ?? []);
}

function caseFindings(findings: { ruleId: string; status: string; engines: Engine[] }[]): CaseFinding[] {
  const byKey = new Map<string, CaseFinding>();
  for (const finding of findings) {
    if (finding.status !== 'fail' && finding.status !== 'needs-review') continue;
    const key = `${finding.ruleId} ${finding.status}`;
    const entry = byKey.get(key) ?? { ruleId: finding.ruleId, status: finding.status, engines: [] };
    for (const engine of finding.engines) if (!entry.engines.includes(engine)) entry.engines.push(engine);
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId) || a.status.localeCompare(b.status));
}

/**
 * Audits each test case, served from `baseUrl` (a server that serves the corpus folder under
 * ACT_URL_PREFIX), with `concurrency` tabs of one browser. Results come back in the test cases' order.
 */
export async function runActCases(
  testCases: ActTestCase[],
  baseUrl: string,
  options: { concurrency: number; today?: string; onCase?: (result: CaseResult, done: number) => void },
): Promise<ConformanceRun> {
  const started = Date.now();
  const origin = new URL(baseUrl).origin;
  const browser: Browser = await launchAuditBrowser([baseUrl]);
  const results: CaseResult[] = new Array(testCases.length);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  let next = 0;
  let done = 0;
  const lane = async () => {
    let tab: AuditTab | undefined;
    try {
      while (next < testCases.length) {
        const index = next;
        next += 1;
        const testCase = testCases[index]!;
        const url = `${origin}${ACT_URL_PREFIX}${testCase.relativePath}`;
        tab ??= await openTab(browser);
        const audit = await auditWithDeadline(tab, { url, depth: 0 }, PAGE_DEADLINE_MS, {
          url,
          depth: 0,
          timeoutMs: PAGE_TIMEOUT_MS,
          context: { url, today, localPreview: true },
          screenshots: null,
          isDisabled: () => false,
          exceptions: [],
        });
        if (audit.page.kind === 'error' || tab.wandered) {
          // As in a site audit: a tab whose page failed, or went elsewhere by itself, may be stuck (a refresh
          // to a host the audit blocks kept cutting into the next cases' loads), so the next case gets a fresh one.
          await tab.context.close().catch(() => {});
          tab = undefined;
        }
        const result: CaseResult = {
          testcaseId: testCase.testcaseId,
          ruleId: testCase.ruleId,
          expected: testCase.expected,
          findings: caseFindings(audit.findings.filter((finding) => finding.ruleId !== 'reliability/page-failed')),
          ...(audit.page.error ? { lost: `${audit.page.error.code}: ${audit.page.error.message}` } : {}),
          ...(audit.isDownload ? { notHtml: true as const } : {}),
        };
        results[index] = result;
        done += 1;
        options.onCase?.(result, done);
      }
    } finally {
      await tab?.context.close().catch(() => {});
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  } finally {
    await browser.close();
  }
  return { results, rules: runRules(results), durationMs: Date.now() - started };
}
