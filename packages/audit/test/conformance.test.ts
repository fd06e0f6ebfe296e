// The ACT conformance scoring and the calibration it drives, on a small made-up run; and the committed
// run, calibration table, EARL report and documentation, which must be what the current rules give.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  CONFORMANCE_DOC,
  conformanceArtifacts,
  EARL_FILE,
  json,
  linedJson,
  readRun,
  RULES_DOC,
  RUN_FILE,
} from '../src/conformance/artifacts.ts';
import { actRulesDir, loadActCorpus, type ActTestCase, type Expected } from '../src/conformance/corpus.ts';
import { runRules, type CaseFinding, type ConformanceRun } from '../src/conformance/run.ts';
import { actRuleScores, calibrate, calibratedStatusOf, RAW_STATUS, strictScore } from '../src/conformance/score.ts';
import { CALIBRATION_FILE, calibratedStatus, ruleEvidence } from '../src/rules/calibration.ts';
import { mergeFindings, RuleBook } from '../src/results/merge.ts';

const testCase = (ruleId: string, expected: Expected, index: number, criteria = ['1.1.1']): ActTestCase => ({
  ruleId,
  ruleName: `Rule ${ruleId}`,
  testcaseId: `${ruleId}-${expected}-${index}`,
  testcaseTitle: `${expected} example ${index}`,
  expected,
  relativePath: `testcases/${ruleId}/${index}.html`,
  url: `https://www.w3.org/WAI/content-assets/wcag-act-rules/testcases/${ruleId}/${index}.html`,
  criteria,
});
const fail = (ruleId: string, engine: CaseFinding['engines'][number] = 'axe'): CaseFinding => ({
  ruleId,
  status: 'fail',
  engines: [engine],
});

// ACT rule "img" (1.1.1): axe/image-alt right everywhere but one failed example; htmlcs/1.1.1-H37 also
// fails a passed example. ACT rule "title" (2.4.2): nothing implements it.
const cases = [
  testCase('img', 'failed', 1),
  testCase('img', 'failed', 2),
  testCase('img', 'passed', 3),
  testCase('img', 'inapplicable', 4),
  testCase('title', 'failed', 5, ['2.4.2']),
];
const run: ConformanceRun = {
  durationMs: 1000,
  rules: [
    { id: 'axe/image-alt', references: [{ standard: 'WCAG 2.2', criterion: '1.1.1' }], act: ['img'] },
    { id: 'htmlcs/1.1.1-H37', references: [{ standard: 'WCAG 2.2', criterion: '1.1.1' }], act: ['img'] },
    { id: 'axe/region', references: [], act: [] },
  ],
  results: [
    { testcaseId: 'img-failed-1', ruleId: 'img', expected: 'failed', findings: [fail('axe/image-alt')] },
    { testcaseId: 'img-failed-2', ruleId: 'img', expected: 'failed', findings: [fail('htmlcs/1.1.1-H37', 'htmlcs')] },
    {
      testcaseId: 'img-passed-3',
      ruleId: 'img',
      expected: 'passed',
      findings: [fail('htmlcs/1.1.1-H37', 'htmlcs'), fail('axe/region')],
    },
    { testcaseId: 'img-inapplicable-4', ruleId: 'img', expected: 'inapplicable', findings: [] },
    { testcaseId: 'title-failed-5', ruleId: 'title', expected: 'failed', findings: [], lost: 'TIMEOUT: no answer' },
  ],
};

