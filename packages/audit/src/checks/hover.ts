// Content shown on hover or focus (WCAG 1.4.13), with a real mouse and real keys sent through the DevTools
// protocol. Elements that may bring up a tooltip or pop-up (tooltip markup, CSS :hover rules,
// aria-describedby, mouse listeners from DevTools' event-listener inspection) are hovered; what appears must
// go when the pointer leaves and come back when it returns (else it is not hover content), then stay while the
// pointer rests and while it moves onto it, go on Escape when it covers other content, and appear on keyboard
// focus too. Bounded per page by a number of triggers, each with a fixed number of waits; a page the probes
// changed is loaded again by the caller (see `changed`). The picture a judge needs is of the content, which is
// gone by the time the page's other crops are taken: the probe takes it while the content shows.
import type { CDPSession, Page } from 'playwright-core';
import { cropClip, holdCrop, jpegCrop, type ScreenshotBudget } from '../page/crops.ts';
import type { ElementRef } from '../page/facts.ts';
import type { RawFinding, Rect } from '../rules/raw.ts';
import { HOVER_RULES } from '../rules/hover.ts';
import type { FindingStatus } from '../types.ts';
import { callInPage, finding as failing } from './interaction.ts';

export const HOVER_RULE_IDS = HOVER_RULES.map((rule) => rule.id);

/**
 * Per page: triggers probed and elements with mouse listeners marked. No time budget: how many triggers a page
 * gets must not depend on how busy the machine is. Each wait (ms) is counted on the page's clock from the
 * pointer move or key press that it follows (page/hover.js): for content to appear, to stay while the pointer
 * rests (the time to appear plus a second), to stay once the pointer is on it, and to go after Escape or when
 * the pointer leaves. A trigger costs at most eight waits, about 4.5 s.
 */
export const HOVER_LIMITS = {
  triggers: 4,
  listenerNodes: 20,
  appearMs: 500,
  persistMs: 1500,
  hoverableMs: 300,
  goneMs: 400,
};
/** Events by which a script shows something under the mouse. */
const HOVER_EVENTS = new Set(['mouseenter', 'mouseover', 'pointerenter', 'pointerover']);
const OBJECT_GROUP = 'druk-hover';
/** Where the pointer rests between probes: the page's top left corner. */
const AWAY = { x: 1, y: 1 };

export interface HoverOutcome {
  findings: RawFinding[];
  /** The probes changed the page's DOM: it must be loaded again. */
  changed: boolean;
}

interface Trigger extends ElementRef {
  source: string;
}

interface Content extends ElementRef {
  pseudo?: string;
  text: string;
  obscures: boolean | null;
  links: number;
  controls: number;
  linksElsewhere: boolean;
  closeControl: boolean;
}

function finding(
  pageUrl: string,
  ruleId: string,
  status: FindingStatus,
  message: string,
  element: ElementRef,
  evidence: RawFinding['evidence'],
): RawFinding {
  return { ...failing(pageUrl, ruleId, message, element), status, evidence };
}

/** Marks, in the page, the elements with a mouse-over listener of their own (DevTools sees addEventListener). */
async function markMouseListeners(session: CDPSession): Promise<void> {
  try {
    const { result } = await session.send('Runtime.evaluate', { expression: 'document', objectGroup: OBJECT_GROUP });
    const { listeners } = await session.send('DOMDebugger.getEventListeners', {
      objectId: result.objectId!,
      depth: -1,
      pierce: true,
    });
    const nodes = [
      ...new Set(
        listeners.filter((listener) => HOVER_EVENTS.has(listener.type)).map((listener) => listener.backendNodeId),
      ),
    ].slice(0, HOVER_LIMITS.listenerNodes);
    // Sent together: DevTools answers them in order, without a round trip each.
    await Promise.all(
      nodes.map(async (backendNodeId) => {
        if (backendNodeId === undefined) return;
        const { object } = await session.send('DOM.resolveNode', { backendNodeId, objectGroup: OBJECT_GROUP });
        if (object.objectId)
          await session.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: 'function () { window.__drukAudit.hoverMarkListener(this); }',
          });
      }),
    );
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => undefined);
  }
}

/**
 * `screenshots`: the site's crop budget, or null for none. A trigger's findings share one crop of the trigger
 * and its content together, held until the page's crops are handed out (crops.ts), and counted once against
 * the budget then, in the order of every other crop.
 */
