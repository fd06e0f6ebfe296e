// Screenshot crops, the picture a finding carries for whoever reads or judges it: one size cap and one JPEG
// quality for every crop, whether taken at the end of a page's checks (audit-page.ts) or by a check while what it
// found is on screen (checks/hover.ts), and one budget per site that both draw on.
import type { Page } from 'playwright-core';
import type { RawFinding, Rect } from '../rules/raw.ts';

/** Shared by all pages of one site: screenshots are taken once per problem, up to a limit. */
export interface ScreenshotBudget {
  remaining: number;
  taken: Set<string>;
}

/** Around the element, and at most this large: enough to see it in its place, small enough for a report. */
const PAD = 8;
const MAX_WIDTH = 800;
const MAX_HEIGHT = 400;

/** What makes two findings the same problem for the budget: the rule and the element. */
export const cropKey = (finding: RawFinding) => `${finding.ruleId} ${finding.selector ?? ''}`;

/**
 * The region to crop around `rect`: padded, capped from its top left, and kept inside `bounds` (the scrollable
 * page, or the viewport, in the coordinates of `rect`). Null when too little of it is inside.
 */
export function cropClip(rect: Rect, bounds: { width: number; height: number }): Rect | null {
  const x = Math.max(0, rect.x - PAD);
  const y = Math.max(0, rect.y - PAD);
  const width = Math.min(rect.x + rect.width + PAD - x, MAX_WIDTH, bounds.width - x);
  const height = Math.min(rect.y + rect.height + PAD - y, MAX_HEIGHT, bounds.height - y);
  return width < 4 || height < 4 ? null : { x, y, width, height };
}

/**
 * A JPEG of `clip` as a data URL, or null when the screenshot failed: a crop is a nicety, and a finding stands
 * without it. `fullPage` reads `clip` in page coordinates (Chromium may then capture beyond the viewport);
 * otherwise `clip` is in viewport coordinates and nothing outside the viewport is drawn. The caret is left as
 * it is: hiding it writes styles into the page, which a check watching the page's DOM would see.
 */
export async function jpegCrop(page: Page, clip: Rect, fullPage: boolean, timeoutMs = 5000): Promise<string | null> {
  try {
    const image = await page.screenshot({
      clip,
      fullPage,
      type: 'jpeg',
      quality: 70,
      caret: 'initial',
      timeout: timeoutMs,
    });
    return `data:image/jpeg;base64,${image.toString('base64')}`;
  } catch {
    return null;
  }
}

/**
 * Gives one crop to the findings that do not have theirs yet (by `cropKey`), counting it against the budget
 * once. Dropped when none needs it or the budget ran out meanwhile: pages of one site are audited in parallel,
 * so the budget is checked again once the picture is taken.
 */
export function spendCrop(budget: ScreenshotBudget, findings: RawFinding[], screenshot: string): void {
  const needing = findings.filter((item) => !item.screenshot && !budget.taken.has(cropKey(item)));
  if (!needing.length || budget.remaining <= 0) return;
  budget.remaining -= 1;
  for (const item of needing) {
    budget.taken.add(cropKey(item));
    item.screenshot = screenshot;
  }
}
