// `npm run conformance`: audits the W3C ACT Rules test cases with druk-audit and writes the results:
//   packages/audit/conformance/act-results.json   what each rule reported on each test case (the raw run)
//   packages/audit/conformance/earl-report.json   the EARL (JSON-LD) implementation report, in W3C's format
//   packages/audit/src/rules/calibration.json     which rules may cost points (docs/adr/0013-…)
//   docs/act-conformance.md                       one row per ACT rule, beside axe-core and Siteimprove Alfa
// Options: --rule <ACT id> (repeatable) audits only those rules' test cases and writes nothing but a summary;
// --concurrency <n> (default 2); --rescore audits nothing: it scores the stored run again against the rules'
// current metadata (after a rule's ACT ids or WCAG criteria changed) and rewrites the other files.
// The corpus is found as packages/audit/src/conformance/corpus.ts says.
import { parseArgs } from 'node:util';
import { actRulesDir, loadActCorpus } from '../packages/audit/src/conformance/corpus.ts';
import { readRun, writeConformanceArtifacts } from '../packages/audit/src/conformance/artifacts.ts';
import { runActCases, runRules } from '../packages/audit/src/conformance/run.ts';
import { scoreRun } from '../packages/audit/src/conformance/score.ts';
import { serveActCorpus } from '../test/support/act-server.ts';

const { values } = parseArgs({
  options: {
    rule: { type: 'string', multiple: true },
    concurrency: { type: 'string', default: '2' },
    rescore: { type: 'boolean', default: false },
  },
});
const corpusDir = actRulesDir();
const corpus = loadActCorpus(corpusDir);
if (values.rescore) {
  const stored = readRun();
  const run = { ...stored, rules: runRules(stored.results) };
  console.log(JSON.stringify(scoreRun(run, corpus).summary, null, 2));
  writeConformanceArtifacts(run, corpus, corpusDir);
  process.exit(0);
}
const only = values.rule ?? [];
const testCases = only.length ? corpus.filter((testCase) => only.includes(testCase.ruleId)) : corpus;

const server = await serveActCorpus(corpusDir);
try {
  process.stderr.write(`Auditing ${testCases.length} ACT test cases from ${corpusDir}\n`);
  const run = await runActCases(testCases, server.url, {
    concurrency: Number(values.concurrency),
    onCase: (result, done) => {
      if (done % 50 === 0 || done === testCases.length) process.stderr.write(`  ${done}/${testCases.length}\n`);
      if (result.lost) process.stderr.write(`  lost ${result.ruleId}/${result.testcaseId}: ${result.lost}\n`);
    },
  });
  const score = scoreRun(run, testCases);
  console.log(JSON.stringify(score.summary, null, 2));
  if (!only.length) writeConformanceArtifacts(run, corpus, corpusDir);
} finally {
  await server.close();
}
