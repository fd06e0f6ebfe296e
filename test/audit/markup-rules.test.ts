// druk-audit's own markup rules (packages/audit/src/page/markup-rules.js) in a real tab, on planted pages:
// every element marked data-expect="fail" must fail the page's rule, every one marked "pass" must not, and
// the page inspection reports the failures under the rule's id with the element's selector.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { callInPage } from '../../packages/audit/src/checks/interaction.ts';
import type { PageInspection } from '../../packages/audit/src/page/facts.ts';
import { AXE_TAGS } from '../../packages/audit/src/rules/engines.ts';
import { OWN_RULES } from '../../packages/audit/src/rules/rules.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { serveFiles } from '../support/static-server.ts';

const FIXTURES = new URL('../../packages/audit/test/fixtures/markup/', import.meta.url);
/** Planted page → the rule it plants. */
const PAGES: Record<string, string> = {
  'label-in-name.html': 'druk/label-in-name',
  'orientation-lock.html': 'druk/orientation-lock',
  'line-height-locked.html': 'druk/line-height-locked',
  'header-without-cells.html': 'druk/header-without-cells',
  'gradient-contrast.html': 'druk/gradient-contrast',
};

let site: ServedAuditTab;

beforeAll(async () => {
  const files = Object.keys(PAGES).map((name) => [`/${name}`, readFileSync(new URL(name, FIXTURES), 'utf8')]);
  site = await openAuditTab(await serveFiles(Object.fromEntries(files)));
});

afterAll(() => site?.close());

interface Marked {
  expect: string;
  text: string;
  failedBy: string[];
}

/** Each marked element of the page, with the rules it failed. */
async function markedOutcomes(name: string): Promise<Marked[]> {
  await site.tab.page.goto(new URL(name, site.server.url).href, { waitUntil: 'load' });
  return site.tab.page.evaluate(() => {
    type Failure = { ruleId: string; element: Element };
    const run = (window as unknown as { __drukMarkupRules(elements: Element[]): Failure[] }).__drukMarkupRules;
    const failures = run([...document.querySelectorAll('*')]);
    return [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((element) => ({
      expect: element.dataset.expect!,
      text: (element.textContent || element.id).trim().replace(/\s+/g, ' ').slice(0, 50),
      failedBy: failures.filter((failure) => failure.element === element).map((failure) => failure.ruleId),
    }));
  });
}

test.each(Object.entries(PAGES))(
  '%s: the planted failures fail %s, the planted passes do not',
  async (name, ruleId) => {
    const marked = await markedOutcomes(name);
    expect(marked.filter((entry) => entry.expect === 'fail').length).toBeGreaterThan(0);
    expect(marked.filter((entry) => entry.expect === 'pass').length).toBeGreaterThan(0);
    const outcome = marked.map(({ text, failedBy }) => ({ text, failedBy }));
    const expected = marked.map(({ text, expect: verdict }) => ({
      text,
      failedBy: verdict === 'fail' ? [ruleId] : [],
    }));
    expect(outcome).toEqual(expected);
  },
);

test('every markup rule is an own rule that declares its ACT rule and WCAG criterion', () => {
  for (const ruleId of Object.values(PAGES)) {
    const rule = OWN_RULES.find((candidate) => candidate.id === ruleId);
    expect(rule?.act?.length, ruleId).toBeGreaterThan(0);
    expect(rule?.references.some((reference) => reference.standard === 'WCAG 2.2')).toBe(true);
  }
});

test('the page inspection reports the markup failures by rule id and selector, and axe-core no longer reports label-content-name-mismatch', async () => {
  await site.tab.page.goto(new URL('label-in-name.html', site.server.url).href, { waitUntil: 'load' });
  const inspection = await callInPage<PageInspection>(site.tab.page, 'inspectPage', AXE_TAGS);
  expect(inspection.failures).toEqual([]);
  const labelFailures = inspection.markup.filter((entry) => entry.ruleId === 'druk/label-in-name');
  expect(labelFailures).toHaveLength(5);
  expect(labelFailures[0]).toMatchObject({
    selector: expect.stringContaining('a'),
    message: 'The visible label "apply now" is not part of the accessible name "Citizen services portal"',
  });
  expect(inspection.engines.axe.map((rule) => rule.id)).not.toContain('label-content-name-mismatch');
});
