// The interaction family (issue 14, family 6): real key presses, sent through the DevTools protocol, on the
// page's widgets. Dialogs and lightboxes are opened from their triggers (focus must move in, stay in while
// the dialog is modal, Escape must close it and focus return); closed sub-menus of the navigation are opened
// by focus and keys, then by the mouse, to find those only the mouse opens; role=button elements are pressed
// with Enter and Space; elements with click listeners (found with DevTools' event-listener inspection) but
// no role or tab stop are reported; access keys are compared. Each kind is bounded per page, and a page its
// presses changed is loaded again by the caller before the other checks read it (see `changed`).
import type { CDPSession, Page } from 'playwright-core';
import type { ElementRef } from '../page/facts.ts';
import type { RawFinding } from '../rules/raw.ts';
import { INTERACTION_RULES } from '../rules/interaction.ts';
import type { FindingStatus } from '../types.ts';
import { callInPage, finding as failing } from './interaction.ts';

export const WIDGET_RULES = INTERACTION_RULES.map((rule) => rule.id);

/** Per page: dialog triggers opened, sub-menus tried, role=button elements pressed, elements whose listeners are read. */
export const WIDGET_LIMITS = { dialogTriggers: 3, menus: 3, scriptedButtons: 5, listenerProbes: 40 };
/** Events whose listener makes an element act on a mouse click. */
const CLICK_EVENTS = new Set(['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']);
/** DevTools object group of the element references this check holds, released at the end. */
const OBJECT_GROUP = 'druk-widgets';

export interface WidgetOutcome {
  findings: RawFinding[];
  /** The presses changed the page (DOM, address, an open dialog): it must be loaded again. */
  changed: boolean;
}

interface Facts extends ElementRef {
  text?: string;
  focusable?: boolean;
  pointer?: boolean;
}

/** One of this family's findings: druk-audit's own, with the status the check decided and its evidence. */
function finding(
  pageUrl: string,
  ruleId: string,
  status: FindingStatus,
  message: string,
  element?: ElementRef,
  evidence?: RawFinding['evidence'],
): RawFinding {
  return { ...failing(pageUrl, ruleId, message, element), status, ...(evidence ? { evidence } : {}) };
}

/** The elements an in-page probe returns, as DevTools object ids (kept in OBJECT_GROUP until released). */
async function elementsOf(session: CDPSession, expression: string): Promise<string[]> {
  const { result } = await session.send('Runtime.evaluate', { expression, objectGroup: OBJECT_GROUP });
  if (!result.objectId) return [];
  const { result: properties } = await session.send('Runtime.getProperties', {
    objectId: result.objectId,
    ownProperties: true,
  });
  return properties.flatMap((property) =>
    /^\d+$/.test(property.name) && property.value?.objectId ? [property.value.objectId] : [],
  );
}

/** Calls window.__drukAudit.<name>(element, ...args) in the page, for an element held by object id. */
async function callOn<T>(session: CDPSession, objectId: string, name: string, ...args: unknown[]): Promise<T> {
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: `function (...args) { return window.__drukAudit.${name}(this, ...args); }`,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/**
 * `leftPage` tells an error of a press that took the page to another document (a scripted button that
 * navigates) from a fault: then the findings so far stand, and the page is reported changed.
 */
export async function widgetChecks(
  page: Page,
  session: CDPSession,
  pageUrl: string,
  leftPage: (error: unknown) => boolean,
): Promise<WidgetOutcome> {
  const findings: RawFinding[] = [...(await accessKeyChecks(page, pageUrl))];
  try {
    findings.push(...(await fakeButtonChecks(session, pageUrl)));
    if (!(await callInPage<boolean>(page, 'hasWidgetsToPress'))) return { findings, changed: false };
    await callInPage(page, 'startWatching');
    // Buttons first: a dialog left open would cover them.
    findings.push(...(await scriptedButtonChecks(page, session, pageUrl)));
    findings.push(...(await menuChecks(page, pageUrl)));
    findings.push(...(await dialogChecks(page, session, pageUrl)));
    await page.mouse.move(0, 0);
    return { findings, changed: await callInPage<boolean>(page, 'stopWatching') };
  } catch (error) {
    if (leftPage(error)) return { findings, changed: true };
    throw error;
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup: OBJECT_GROUP }).catch(() => {});
  }
}

async function accessKeyChecks(page: Page, pageUrl: string): Promise<RawFinding[]> {
  type Conflicts = {
    duplicates: { key: string; elements: ElementRef[] }[];
    reserved: (ElementRef & { key: string })[];
  };
  const { duplicates, reserved } = await callInPage<Conflicts>(page, 'accessKeyConflicts');
  return [
    ...duplicates.map(({ key, elements }) =>
      finding(
        pageUrl,
        'druk/accesskey-conflict',
        'fail',
        `${elements.length} elements share the access key "${key}": only one of them answers it (${elements
          .map((element) => element.selector)
          .join(', ')})`,
        elements[0],
        { key, elements: elements.length },
      ),
    ),
    // Whether a key the browser also uses is a real clash depends on the browsers and readers people use.
    ...reserved.map((element) =>
      finding(
        pageUrl,
        'druk/accesskey-conflict',
        'needs-review',
        `The access key "${element.key}" is also a browser key (Alt+${element.key.toUpperCase()} in Chrome, Edge or Firefox): check that nothing people rely on is lost`,
        element,
        { key: element.key },
      ),
    ),
  ];
}