export async function hoverChecks(
  page: Page,
  session: CDPSession,
  pageUrl: string,
  limits: Pick<typeof HOVER_LIMITS, 'triggers'> = HOVER_LIMITS,
  screenshots: ScreenshotBudget | null = null,
): Promise<HoverOutcome> {
  await markMouseListeners(session);
  const triggers = await callInPage<Trigger[]>(page, 'hoverTriggers', limits.triggers);
  const findings: RawFinding[] = [];
  let changed = false;
  let held = 0;
  for (const [index, trigger] of triggers.entries()) {
    try {
      const crop = Boolean(screenshots && held < screenshots.remaining);
      const { found, screenshot } = await probeTrigger(page, pageUrl, index, trigger, crop);
      // A wait that began after its deadline saw the page later than the probe meant to: no verdict.
      if (!(await callInPage<boolean>(page, 'hoverProbeLate'))) {
        findings.push(...found);
        if (screenshot && found.length) {
          holdCrop(found, screenshot);
          held += 1;
        }
      }
    } finally {
      await page.mouse.move(AWAY.x, AWAY.y);
      changed = (await callInPage<boolean>(page, 'hoverEndProbe')) || changed;
    }
  }
  return { findings, changed };
}

const name = (trigger: Trigger) => trigger.selector ?? 'an element';
const contentName = (content: Content) =>
  content.text ? `"${content.text}"` : (content.pseudo ?? content.selector ?? 'content');

type Point = { x: number; y: number };

/**
 * Hover content comes with the pointer, goes when it leaves and comes back when it returns: anything else that
 * appeared meanwhile (a slide, a late banner) is not judged. Leaves the pointer on the trigger and the content
 * shown the second time; null when there is none.
 */
async function showContent(page: Page, index: number): Promise<{ point: Point; content: Content } | null> {
  const point = await callInPage<Point | null>(page, 'hoverStartProbe', index);
  if (!point) return null;
  await page.mouse.move(point.x, point.y, { steps: 2 });
  if (!(await callInPage<Content | null>(page, 'hoverContentAppeared', HOVER_LIMITS.appearMs))) return null;
  await page.mouse.move(AWAY.x, AWAY.y);
  if (!(await callInPage<boolean>(page, 'hoverContentGone', HOVER_LIMITS.goneMs))) return null;
  await callInPage(page, 'hoverSnapshot');
  await page.mouse.move(point.x, point.y, { steps: 2 });
  const content = await callInPage<Content | null>(page, 'hoverContentAppeared', HOVER_LIMITS.appearMs);
  return content && { point, content };
}

/**
 * A JPEG of the trigger and the content shown now, inside the viewport; null when it could not be taken. Given
 * up at the end of the wait it runs in, after which it would not be kept.
 */
async function cropShown(page: Page): Promise<string | null> {
  try {
    const { rect, viewport } = await callInPage<{ rect: Rect; viewport: { width: number; height: number } }>(
      page,
      'hoverCropRect',
    );
    const clip = cropClip(rect, viewport);
    return clip && (await jpegCrop(page, clip, false, HOVER_LIMITS.persistMs));
  } catch {
    return null;
  }
}

/**
 * One trigger's probe: each in-page wait follows the pointer move or key press just sent. With `crop`, a picture
 * of the content is taken the one time it is sure to show, whatever the verdicts turn out to be: content that
 * vanishes by itself, or shows only under the pointer, is gone by the time a finding is known.
 */
async function probeTrigger(
  page: Page,
  pageUrl: string,
  index: number,
  trigger: Trigger,
  crop: boolean,
): Promise<{ found: RawFinding[]; screenshot: string | null }> {
  const shown = await showContent(page, index);
  if (!shown) return { found: [], screenshot: null };
  // Taken during the wait that follows, which counts from the pointer's arrival whatever runs meanwhile; the
  // crop sends no input. Only a crop done when that wait ends is kept: one still waiting (for the page's
  // fonts, or on a busy machine) must not hold back the next step, or the content could go by itself
  // meanwhile and the verdicts change.
  let picture: string | null = null;
  if (crop)
    void cropShown(page).then((taken) => {
      picture = taken;
    });
  const vanished = await callInPage<boolean>(page, 'hoverContentGone', HOVER_LIMITS.persistMs);
  const screenshot = picture;
  return { found: await judge(page, pageUrl, trigger, shown.point, shown.content, vanished), screenshot };
}

