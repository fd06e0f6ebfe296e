// Screenshot crops, the picture a finding carries for whoever reads or judges it: one size cap and one JPEG
// quality for every crop, whether taken at the end of a page's checks (audit-page.ts) or by a check while what it
// found is on screen (checks/hover.ts), and one budget per site that both draw on.
import type { Page } from 'playwright-core';
import type { RawFinding, Rect } from '../rules/raw.ts';
import { OWN_RULES } from '../rules/rules.ts';

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
 * Pictures a check took while what it found was on screen (the hover probe), held for its findings until the
 * page's crops are handed out: they then draw on the budget in the same order as every other crop, failures
 * first, so that a picture taken early does not spend a crop a later failure of the same page needed.
 */
const heldCrops = new WeakMap<RawFinding, string>();

export function holdCrop(findings: RawFinding[], screenshot: string): void {
  for (const item of findings) heldCrops.set(item, screenshot);
}

function heldCrop(finding: RawFinding): string | undefined {
  return heldCrops.get(finding);
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

/** Rules of every family whose reviews are decided on the picture: cropped before other reviews. */
const REVIEWED_ON_PICTURE = new Set(OWN_RULES.filter((rule) => rule.reviewNeedsPicture).map((rule) => rule.id));

/**
 * Crops for a page's findings from the site's budget: failures first, then the reviews decided on the picture,
 * then the other reviews. A finding with a picture held for it takes that; the others get a crop of their
 * element on the whole page, taken now.
 */
export async function handOutCrops(page: Page, findings: RawFinding[], budget: ScreenshotBudget | null) {
  if (!budget) return;
  const scroll = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
  }));
  // Failures first, then the reviews that can only be decided on the picture (words in a background image,
  // clipped Tibetan stacks); other findings that need review show the element when crops remain.
  const review = findings.filter((item) => item.status === 'needs-review');
  const cropped = [
    ...findings.filter((item) => item.status === 'fail'),
    ...review.filter((item) => REVIEWED_ON_PICTURE.has(item.ruleId)),
    ...review.filter((item) => !REVIEWED_ON_PICTURE.has(item.ruleId)),
  ];
  for (const item of cropped) {
    if (budget.remaining <= 0) return;
    if (item.screenshot || budget.taken.has(cropKey(item))) continue;
    // A check that cropped while what it found was on screen (the hover probe) gave the better picture; the
    // findings it took it for share it.
    const held = heldCrop(item);
    if (held) {
      spendCrop(
        budget,
        findings.filter((other) => heldCrop(other) === held),
        held,
      );
      continue;
    }
    if (!item.rect) continue;
    const clip = cropClip(item.rect, scroll);
    const screenshot = clip && (await jpegCrop(page, clip, true));
    if (screenshot) spendCrop(budget, [item], screenshot);
  }
}
