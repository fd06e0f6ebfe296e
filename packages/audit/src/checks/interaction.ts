// Checks that need a real browser and real key presses: focus visibility and keyboard traps along the Tab
// order, the skip link, text spacing (WCAG 1.4.12), 200% zoom and reflow at 320 CSS px.
import type { CDPSession, Frame, Page } from 'playwright-core';
import type { ElementRef } from '../page/facts.ts';
import type { RawFinding } from '../rules/raw.ts';

interface FocusState extends ElementRef {
  visible: boolean;
  known: boolean;
  onScreen: boolean;
  skipTarget: string | null;
  inMain: boolean;
  text: string;
}

const MAX_TABS = 60;
/** Presses at the end of the walk inspected for a trap. */
const TRAP_WINDOW = 8;
const SKIP_TEXT = /skip|jump to|main content|ནང་དོན|མཆོངས|ཐད་རི/i;
const MAIN_TARGET = /^(main|content|main-?content|maincontent)$/i;
/** Tab stops at the start of the page where a skip control is looked for (one may follow a logo link). */
const SKIP_CONTROL_STOPS = 3;

interface BypassFacts {
  repeatedBlocks: boolean;
  mainLandmark: boolean;
  contentHeading: boolean;
  /** The first text on the page is content, not a repeated block or a link. */
  contentFirst: boolean;
  /** The text of a first Tab stop that may collapse a repeated block, if one is there. */
  disclosure: string | null;
}

/**
 * Runs window.__drukAudit.<name>(...args) in the page, or in one of its frames (injected into every
 * document by src/page/inspect.js). Arguments may hold element handles.
 */
export function callInPage<T>(target: Page | Frame, name: string, ...args: unknown[]): Promise<T> {
  return target.evaluate(
    ([fn, fnArgs]) =>
      (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).__drukAudit![fn as string]!(
        ...(fnArgs as unknown[]),
      ),
    [name, args] as const,
  ) as Promise<T>;
}

/**
 * callInPage for a function whose result is large plain data (strings, numbers, booleans, null, plain objects
 * and arrays): the page turns it into JSON and Node parses it, instead of Playwright walking it value by value
 * on both sides, which took about half of Node's CPU time for the page inspection's result (ADR 0027). A
 * property whose value is undefined is left out, as it is from the report written from it.
 */
export async function callInPageAsJson<T>(target: Page | Frame, name: string, ...args: unknown[]): Promise<T> {
  const json = await target.evaluate(
    async ([fn, fnArgs]) =>
      JSON.stringify(
        await (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).__drukAudit![
          fn as string
        ]!(...(fnArgs as unknown[])),
      ),
    [name, args] as const,
  );
  return JSON.parse(json) as T;
}

/** A failing finding of druk-audit's own on one element (or on the page, without one). */
export function finding(
  pageUrl: string,
  ruleId: string,
  message: string,
  element?: ElementRef,
  groupKey?: string,
): RawFinding {
  return {
    ruleId,
    status: 'fail',
    engines: ['druk'],
    pageUrl,
    message,
    selector: element?.selector,
    snippet: element?.snippet,
    rect: element?.rect,
    groupKey,
  };
}