describe('scoring a conformance run', () => {
  const table = calibrate(run, cases);

  test('a rule that failed a passing example is inconsistent; one without judged failures caught none', () => {
    expect(table.rules).toEqual({
      'axe/image-alt': { verdict: 'consistent', caught: 1, wrong: 0 },
      'htmlcs/1.1.1-H37': { verdict: 'inconsistent', caught: 1, wrong: 1 },
      // Its failure on a passed example is not judged: no criterion or ACT rule of the test case is its.
      'axe/region': { verdict: 'no-failure-caught', caught: 0, wrong: 0 },
    });
  });

  test('only consistent engine rules cost points after calibration', () => {
    expect(calibratedStatus('axe/image-alt', 'fail', table)).toBe('fail');
    expect(calibratedStatus('htmlcs/1.1.1-H37', 'fail', table)).toBe('needs-review');
    expect(calibratedStatus('axe/region', 'fail', table)).toBe('needs-review');
    expect(calibratedStatus('axe/never-seen', 'fail', table)).toBe('needs-review');
    expect(calibratedStatus('htmlcs/1.1.1-H37', 'pass', table)).toBe('pass');
  });

  test('own rules keep their fixtures as evidence unless ACT shows them inconsistent', () => {
    const ownTable = {
      rules: {
        'druk/keyboard-trap': { verdict: 'inconsistent' as const, caught: 2, wrong: 1 },
        'druk/reflow': { verdict: 'no-failure-caught' as const, caught: 0, wrong: 0 },
      },
    };
    expect(calibratedStatus('druk/keyboard-trap', 'fail', ownTable)).toBe('needs-review');
    expect(calibratedStatus('druk/reflow', 'fail', ownTable)).toBe('fail');
    expect(ruleEvidence('druk/reflow', ownTable)).toEqual({ kind: 'fixtures' });
    expect(calibratedStatus('security/csp', 'fail', ownTable)).toBe('fail');
  });

  test('W3C consistency per ACT rule, before and after calibration', () => {
    const before = actRuleScores(run, cases, RAW_STATUS);
    expect(before.map((rule) => [rule.ruleId, rule.consistency, rule.caught, rule.wrong])).toEqual([
      ['img', 'inconsistent', 2, 1],
      ['title', 'not implemented', 0, 0],
    ]);
    // Calibrated, the HTML_CodeSniffer failures are cantTell: axe-core alone catches one of two failed examples.
    const after = actRuleScores(run, cases, calibratedStatusOf(table));
    expect(after[0]).toMatchObject({ consistency: 'partial', caught: 1, wrong: 0, cantTell: 2 });
  });

  test('strict scoring counts failures for the test case’s criteria only, per engine if asked', () => {
    expect(strictScore(run, cases, RAW_STATUS)).toEqual({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0.667,
      recall: 0.667,
    });
    expect(strictScore(run, cases, RAW_STATUS, (engines) => engines.includes('htmlcs'))).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
    });
    expect(strictScore(run, cases, calibratedStatusOf(table))).toMatchObject({ precision: 1, recall: 0.333 });
  });
});

test('merged findings carry the calibrated status of the committed table', () => {
  const committed = JSON.parse(readFileSync(CALIBRATION_FILE, 'utf8')) as ReturnType<typeof calibrate>;
  const inconsistent = Object.entries(committed.rules).find(
    ([id, entry]) => id.startsWith('htmlcs/') && entry.verdict === 'inconsistent',
  );
  expect(inconsistent, 'the committed table judges HTML_CodeSniffer codes').toBeDefined();
  const ruleId = inconsistent![0];
  const rules = new RuleBook();
  rules.learn([
    {
      id: ruleId,
      category: 'usability-reliability',
      severity: 'serious',
      tags: [],
      references: [],
      help: '',
      why: '',
      fix: '',
    },
  ]);
  const [merged] = mergeFindings(
    [{ ruleId, status: 'fail', engines: ['htmlcs'], pageUrl: 'https://x.bt/', message: 'm' }],
    rules,
  );
  expect(merged?.status).toBe('needs-review');
});

describe('the committed conformance run', () => {
  const stored = readRun();

  test('covers every test case of the corpus', () => {
    expect(stored.results.map((result) => result.testcaseId)).toEqual(
      loadActCorpus().map((testCase) => testCase.testcaseId),
    );
  });

  test('was scored against the rules as they are now (ids, WCAG criteria, ACT ids)', () => {
    expect(stored.rules).toEqual(runRules(stored.results));
  });

  test('the calibration table, EARL report and docs are what the run gives', () => {
    const generated = conformanceArtifacts(stored, loadActCorpus(), actRulesDir());
    expect(readFileSync(CALIBRATION_FILE, 'utf8')).toBe(json(generated.table));
    expect(readFileSync(EARL_FILE, 'utf8')).toBe(linedJson(generated.earl));
    expect(readFileSync(RUN_FILE, 'utf8')).toBe(linedJson(stored));
    expect(readFileSync(CONFORMANCE_DOC, 'utf8')).toBe(generated.doc);
    expect(readFileSync(RULES_DOC, 'utf8')).toBe(generated.rulesDoc);
  });
});
