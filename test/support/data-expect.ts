// The planted pages of druk-audit's interaction and motion checks mark what each element must get:
// data-expect="<rule>=fail|review|pass …". These read the marks in a real tab and set what the checks found
// beside what was expected, one row per element and rule, so that a test compares two lists of strings and a
// failure names every element that got the wrong verdict.
import type { Page } from 'playwright-core';
import type { RawFinding } from '../../packages/audit/src/rules/raw.ts';

export interface MarkedElement {
  /** The element's selector as the audit writes it in its findings. */
  selector: string;
  /** Its text (or alt, or src), to tell the rows apart. */
  text: string;
  expectations: [ruleId: string, verdict: string][];
}

const STATUS: Record<string, RawFinding['status']> = { fail: 'fail', review: 'needs-review' };

/**
 * The elements marked data-expect in the page, open shadow roots included. Read them when the selectors are
 * those the checks saw: before checks that add elements (tooltips) or after those that wait for the page.
 */
export function markedElements(page: Page): Promise<MarkedElement[]> {
  return page.evaluate(() => {
    const audit = (
      window as unknown as { __drukAudit: { selectorOf(e: Element): string; allElements(): Iterable<HTMLElement> } }
    ).__drukAudit;
    return [...audit.allElements()]
      .filter((element) => element.hasAttribute('data-expect'))
      .map((element) => ({
        selector: audit.selectorOf(element),
        text: (element.textContent || element.getAttribute('alt') || element.getAttribute('src') || '')
          .trim()
          .slice(0, 40),
        expectations: element.dataset.expect!.split(/\s+/).map((entry) => entry.split('=') as [string, string]),
      }));
  });
}

/** Per marked element and rule: the statuses it was expected to get (none for pass) and those it got. */
export function verdictRows(marked: MarkedElement[], findings: RawFinding[]): { expected: string; got: string }[] {
  return marked.flatMap(({ selector, text, expectations }) =>
    expectations.map(([ruleId, verdict]) => {
      const got = findings
        .filter((item) => item.selector === selector && item.ruleId === ruleId)
        .map((item) => item.status);
      if (verdict !== 'pass' && !STATUS[verdict]) throw new Error(`${selector}: unknown verdict "${verdict}"`);
      const expected = verdict === 'pass' ? [] : [STATUS[verdict]];
      return { expected: `${ruleId} ${text}: ${expected.join()}`, got: `${ruleId} ${text}: ${got.join()}` };
    }),
  );
}
