// Scores a conformance run: per ACT rule as W3C does (complete / partial / inconsistent), strictly per WCAG
// success criterion over all test cases (precision and recall of the failures druk-audit reports), and per
// druk-audit rule (the calibration: which rules have shown they do not fail passing content).
import type { Engine } from '../types.ts';
import { calibratedStatus, type CalibrationEntry, type CalibrationTable } from '../rules/calibration.ts';
import type { ActTestCase } from './corpus.ts';
import type { CaseFinding, CaseResult, ConformanceRun, RuleMapping } from './run.ts';

export type Consistency = 'complete' | 'partial' | 'inconsistent' | 'not implemented';
export type EarlOutcome = 'failed' | 'passed' | 'cantTell';

/** How a finding is scored: as the run reported it, or after calibration. */
export type StatusOf = (finding: CaseFinding) => CaseFinding['status'];
export const RAW_STATUS: StatusOf = (finding) => finding.status;
export const calibratedStatusOf =
  (table: CalibrationTable): StatusOf =>
  (finding) =>
    calibratedStatus(finding.ruleId, finding.status, table);

/** The WCAG success criteria a rule's references name ("1.1.1"). */
export function ruleCriteria(rule: RuleMapping | undefined): string[] {
  return (rule?.references ?? []).flatMap((reference) =>
    reference.standard === 'WCAG 2.2' && reference.criterion ? [reference.criterion] : [],
  );
}

function index<T extends { testcaseId: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.testcaseId, item]));
}

/**
 * Whether a rule's failures are evidence about a test case. A rule that declares ACT rules is judged on
 * their test cases, as W3C judges a procedure; a rule that declares none, on the test cases of its WCAG
 * success criteria.
 */
function isAbout(rule: RuleMapping | undefined, testCase: ActTestCase): boolean {
  if (!rule) return false;
  if (rule.act?.length) return rule.act.includes(testCase.ruleId);
  const criteria = ruleCriteria(rule);
  return testCase.criteria.some((criterion) => criteria.includes(criterion));
}

/**
 * Per druk-audit rule, from the run as reported (before calibration): on the test cases it is about,
 * how many failed examples it failed (caught) and how many passed or inapplicable ones (wrong).
 */
export function calibrate(run: ConformanceRun, testCases: ActTestCase[]): CalibrationTable {
  const cases = index(testCases);
  const rules = new Map(run.rules.map((rule) => [rule.id, rule]));
  const counts = new Map<string, { caught: number; wrong: number }>(
    run.rules.map((rule) => [rule.id, { caught: 0, wrong: 0 }]),
  );
  for (const result of run.results) {
    const testCase = cases.get(result.testcaseId);
    if (!testCase) continue;
    const failing = new Set(
      result.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.ruleId),
    );
    for (const ruleId of failing) {
      if (!isAbout(rules.get(ruleId), testCase)) continue;
      const count = counts.get(ruleId)!;
      if (testCase.expected === 'failed') count.caught += 1;
      else count.wrong += 1;
    }
  }
  const entries = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ruleId, { caught, wrong }]): [string, CalibrationEntry] => [
      ruleId,
      { verdict: wrong > 0 ? 'inconsistent' : caught > 0 ? 'consistent' : 'no-failure-caught', caught, wrong },
    ]);
  return { rules: Object.fromEntries(entries) };
}

/** The EARL outcome of a set of rules (the procedures of one ACT rule) on one test case. */
export function outcomeOf(findings: CaseFinding[], procedures: Set<string>, statusOf: StatusOf): EarlOutcome {
  const own = findings.filter((finding) => procedures.has(finding.ruleId));
  if (own.some((finding) => statusOf(finding) === 'fail')) return 'failed';
  if (own.length) return 'cantTell';
  return 'passed';
}

export interface ActRuleScore {
  ruleId: string;
  ruleName: string;
  /** The druk-audit rules that declare they implement it. */
  procedures: string[];
  consistency: Consistency;
  failedExamples: number;
  /** Failed examples reported as failed. */
  caught: number;
  /** Passed or inapplicable examples reported as failed. */
  wrong: number;
  cantTell: number;
}

/**
 * W3C's consistency of druk-audit with each ACT rule: consistent when a failure is reported for at least
 * one failed example and for no passed or inapplicable example (cantTell is not a failure), complete when
 * for every failed example too. A rule no druk-audit rule declares is not implemented; one whose
 * procedures are wrong somewhere, or catch no failed example, is inconsistent.
 */
export function actRuleScores(run: ConformanceRun, testCases: ActTestCase[], statusOf: StatusOf): ActRuleScore[] {
  const results = index(run.results);
  const byRule = new Map<string, ActTestCase[]>();
  for (const testCase of testCases) byRule.set(testCase.ruleId, [...(byRule.get(testCase.ruleId) ?? []), testCase]);
  return [...byRule.entries()].map(([ruleId, cases]) => {
    const procedures = new Set(run.rules.filter((rule) => rule.act?.includes(ruleId)).map((rule) => rule.id));
    let caught = 0;
    let wrong = 0;
    let cantTell = 0;
    for (const testCase of cases) {
      const outcome = outcomeOf(results.get(testCase.testcaseId)?.findings ?? [], procedures, statusOf);
      if (outcome === 'cantTell') cantTell += 1;
      if (outcome !== 'failed') continue;
      if (testCase.expected === 'failed') caught += 1;
      else wrong += 1;
    }
    const failedExamples = cases.filter((testCase) => testCase.expected === 'failed').length;
    const consistency: Consistency =
      procedures.size === 0
        ? 'not implemented'
        : wrong > 0 || caught === 0
          ? 'inconsistent'
          : caught === failedExamples
            ? 'complete'
            : 'partial';
    return {
      ruleId,
      ruleName: cases[0]!.ruleName,
      procedures: [...procedures].sort(),
      consistency,
      failedExamples,
      caught,
      wrong,
      cantTell,
    };
  });
}

