// The structure and forms checks (issue 14, families 4 and 5) in a real tab, on planted pages: every element
// marked data-expect="<rule> <status>" must get exactly that finding from these checks, and every element
// marked "pass" none. The whole page audit then shows the checks wired in: the HTML as the server sent it
// is validated (errors the browser's parser repairs are still found), and the rules are listed as run.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RENDERED_STRUCTURE_FORMS_RULES, STRUCTURE_RULES } from '../../packages/audit/src/checks/structure-forms.ts';
import { auditPage } from '../../packages/audit/src/page/audit-page.ts';
import { openAuditTab, type ServedAuditTab } from '../support/audit-tab.ts';
import { serveStatic } from '../support/static-server.ts';

const FIXTURES = fileURLToPath(new URL('../../packages/audit/test/fixtures/structure-forms', import.meta.url));

let site: ServedAuditTab;

beforeAll(async () => {
  site = await openAuditTab(await serveStatic(FIXTURES));
});

afterAll(() => site?.close());

interface Marked {
  expected: string;
  text: string;
  found: string[];
}

/** Each marked element of a planted page, with what the in-page checks found on it ("<rule> <status>"). */
async function markedOutcomes(name: string): Promise<Marked[]> {
  await site.tab.page.goto(new URL(name, site.server.url).href, { waitUntil: 'load' });
  return site.tab.page.evaluate(() => {
    const page = window as unknown as {
      __drukStructureForms(): { ruleId: string; status: string; selector?: string }[];
      __drukAudit: { selectorOf(element: Element): string };
    };
    const findings = page.__drukStructureForms();
    return [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((element) => {
      const selector = page.__drukAudit.selectorOf(element);
      return {
        expected: element.dataset.expect!,
        text: (element.textContent || element.getAttribute('name') || element.localName)
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 40),
        found: findings
          .filter((finding) => finding.selector === selector)
          .map((finding) => `${finding.ruleId} ${finding.status}`),
      };
    });
  });
}

test.each(['structure.html', 'forms.html'])(
  '%s: each planted element gets the finding it is marked with, and the passes none',
  async (name) => {
    const marked = await markedOutcomes(name);
    expect(marked.filter((entry) => entry.expected !== 'pass').length).toBeGreaterThan(3);
    expect(marked.filter((entry) => entry.expected === 'pass').length).toBeGreaterThan(3);
    expect(marked.map(({ text, found }) => ({ text, found }))).toEqual(
      marked.map(({ text, expected }) => ({ text, found: expected === 'pass' ? [] : [expected] })),
    );
  },
);

test('the page audit validates the HTML as sent and runs every structure and forms rule', async () => {
  const url = new URL('validation.html', site.server.url).href;
  const audit = await auditPage(site.tab, {
    url,
    depth: 0,
    timeoutMs: 15_000,
    context: { url, today: '2026-12-05', localPreview: true },
    screenshots: null,
    isDisabled: () => false,
    exceptions: [],
  });
  expect(audit.page.rulesRun).toEqual(expect.arrayContaining([...STRUCTURE_RULES, ...RENDERED_STRUCTURE_FORMS_RULES]));
  const ours = audit.findings
    .filter((finding) => finding.ruleId.startsWith('structure/'))
    .map((finding) => `${finding.ruleId} ${finding.status} ${finding.message}`);
  // The nested link is split by the browser's parser: only the HTML as sent shows it.
  expect(ours).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^structure\/nested-interactive fail Line 12, column \d+: <a> inside <a>$/),
      expect.stringMatching(/^structure\/nested-interactive fail Line 13, column \d+: <a> inside <button>$/),
      expect.stringMatching(/^structure\/referenced-duplicate-id needs-review Line 16, .*aria-describedby="hint"/),
      expect.stringMatching(/^structure\/tag-mismatch needs-review Line 19, .*Unclosed element '<span>'/),
      expect.stringMatching(
        /^structure\/obsolete-presentational fail Obsolete presentational markup: <center> ×1, <font> ×1, align on <table> ×1, bgcolor on <table> ×1$/,
      ),
    ]),
  );
  // The duplicate id nothing points to is not reported.
  expect(ours.filter((line) => line.includes('duplicate-id'))).toHaveLength(1);
  expect(ours).toHaveLength(5);
});