/**
 * Elements that look clickable (a pointer cursor of their own, or an onclick attribute) with no role, no tab
 * stop and no control inside or around them; DevTools lists each one's own event listeners. A click listener
 * with a pointer cursor is a control the keyboard cannot use; an onclick without the cursor needs a person.
 */
async function fakeButtonChecks(session: CDPSession, pageUrl: string): Promise<RawFinding[]> {
  const candidates = await elementsOf(
    session,
    `window.__drukAudit.fakeButtonCandidates(${WIDGET_LIMITS.listenerProbes})`,
  );
  // Sent together: DevTools answers them in order, without a round trip each.
  const listeners = await Promise.all(
    candidates.map((objectId) =>
      session
        .send('DOMDebugger.getEventListeners', { objectId })
        .then(({ listeners: found }) => found.map((listener) => listener.type))
        .catch((): string[] => []),
    ),
  );
  const findings: RawFinding[] = [];
  for (const [index, objectId] of candidates.entries()) {
    const events = [...new Set(listeners[index])].filter((type) => CLICK_EVENTS.has(type));
    if (!events.length) continue;
    const facts = await callOn<Facts>(session, objectId, 'fakeButtonFacts');
    const name = facts.text ? `"${facts.text}"` : facts.selector;
    findings.push(
      facts.pointer
        ? finding(
            pageUrl,
            'druk/fake-button',
            'fail',
            `${name} has a ${events.join('/')} listener and a pointer cursor, but no role and no tab stop`,
            facts,
            { listeners: events.join(' ') },
          )
        : finding(
            pageUrl,
            'druk/fake-button',
            'needs-review',
            `${name} has a ${events.join('/')} listener but no role and no tab stop: check whether a mouse click on it does something`,
            facts,
            { listeners: events.join(' ') },
          ),
    );
  }
  return findings;
}

/**
 * Each scripted button (role=button that is not a native control) is focused and pressed with Enter, then
 * with Space; what the page did is compared with what a click does. Keys the page ignores while a click
 * changes something: the keyboard cannot use the button. One of the two keys ignored needs a person.
 */
async function scriptedButtonChecks(page: Page, session: CDPSession, pageUrl: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  const buttons = await elementsOf(session, `window.__drukAudit.scriptedButtons(${WIDGET_LIMITS.scriptedButtons})`);
  for (const objectId of buttons) {
    const facts = await callOn<Facts>(session, objectId, 'buttonFacts');
    const name = facts.text ? `"${facts.text}"` : facts.selector;
    if (!facts.focusable) {
      if (await callOn<boolean>(session, objectId, 'clickChanges'))
        findings.push(
          finding(pageUrl, 'druk/button-keys', 'fail', `The button ${name} answers a click but has no tab stop`, facts),
        );
      continue;
    }
    const answers = async (key: 'Enter' | 'Space') => {
      if (!(await callOn<boolean>(session, objectId, 'focusElement'))) return null;
      await callInPage(page, 'pressStart');
      await page.keyboard.press(key);
      return callOn<boolean>(session, objectId, 'pressChanged');
    };
    const enter = await answers('Enter');
    const space = await answers('Space');
    if (enter === null || space === null || (enter && space)) continue;
    if (!enter && !space) {
      if (await callOn<boolean>(session, objectId, 'clickChanges'))
        findings.push(
          finding(
            pageUrl,
            'druk/button-keys',
            'fail',
            `The button ${name} does something on a click, but nothing on Enter or Space`,
            facts,
            { enter, space },
          ),
        );
      continue;
    }
    findings.push(
      finding(
        pageUrl,
        'druk/button-keys',
        'needs-review',
        `The button ${name} answers ${enter ? 'Enter' : 'Space'} but not ${enter ? 'Space' : 'Enter'}: check that it works with both`,
        facts,
        { enter, space },
      ),
    );
  }
  return findings;
}

interface MenuFacts {
  trigger: ElementRef;
  submenu: string;
  /** The trigger is a button or says it opens something (aria-expanded, aria-haspopup). */
  opener: boolean;
  /** The trigger is a link: Enter would leave the page. */
  link: boolean;
}

/**
 * Closed sub-menus of the navigation that the mouse opens: focus on the item's control, then Enter (a button)
 * or the down arrow (a link, which Enter would follow), must open them too. One that opens only when the mouse
 * is over it fails, unless each of its links is also on the page elsewhere, which a person must judge.
 */
