// The structure and forms checks of one page: the HTML as the server sent it, validated in Node
// (markup-validation.ts), and the rendered page's tables, text that looks like structure, and form fields,
// read in the page by src/page/structure-forms.js.
import type { Page, Response } from 'playwright-core';
import type { Rect, RawFinding } from '../rules/raw.ts';
import { markupValidation } from './markup-validation.ts';

/** What src/page/structure-forms.js reports for one element. */
interface PageFinding {
  ruleId: string;
  status: RawFinding['status'];
  selector?: string;
  snippet?: string;
  rect?: Rect;
  message: string;
  evidence?: RawFinding['evidence'];
  groupKey?: string;
}

/** The rules these checks decide on every HTML page. */
export const STRUCTURE_RULES = [
  'structure/nested-interactive',
  'structure/referenced-duplicate-id',
  'structure/tag-mismatch',
  'structure/obsolete-presentational',
];
export const RENDERED_STRUCTURE_FORMS_RULES = [
  'structure/nested-table',
  'structure/table-column-count',
  'structure/layout-table-headers',
  'structure/header-by-formatting',
  'structure/styled-heading',
  'structure/text-list',
  'structure/empty-paragraph',
  'structure/spacer-image',
  'forms/label-not-unique',
  'forms/hint-not-associated',
  'forms/autocomplete-missing',
  'forms/required-not-exposed',
];

/** The validator's findings on the body of the page's response (read once; a body that cannot be read is a tool error). */
export async function validatedMarkup(response: Response, pageUrl: string): Promise<RawFinding[]> {
  return markupValidation(pageUrl, await response.text());
}

/** The rendered page's structure and forms findings. */
export async function renderedStructureAndForms(page: Page, pageUrl: string): Promise<RawFinding[]> {
  const found = await page.evaluate(() =>
    (window as unknown as { __drukStructureForms(): PageFinding[] }).__drukStructureForms(),
  );
  return found.map((item) => ({ ...item, engines: ['druk'], pageUrl }));
}