export async function keyboardChecks(page: Page, session: CDPSession, pageUrl: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  const focusable = await callInPage<number>(page, 'snapshotFocusables');
  if (focusable === 0) return findings;
  const presses = Math.min(MAX_TABS, Math.max(focusable + 3, TRAP_WINDOW + 4));
  await callInPage(page, 'startFocusLog');
  // Real key events sent back to back through the DevTools protocol, which keeps their order; the page
  // logs focus at each keydown, so the walk is one pipelined burst instead of a round trip per key.
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, nativeVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: presses }, () => [
      session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
      session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
    ]).flat(),
  );
  const visited = await callInPageAsJson<(FocusState | null)[]>(page, 'takeFocusLog');
  const reportedInvisible = new Set<string>();
  for (const state of visited) {
    if (
      state &&
      state.known &&
      state.onScreen &&
      !state.visible &&
      state.selector &&
      !reportedInvisible.has(state.selector)
    ) {
      reportedInvisible.add(state.selector);
      findings.push(
        finding(
          pageUrl,
          'druk/focus-visible',
          `No visible change when "${state.text || state.selector}" receives keyboard focus`,
          state,
        ),
      );
    }
  }
  // Trapped: in the last presses focus never left the page and cycled among at most 3 elements, while the
  // page has more focusable elements than that.
  const tail = visited.slice(-TRAP_WINDOW);
  const tailKeys = new Set(tail.map((state) => state?.selector ?? 'outside'));
  const distinct = new Set(visited.map((state) => state?.selector ?? 'outside'));
  if (
    !tailKeys.has('outside') &&
    tailKeys.size <= 3 &&
    focusable > tailKeys.size &&
    distinct.size < focusable &&
    !(await closesWithEscape(page, [...tailKeys]))
  ) {
    const trapped = tail.at(-1)!;
    const message = `Tab keeps focus among ${tailKeys.size} element(s) (${[...tailKeys].join(', ')}); ${focusable} are focusable`;
    // WCAG 2.1.2 allows a trap the page advises how to leave: whether the advice works needs a person.
    const advice = await callInPage<string | null>(page, 'trapAdvice', [...tailKeys]);
    const trap = finding(
      pageUrl,
      'druk/keyboard-trap',
      advice ? `${message}; the page advises "${advice}": check that it frees focus` : message,
      trapped,
    );
    findings.push(advice ? { ...trap, status: 'needs-review', evidence: { advice } } : trap);
  }
  findings.push(...(await skipLinkCheck(page, pageUrl, visited)));
  return findings;
}

/** The standard way out of a modal dialog: Escape closes it, and none of the trapping elements is shown any more. */
async function closesWithEscape(page: Page, trappedSelectors: string[]): Promise<boolean> {
  await page.keyboard.press('Escape');
  return callInPage<boolean>(page, 'trapClosed', trappedSelectors);
}

function isSkipControl(state: FocusState | null): state is FocusState {
  return Boolean(state && (SKIP_TEXT.test(state.text) || (state.skipTarget && MAIN_TARGET.test(state.skipTarget))));
}

/**
 * WCAG 2.4.1 bypass blocks, by its sufficient techniques: a skip control among the first Tab stops (a link to
 * the main content, or a button that moves focus there) must work; without one, a main landmark or a heading
 * starting the content is enough. A page with no Tab stop, or with no navigation, banner or complementary
 * block outside its main content, has nothing to skip.
 */
async function skipLinkCheck(page: Page, pageUrl: string, visited: (FocusState | null)[]): Promise<RawFinding[]> {
  const first = visited[0];
  if (!first) return [];
  const control = visited.slice(0, SKIP_CONTROL_STOPS).find(isSkipControl);
  if (control) return skipControlCheck(page, pageUrl, control);
  // A page whose first Tab stop is already in the main content has no block to skip.
  if (first.inMain) return [];
  const firstStops = visited.slice(0, SKIP_CONTROL_STOPS).flatMap((state) => (state ? [state.selector] : []));
  const bypass = await callInPage<BypassFacts>(page, 'bypassFacts', firstStops);
  if (!bypass.repeatedBlocks || bypass.mainLandmark || bypass.contentHeading || bypass.contentFirst) return [];
  const missing = finding(
    pageUrl,
    'druk/skip-link-missing',
    `The first Tab stop is "${first.text || first.selector}", and there is no main landmark or heading to go to instead`,
    first,
    'first-tab-stop',
  );
  // A block the user can collapse (WCAG 2.4.1 technique SCR28) is bypassed too; whether this control does it needs a person.
  if (bypass.disclosure)
    return [
      {
        ...missing,
        status: 'needs-review',
        message: `${missing.message}; "${bypass.disclosure}" may collapse the repeated block: check that it does`,
      },
    ];
  return [missing];
}