async function menuChecks(page: Page, pageUrl: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  const menus = await callInPage<MenuFacts[]>(page, 'findMenus', WIDGET_LIMITS.menus);
  for (const [index, menu] of menus.entries()) {
    // The mouse first: a sub-menu it does not open is not judged, and one that opens at once costs no wait.
    await callInPage(page, 'resetPointerAndFocus');
    const point = await callInPage<{ x: number; y: number } | null>(page, 'menuHoverPoint', index);
    if (!point) continue;
    await page.mouse.move(point.x, point.y);
    const opensOnHover = await callInPage<boolean>(page, 'menuOpened', index);
    await page.mouse.move(0, 0);
    // Still open with the mouse gone (a closing delay): what the keys do cannot be told apart.
    if (!opensOnHover || !(await callInPage<boolean>(page, 'menuClosed', index))) continue;
    if (!(await callInPage<boolean>(page, 'focusMenuTrigger', index))) continue;
    if (await callInPage<boolean>(page, 'menuOpened', index)) continue;
    if (menu.opener) {
      await page.keyboard.press(menu.link ? 'ArrowDown' : 'Enter');
      if (await callInPage<boolean>(page, 'menuOpened', index)) continue;
    }
    const elsewhere = await callInPage<boolean>(page, 'menuLinksElsewhere', index);
    const name = menu.trigger.selector;
    findings.push(
      elsewhere
        ? finding(
            pageUrl,
            'druk/hover-only-menu',
            'needs-review',
            `The sub-menu of ${name} opens only under the mouse; its links are also elsewhere on the page: check that keyboard users can find them`,
            menu.trigger,
            { submenu: menu.submenu },
          )
        : finding(
            pageUrl,
            'druk/hover-only-menu',
            'fail',
            `The sub-menu of ${name} opens under the mouse, but not on focus${menu.opener ? ` nor on ${menu.link ? 'the down arrow' : 'Enter'}` : ''}: its links cannot be reached with the keyboard`,
            menu.trigger,
            { submenu: menu.submenu },
          ),
    );
  }
  await callInPage(page, 'resetPointerAndFocus');
  return findings;
}

interface OpenedDialog extends ElementRef {
  modal: boolean;
  focusedInside: boolean;
  tabStops: number;
}

/**
 * Each dialog or lightbox trigger is focused and pressed with Enter. When a dialog appears: focus must be in
 * it (a modal one fails otherwise; a non-modal one needs a person), Tab must not leave a modal one, Escape
 * should close it (needs a person: other ways out may exist) and focus should return to the trigger (needs
 * a person). A dialog Escape leaves open ends the check: it covers the rest of the page.
 */
async function dialogChecks(page: Page, session: CDPSession, pageUrl: string): Promise<RawFinding[]> {
  const findings: RawFinding[] = [];
  const triggers = await elementsOf(session, `window.__drukAudit.dialogTriggers(${WIDGET_LIMITS.dialogTriggers})`);
  for (const objectId of triggers) {
    const trigger = await callOn<Facts>(session, objectId, 'buttonFacts');
    const name = trigger.text ? `"${trigger.text}"` : trigger.selector;
    if (!(await callOn<boolean>(session, objectId, 'focusElement'))) continue;
    await callInPage(page, 'beforeDialogTrigger');
    await page.keyboard.press('Enter');
    const dialog = await callInPage<OpenedDialog | null>(page, 'dialogOpened');
    if (!dialog) continue;
    const evidence = { dialog: dialog.selector ?? '', trigger: trigger.selector ?? '', modal: dialog.modal };
    if (!dialog.focusedInside) {
      findings.push(
        finding(
          pageUrl,
          'druk/dialog-focus',
          dialog.modal ? 'fail' : 'needs-review',
          dialog.modal
            ? `The modal dialog ${trigger.selector} opens does not receive keyboard focus: it stays behind the dialog`
            : `The dialog ${name} opens does not receive keyboard focus: check that keyboard users can reach it`,
          dialog,
          evidence,
        ),
      );
    } else if (dialog.modal) {
      for (let press = 0; press <= dialog.tabStops; press += 1) await page.keyboard.press('Tab');
      const outside = await callInPage<ElementRef | null>(page, 'focusLeftDialog');
      if (outside)
        findings.push(
          finding(
            pageUrl,
            'druk/dialog-focus',
            'fail',
            `Tab moves focus out of the open modal dialog ${name} opened, to ${outside.selector}, behind it`,
            dialog,
            { ...evidence, focusWent: outside.selector ?? '' },
          ),
        );
    }
    await page.keyboard.press('Escape');
    const closing = await callOn<{ closed: boolean; returned: boolean; focus: string | null }>(
      session,
      objectId,
      'dialogClosed',
    );
    if (!closing.closed) {
      findings.push(
        finding(
          pageUrl,
          'druk/dialog-escape',
          'needs-review',
          `Escape does not close the dialog ${name} opens: check that keyboard users can close it`,
          dialog,
          evidence,
        ),
      );
      break;
    }
    if (!closing.returned)
      findings.push(
        finding(
          pageUrl,
          'druk/dialog-focus',
          'needs-review',
          `After the dialog ${name} opens is closed, focus is on ${closing.focus ?? 'the page'}, not back on ${name}`,
          dialog,
          { ...evidence, focusAfterClose: closing.focus },
        ),
      );
  }
  return findings;
}
