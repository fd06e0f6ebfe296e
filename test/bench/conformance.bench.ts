// druk-audit on the W3C ACT Rules test cases: the figures of the last `npm run conformance` (its stored
// run, packages/audit/conformance/act-results.json, scored with the committed calibration table). The run
// itself audits 1,213 pages, so it is a task of its own rather than part of every bench.
import { readRun } from '../../packages/audit/src/conformance/artifacts.ts';
import { loadActCorpus } from '../../packages/audit/src/conformance/corpus.ts';
import { summarise } from '../../packages/audit/src/conformance/score.ts';
import { calibrationTable } from '../../packages/audit/src/rules/calibration.ts';
import type { BenchRow } from './types.ts';

export default async function conformance(): Promise<BenchRow[]> {
  const { summary } = summarise(readRun(), loadActCorpus(), calibrationTable());
  const { strict, strictUncalibrated: before, uncalibratedByEngine: engines } = summary;
  return [
    { name: 'ACT test cases audited', value: summary.testCases, unit: 'pages' },
    { name: 'pages lost to the tool', value: summary.lost, unit: 'pages' },
    { name: 'full run (2 tabs)', value: summary.durationMinutes, unit: 'min' },
    { name: 'ACT rules complete', value: summary.actRules.complete, unit: 'rules' },
    { name: 'ACT rules partial', value: summary.actRules.partial, unit: 'rules' },
    { name: 'ACT rules inconsistent', value: summary.actRules.inconsistent, unit: 'rules' },
    { name: 'strict precision (failures that cost points)', value: strict.precision, unit: '' },
    { name: 'strict recall (failures that cost points)', value: strict.recall, unit: '' },
    { name: 'true / false positives', value: `${strict.truePositives} / ${strict.falsePositives}`, unit: 'test cases' },
    { name: 'strict precision, calibrated on the other half', value: summary.strictHeldOut.precision, unit: '' },
    { name: 'strict recall, calibrated on the other half', value: summary.strictHeldOut.recall, unit: '' },
    { name: 'strict precision before calibration', value: before.precision, unit: '' },
    { name: 'strict recall before calibration', value: before.recall, unit: '' },
    { name: 'precision of axe-core findings', value: engines.axe.precision, unit: '' },
    { name: 'precision of HTML_CodeSniffer findings', value: engines.htmlcs.precision, unit: '' },
    {
      name: 'own rules right / wrong',
      value: `${engines.druk.truePositives} / ${engines.druk.falsePositives}`,
      unit: 'test cases',
    },
  ];
}