async function skipControlCheck(page: Page, pageUrl: string, control: FocusState): Promise<RawFinding[]> {
  await callInPage(page, 'resetFocus');
  await callInPage(page, 'focusSkipLink', control.selector);
  await page.keyboard.press('Enter');
  type Landing = { target: string; targetExists: boolean; landed: boolean };
  let landing = await callInPage<Landing>(page, 'skipLinkLanded', control.skipTarget, control.selector);
  if (landing.target && landing.targetExists && !landing.landed) {
    // Browsers move the focus navigation starting point to a non-focusable target: the next Tab must land inside or after it.
    await page.keyboard.press('Tab');
    landing = await callInPage<Landing>(page, 'skipLinkLanded', landing.target, control.selector);
  }
  if (landing.targetExists && landing.landed) return [];
  const name = control.text || control.selector;
  return [
    finding(
      pageUrl,
      'druk/skip-link-broken',
      !landing.target
        ? `Activating "${name}" does not move focus past it`
        : landing.targetExists
          ? `After "${name}" focus does not move to #${landing.target}`
          : `The skip link points to #${landing.target}, which does not exist`,
      control,
      control.selector,
    ),
  ];
}

interface Overflow {
  overflows: boolean;
  width: number;
  scrollWidth: number;
  offenders: ElementRef[];
}

/**
 * Text spacing at the desktop size, then reflow at 320 CSS px and, when that fails, at 200% zoom (half the
 * width). The narrow layouts are emulated on the tab's DevTools session, not through Playwright's
 * setViewportSize: that also resizes the headless window and paints frames at each size, which cost more
 * than the whole layout measurement, and layout is all these checks read. The desktop metrics are put back
 * exactly as Playwright set them, so its own record of the viewport stays true.
 */
export async function layoutChecks(page: Page, session: CDPSession, pageUrl: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  const clipped = await callInPage<ElementRef[]>(page, 'textSpacingClipped');
  for (const element of clipped) {
    findings.push(finding(pageUrl, 'druk/text-spacing', 'Text is cut off with WCAG 1.4.12 text spacing', element));
  }
  const original = page.viewportSize() ?? { width: 1280, height: 800 };
  const metrics = (width: number, height: number) => ({
    width,
    height,
    screenWidth: original.width,
    screenHeight: original.height,
    deviceScaleFactor: 1,
    mobile: false,
    screenOrientation: { angle: 0, type: 'landscapePrimary' as const },
  });
  const overflowAt = async (width: number) => {
    await session.send('Emulation.setDeviceMetricsOverride', {
      ...metrics(width, Math.round(original.height / 2)),
      dontSetVisibleSize: true,
    });
    return callInPage<Overflow>(page, 'horizontalOverflow');
  };
  const report = (ruleId: string, width: number, overflow: Overflow) => {
    const offender = overflow.offenders[0];
    findings.push(
      finding(
        pageUrl,
        ruleId,
        `At ${width} CSS px the page is ${overflow.scrollWidth}px wide${offender ? `; ${offender.message}` : ''}`,
        offender,
      ),
    );
  };
  try {
    // 320 px first: a page that reflows there reflows at the wider 200% zoom width too, so that one is
    // measured only when 320 px fails.
    const narrow = await overflowAt(320);
    if (narrow.overflows) {
      report('druk/reflow', 320, narrow);
      const zoomWidth = Math.round(original.width / 2);
      const zoomed = await overflowAt(zoomWidth);
      if (zoomed.overflows) report('druk/zoom-200', zoomWidth, zoomed);
    }
  } finally {
    await session.send('Emulation.setDeviceMetricsOverride', {
      ...metrics(original.width, original.height),
      dontSetVisibleSize: true,
    });
  }
  return findings;
}
