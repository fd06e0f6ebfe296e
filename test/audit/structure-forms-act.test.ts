// No false failure on the W3C ACT Rules examples: each structure and forms rule must fail none of the passed
// and inapplicable test cases of the ACT rules for the WCAG success criteria it maps to, the cases by which
// docs/audit-rules.md judges a rule that implements no ACT rule of its own. Both halves run: the validator on
// the HTML as published, the in-page checks on the rendered case.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { markupValidation } from '../../packages/audit/src/checks/markup-validation.ts';
import { renderedStructureAndForms } from '../../packages/audit/src/checks/structure-forms.ts';
import { ACT_URL_PREFIX, actRulesDir, loadActCorpus } from '../../packages/audit/src/conformance/corpus.ts';
import { STRUCTURE_FORMS_RULES } from '../../packages/audit/src/rules/structure-forms.ts';
import { serveActCorpus } from '../support/act-server.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';

/** Each rule's WCAG 2.2 success criteria. */
const CRITERIA = new Map(
  STRUCTURE_FORMS_RULES.map((rule) => [
    rule.id,
    new Set(
      rule.references.filter((reference) => reference.standard === 'WCAG 2.2').map((reference) => reference.criterion),
    ),
  ]),
);
const judges = (ruleId: string, criteria: string[]) =>
  criteria.some((criterion) => CRITERIA.get(ruleId)?.has(criterion));
const cases = loadActCorpus().filter(
  (testCase) =>
    testCase.expected !== 'failed' &&
    testCase.relativePath.endsWith('.html') &&
    [...CRITERIA.keys()].some((ruleId) => judges(ruleId, testCase.criteria)),
);

let site: ServedAuditTab;

beforeAll(async () => {
  site = await openAuditTab(await serveActCorpus(actRulesDir()));
});

afterAll(() => site?.close());

test('no structure or forms check fails a passed or inapplicable ACT example of its criteria', async () => {
  expect(cases.length).toBeGreaterThan(150);
  const failures: string[] = [];
  for (const testCase of cases) {
    const html = readFileSync(join(actRulesDir(), testCase.relativePath), 'utf8');
    const url = new URL(`${ACT_URL_PREFIX.slice(1)}${testCase.relativePath}`, site.server.url).href;
    await site.tab.page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    const findings = [...(await markupValidation(url, html)), ...(await renderedStructureAndForms(site.tab.page, url))];
    for (const finding of findings.filter((item) => item.status === 'fail' && judges(item.ruleId, testCase.criteria))) {
      failures.push(`${testCase.ruleId} ${testCase.testcaseTitle}: ${finding.ruleId} ${finding.message}`);
    }
  }
  expect(failures).toEqual([]);
}, 600_000);
