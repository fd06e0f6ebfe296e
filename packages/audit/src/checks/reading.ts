// The reading checks: how a page's text is set, measured from computed styles in the page by
// src/page/reading-language.js. Their standards are advice (WCAG 1.4.8 is AAA, GIGW's readability, the
// project's Dzongkha typography) or need a person's eyes (is there text in that background image?), so every
// finding asks for review and costs no points; each carries the measured value as evidence.
import type { Page } from 'playwright-core';
import type { RawFinding, Rect } from '../rules/raw.ts';
import { languageChecks, type LanguageFacts } from './language.ts';

export interface ReadingExample {
  selector?: string;
  snippet?: string;
  rect?: Rect;
  message: string;
  evidence: Record<string, string | number | boolean | null>;
}

/** One reading rule's result on a page: how many elements it found and the first few as examples. */
export interface ReadingResult {
  ruleId: string;
  count: number;
  examples: ReadingExample[];
}

export function readingChecks(pageUrl: string, results: ReadingResult[]): RawFinding[] {
  return results.flatMap(({ ruleId, count, examples }) =>
    examples.map((example) => ({
      ruleId,
      status: 'needs-review' as const,
      engines: ['druk' as const],
      pageUrl,
      selector: example.selector,
      snippet: example.snippet,
      rect: example.rect,
      message: count > examples.length ? `${example.message} (${count} elements on the page)` : example.message,
      evidence: { ...example.evidence, elementsOnPage: count },
    })),
  );
}

/** What src/page/reading-language.js returns: the reading results and the text blocks for the language checks. */
export interface ReadingLanguageFacts extends LanguageFacts {
  reading: ReadingResult[];
}

/**
 * Measures the page's text in one call into it (before the layout checks change its viewport and spacing)
 * and returns the reading and language findings.
 */
export async function readingAndLanguageChecks(page: Page, pageUrl: string): Promise<RawFinding[]> {
  const facts = await page.evaluate(() =>
    (window as unknown as { __drukReadingLanguage(): ReadingLanguageFacts }).__drukReadingLanguage(),
  );
  return [...readingChecks(pageUrl, facts.reading), ...languageChecks(pageUrl, facts)];
}