/** The verdicts on content shown by the pointer on `point`, which `vanished` within HOVER_LIMITS.persistMs or not. */
async function judge(
  page: Page,
  pageUrl: string,
  trigger: Trigger,
  point: Point,
  content: Content,
  vanished: boolean,
): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  const evidence = {
    trigger: trigger.selector ?? '',
    foundBy: trigger.source,
    content: content.pseudo ? `${trigger.selector}${content.pseudo}` : (content.selector ?? ''),
    contentText: content.text,
  };
  const report = (ruleId: string, status: FindingStatus, message: string, measured: RawFinding['evidence']) =>
    findings.push(finding(pageUrl, ruleId, status, message, trigger, { ...evidence, ...measured }));

  // Persistent: it stays while the pointer rests on the trigger, counted from the pointer's arrival.
  if (vanished) {
    const stillOnTrigger = await callInPage<boolean>(page, 'hoverTriggerAt', point.x, point.y);
    report(
      'druk/hover-content-persist',
      stillOnTrigger ? 'fail' : 'needs-review',
      stillOnTrigger
        ? `${contentName(content)}, shown when the pointer is on ${name(trigger)}, disappeared by itself within ${HOVER_LIMITS.persistMs} ms of the pointer coming to it, while the pointer stayed there`
        : `${contentName(content)}, shown when the pointer is on ${name(trigger)}, disappeared, and the page moved the trigger from under the pointer: check that it stays while hovered`,
      { persistedMs: `under ${HOVER_LIMITS.persistMs}` },
    );
    return findings;
  }

  // Hoverable: it stays when the pointer moves from the trigger onto it.
  if (!content.pseudo) {
    const onContent = await callInPage<Point | null>(page, 'hoverContentPoint');
    if (onContent) {
      await page.mouse.move(onContent.x, onContent.y, { steps: 8 });
      if (await callInPage<boolean>(page, 'hoverContentGone', HOVER_LIMITS.hoverableMs)) {
        report(
          'druk/hover-content-persist',
          'fail',
          `${contentName(content)}, shown when the pointer is on ${name(trigger)}, disappears when the pointer moves onto it: it cannot be hovered to read`,
          { pointerMovedTo: `${Math.round(onContent.x)},${Math.round(onContent.y)}` },
        );
      }
      await page.mouse.move(point.x, point.y, { steps: 4 });
    }
  }

  // Dismissible: Escape, with the pointer left where it is and focus nowhere, hides content that covers others.
  if (!(await callInPage<boolean>(page, 'hoverContentGone', 0))) {
    await page.keyboard.press('Escape');
    if (!(await callInPage<boolean>(page, 'hoverContentGone', HOVER_LIMITS.goneMs)) && content.obscures !== false) {
      const sure = content.obscures === true && !content.closeControl;
      report(
        'druk/hover-content-dismiss',
        sure ? 'fail' : 'needs-review',
        sure
          ? `${contentName(content)}, shown when the pointer is on ${name(trigger)}, covers other content and Escape does not hide it`
          : content.closeControl
            ? `${contentName(content)}, shown on hover of ${name(trigger)}, does not go on Escape; it has a close button: check that it can be dismissed without moving the pointer`
            : `${contentName(content)}, shown on hover of ${name(trigger)}, does not go on Escape: check whether it covers other content`,
        { obscures: content.obscures, closeControl: content.closeControl },
      );
    }
  }

  // Reachable by keyboard: the same content appears when the trigger takes keyboard focus.
  await page.mouse.move(AWAY.x, AWAY.y);
  if (!(await callInPage<boolean>(page, 'hoverContentGone', HOVER_LIMITS.goneMs))) return findings;
  if (await callInPage<boolean>(page, 'hoverInNavigationMenu')) return findings;
  await callInPage(page, 'hoverSnapshot');
  let focused = await callInPage<boolean>(page, 'hoverFocusTrigger');
  if (focused) {
    // A keyboard focus (:focus-visible), not a script's: back one stop and forward again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    focused = await callInPage<boolean>(page, 'hoverTriggerFocused');
    if (!focused) return findings;
    if (await callInPage<Content | null>(page, 'hoverContentAppeared', HOVER_LIMITS.appearMs)) return findings;
  }
  const sure = content.links > 0 && !content.linksElsewhere;
  report(
    'druk/hover-content-focus',
    sure ? 'fail' : 'needs-review',
    `${contentName(content)} appears when the pointer is on ${name(trigger)}, but not when ${
      focused ? 'it takes keyboard focus' : 'the keyboard comes to it: neither it nor anything in it takes focus'
    }${sure ? `; its ${content.links} link(s) are nowhere else on the page` : ': check that keyboard users get the same information'}`,
    { focusable: focused, links: content.links, controls: content.controls },
  );
  return findings;
}