export interface StrictScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/**
 * Strict scoring per WCAG success criterion. Only test cases whose ACT rule maps to a success criterion
 * count (secondary mappings left out), and a test case is "reported" when a failure (after `statusOf`) of a
 * rule mapped to one of those criteria is on it, from the engines `from` accepts. Reported failed examples
 * are true positives, reported passed or inapplicable examples false positives, unreported failed examples
 * false negatives. Failures for other criteria are not judged: the test case says nothing about them.
 */
export function strictScore(
  run: ConformanceRun,
  testCases: ActTestCase[],
  statusOf: StatusOf,
  from: (engines: Engine[]) => boolean = () => true,
): StrictScore {
  const cases = index(testCases);
  const rules = new Map(run.rules.map((rule) => [rule.id, rule]));
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const result of run.results) {
    const testCase = cases.get(result.testcaseId);
    if (!testCase?.criteria.length) continue;
    const reported = result.findings.some(
      (finding) =>
        statusOf(finding) === 'fail' &&
        from(finding.engines) &&
        ruleCriteria(rules.get(finding.ruleId)).some((criterion) => testCase.criteria.includes(criterion)),
    );
    if (testCase.expected === 'failed') {
      if (reported) truePositives += 1;
      else falseNegatives += 1;
    } else if (reported) falsePositives += 1;
  }
  return withRates(truePositives, falsePositives, falseNegatives);
}

/** The counts with the precision and recall they give. */
function withRates(truePositives: number, falsePositives: number, falseNegatives: number) {
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
  };
}

export interface ConformanceSummary {
  testCases: number;
  /** Pages the audit lost (an error instead of a result). */
  lost: number;
  /** Test cases that are not HTML documents (SVG, XML), fetched as downloads and not checked. */
  notHtml: number;
  durationMinutes: number;
  /**
   * Strict score of the failures that cost points (after calibration). The calibration is made from the
   * same test cases, so a rule it keeps has failed none of their passing examples by construction.
   */
  strict: StrictScore;
  /**
   * The same, out of sample: the test cases in two halves (alternate cases of each ACT rule), each half
   * scored with the calibration made from the other, the counts added.
   */
  strictHeldOut: StrictScore;
  /** The same before calibration (every failure as the checks report it), in all and by engine. */
  strictUncalibrated: StrictScore;
  uncalibratedByEngine: Record<Engine, StrictScore>;
  actRules: Record<Consistency, number>;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

function heldOutScore(run: ConformanceRun, testCases: ActTestCase[]): StrictScore {
  const position = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const testCase of testCases) {
    const count = seen.get(testCase.ruleId) ?? 0;
    position.set(testCase.testcaseId, count);
    seen.set(testCase.ruleId, count + 1);
  }
  const half = (parity: number) => testCases.filter((testCase) => position.get(testCase.testcaseId)! % 2 === parity);
  const scores = [0, 1].map((parity) =>
    strictScore(run, half(parity), calibratedStatusOf(calibrate(run, half(1 - parity)))),
  );
  const sum = (field: 'truePositives' | 'falsePositives' | 'falseNegatives') =>
    scores.reduce((total, score) => total + score[field], 0);
  const truePositives = sum('truePositives');
  const falsePositives = sum('falsePositives');
  const falseNegatives = sum('falseNegatives');
  return withRates(truePositives, falsePositives, falseNegatives);
}

export function summarise(
  run: ConformanceRun,
  testCases: ActTestCase[],
  table: CalibrationTable,
): { summary: ConformanceSummary; actRules: ActRuleScore[] } {
  const statusOf = calibratedStatusOf(table);
  const actRules = actRuleScores(run, testCases, statusOf);
  const consistencyCount = (consistency: Consistency) =>
    actRules.filter((rule) => rule.consistency === consistency).length;
  const byEngine = (engine: Engine) => strictScore(run, testCases, RAW_STATUS, (engines) => engines.includes(engine));
  return {
    actRules,
    summary: {
      testCases: run.results.length,
      lost: run.results.filter((result: CaseResult) => result.lost).length,
      notHtml: run.results.filter((result: CaseResult) => result.notHtml).length,
      durationMinutes: Math.round(run.durationMs / 6000) / 10,
      strict: strictScore(run, testCases, statusOf),
      strictHeldOut: heldOutScore(run, testCases),
      uncalibratedByEngine: { axe: byEngine('axe'), htmlcs: byEngine('htmlcs'), druk: byEngine('druk') },
      strictUncalibrated: strictScore(run, testCases, RAW_STATUS),
      actRules: {
        complete: consistencyCount('complete'),
        partial: consistencyCount('partial'),
        inconsistent: consistencyCount('inconsistent'),
        'not implemented': consistencyCount('not implemented'),
      },
    },
  };
}

/** Summary of a run, scored with the calibration the run itself gives. */
export function scoreRun(run: ConformanceRun, testCases: ActTestCase[]) {
  return summarise(run, testCases, calibrate(run, testCases));
}
