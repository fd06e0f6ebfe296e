// Runs inside the audited page after inspect.js, whose helpers it borrows from window.__drukAudit: the probes
// of the interaction checks (src/checks/widgets.ts) that press real keys on the page's widgets. Dialogs and
// lightboxes, hover menus, role=button and fake buttons are found here; the keys are pressed from Node
// through the DevTools protocol, and these probes say what each press changed.
(() => {
  const shared = window.__drukAudit;
  if (!shared) return;
  const { describe, isHidden, deepActiveElement, allElements, selectorOf, until, frames } = shared;
  const FOCUSABLE = shared.TAB_STOPS;

  const NATIVE_CONTROLS =
    'a[href], area[href], button, input, select, textarea, summary, label, option, details, video, audio, iframe, embed, object';
  const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
  /** Lightbox and modal libraries' trigger markup: the attribute that names the content it opens. */
  const LIGHTBOX_TRIGGERS =
    '[aria-haspopup="dialog"], [data-lightbox], [data-fancybox], [data-lity], a.glightbox, [data-toggle="modal"], [data-bs-toggle="modal"], [data-micromodal-trigger]';
  /** Keys browsers and screen readers take with the access-key modifier (Alt in Chrome and Edge, Alt+Shift in Firefox): the address bar and the menus. */
  const RESERVED_ACCESS_KEYS = new Set(['d', 'e', 'f', 'v', 'h', 'b', 't', 's']);

  const shown = (element) => Boolean(element && element.isConnected && !isHidden(element) && describe(element).rect);
  const inside = (container, node) => {
    for (let current = node; current; current = current.parentNode || current.host) {
      if (current === container) return true;
    }
    return false;
  };

  // What the page does in answer to the audit's presses: DOM changes, clicks, focus moves, address changes.
  const reaction = { mutations: 0, clicks: [], focusIns: [] };
  let observer = null;
  let watchedFrom = '';
  const onClick = (event) => reaction.clicks.push(event.composedPath()[0]);
  const onFocusIn = (event) => reaction.focusIns.push(event.composedPath()[0]);
  const countRecords = () => (reaction.mutations += observer ? observer.takeRecords().length : 0);
  function startWatching() {
    reaction.mutations = 0;
    watchedFrom = location.href;
    observer ??= new MutationObserver((records) => (reaction.mutations += records.length));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    window.addEventListener('click', onClick, true);
    window.addEventListener('focusin', onFocusIn, true);
  }
  /** Whether anything the audit did changed the page: then it is loaded again before the other checks read it. */
  function stopWatching() {
    countRecords();
    observer?.disconnect();
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('focusin', onFocusIn, true);
    return reaction.mutations > 0 || location.href !== watchedFrom;
  }

  /** The page's state before one press, to tell afterwards whether the press changed anything. */
  let beforePress = null;
  function pressStart() {
    reaction.clicks.length = 0;
    reaction.focusIns.length = 0;
    countRecords();
    beforePress = { mutations: reaction.mutations, href: location.href, active: deepActiveElement() };
    return true;
  }
  /** After a press: a click reached `element`, the DOM changed, the address changed, or focus moved. */
  async function pressChanged(element) {
    await frames();
    countRecords();
    return (
      reaction.clicks.some((target) => inside(element, target)) ||
      reaction.mutations > beforePress.mutations ||
      location.href !== beforePress.href ||
      deepActiveElement() !== beforePress.active
    );
  }

  // ---- Access keys ------------------------------------------------------------------------------------

  /** Elements sharing an access key, and access keys the browser or a screen reader takes for itself. */
  function accessKeyConflicts() {
    const byKey = new Map();
    for (const element of allElements()) {
      const keys = (element.getAttribute('accesskey') || '').trim().toLowerCase();
      if (!keys || isHidden(element)) continue;
      // The attribute may list alternatives; the browser uses the first single character it supports.
      const key = keys.split(/\s+/)[0];
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(element);
    }
    const duplicates = [];
    const reserved = [];
    for (const [key, elements] of byKey) {
      if (elements.length > 1)
        duplicates.push({
          key,
          elements: elements.slice(0, 5).map((element) => describe(element)),
        });
      if (RESERVED_ACCESS_KEYS.has(key)) reserved.push({ key, ...describe(elements[0]) });
    }
    return { duplicates, reserved };
  }

  // ---- Fake buttons -------------------------------------------------------------------------------------

  /**
   * Elements that look clickable to a mouse (a pointer cursor of their own, or an onclick attribute) but that
   * the keyboard cannot reach: no native control, no role, no tab stop, and no control inside or around them
   * to reach instead. Whether each has a click listener is asked of DevTools afterwards; up to `limit`.
   */
  function fakeButtonCandidates(limit) {
    const found = [];
    const viewportArea = innerWidth * innerHeight;
    for (const element of allElements()) {
      if (found.length >= limit) break;
      if (element === document.body || element === document.documentElement) continue;
      if (element.matches(NATIVE_CONTROLS) || element.hasAttribute('role') || element.hasAttribute('tabindex'))
        continue;
      if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') continue;
      const style = getComputedStyle(element);
      const parentStyle = element.parentElement ? getComputedStyle(element.parentElement) : null;
      // A pointer cursor set on the element itself, not inherited from a clickable ancestor.
      const ownPointer = style.cursor === 'pointer' && parentStyle?.cursor !== 'pointer';
      if (!ownPointer && !element.hasAttribute('onclick')) continue;
      if (element.closest(FOCUSABLE) || element.querySelector(FOCUSABLE)) continue;
      const rect = element.getBoundingClientRect();
      // A backdrop covering the page closes an overlay that has its own controls.
      if (rect.width * rect.height > viewportArea / 2 || isHidden(element) || !describe(element).rect) continue;
      if (!(element.innerText || '').trim() && !element.querySelector('img, svg') && element.localName !== 'img')
        continue;
      found.push(element);
    }
    return found;
  }

  function fakeButtonFacts(element) {
    return {
      ...describe(element),
      pointer: getComputedStyle(element).cursor === 'pointer',
      text: (element.innerText || element.getAttribute('alt') || '').trim().slice(0, 60),
    };
  }

  // ---- role=button --------------------------------------------------------------------------------------

  /** Scripted buttons (role=button on an element that is not a native control), up to `limit`. */
  function scriptedButtons(limit) {
    return [...allElements()]
      .filter(
        (element) =>
          element.getAttribute('role') === 'button' &&
          // A link answers Enter by itself, and following it would leave the page.
          !element.matches('button, input, summary, a[href]') &&
          !element.closest(DIALOG) &&
          shown(element),
      )
      .slice(0, limit);
  }

  function buttonFacts(element) {
    return {
      ...describe(element),
      focusable: element.tabIndex >= 0 && !element.matches('[disabled]'),
      text: (element.innerText || element.getAttribute('aria-label') || '').trim().slice(0, 60),
    };
  }

  function focusElement(element) {
    element.focus({ preventScroll: false });
    return deepActiveElement() === element;
  }

  /** The same as a mouse click, for comparison with the keys: did a click change anything? */
  async function clickChanges(element) {
    pressStart();
    element.click();
    // The click the audit dispatched itself says nothing; only what the page did with it.
    reaction.clicks.length = 0;
    return pressChanged(element);
  }

  // ---- Dialogs and lightboxes ---------------------------------------------------------------------------

  /** The dialog a trigger names: aria-controls, data-target / data-bs-target / data-micromodal-trigger, or a fragment href. */
  function namedDialog(trigger) {
    const ids = [
      trigger.getAttribute('aria-controls'),
      (trigger.getAttribute('data-target') || trigger.getAttribute('data-bs-target') || '').replace(/^#/, ''),
      trigger.getAttribute('data-micromodal-trigger'),
      (trigger.getAttribute('href') || '').startsWith('#') ? trigger.getAttribute('href').slice(1) : '',
    ].filter(Boolean);
    for (const id of ids) {
      const target = document.getElementById(id);
      if (target) return target;
    }
    return null;
  }

  /** Controls that open a dialog or lightbox, shown and with a tab stop, and not inside a dialog; up to `limit`. */
  function dialogTriggers(limit) {
    return [...allElements()]
      .filter((element) => {
        if (!element.matches(FOCUSABLE) || element.closest(DIALOG) || !shown(element)) return false;
        if (element.matches(LIGHTBOX_TRIGGERS)) return true;
        const named = namedDialog(element);
        return Boolean(named && element.hasAttribute('aria-controls') && named.matches(DIALOG));
      })
      .slice(0, limit);
  }

  const visibleDialogs = () => [...allElements()].filter((element) => element.matches(DIALOG) && shown(element));

  let openedDialog = null;
  let dialogsBefore = [];
  function beforeDialogTrigger() {
    dialogsBefore = visibleDialogs();
    openedDialog = null;
    return pressStart();
  }

  /** After the trigger was pressed: the dialog that appeared (waiting for an animation), and where focus went. */
  async function dialogOpened() {
    openedDialog = await until(() => visibleDialogs().find((dialog) => !dialogsBefore.includes(dialog)) || null, 600);
    if (!openedDialog) return null;
    const focusedInside = await until(() => inside(openedDialog, deepActiveElement()), 600);
    const modal = openedDialog.matches(':modal') || openedDialog.getAttribute('aria-modal') === 'true';
    const tabStops = [...openedDialog.querySelectorAll(FOCUSABLE)].filter(shown).length;
    reaction.focusIns.length = 0;
    return { ...describe(openedDialog), modal, focusedInside: Boolean(focusedInside), tabStops };
  }

  /** After Tab was pressed in the open dialog: where focus went that was outside it. */
  function focusLeftDialog() {
    const outside = reaction.focusIns.find((target) => !inside(openedDialog, target));
    return outside ? describe(outside) : null;
  }

  /** After Escape: whether the dialog closed and whether focus came back to the trigger. */
  async function dialogClosed(trigger) {
    const closed = await until(() => !shown(openedDialog), 600);
    const returned = closed ? await until(() => inside(trigger, deepActiveElement()), 500) : false;
    const active = deepActiveElement();
    return { closed: Boolean(closed), returned: Boolean(returned), focus: active ? selectorOf(active) : null };
  }

  // ---- Dropdown and disclosure menus --------------------------------------------------------------------

  const linksIn = (container) => [...container.querySelectorAll('a[href], button')];

  /**
   * Items of the site's navigation with a sub-menu that is not shown now: a list or menu inside the item whose
   * links are all hidden. Each with its trigger (the item's first control) and the sub-menu; up to `limit`.
   */
  function closedSubmenus(limit) {
    const found = [];
    for (const item of document.querySelectorAll(
      'nav li, header li, [role="navigation"] li, [role="menubar"] > *, [role="menubar"] li',
    )) {
      if (found.length >= limit) break;
      const submenu = item.querySelector(':scope > ul, :scope > ol, :scope > [role="menu"], :scope > div');
      const trigger = [...item.children].find((child) => child !== submenu && child.matches(FOCUSABLE));
      if (!submenu || !trigger || !shown(trigger)) continue;
      const links = linksIn(submenu);
      if (!links.length || links.some(shown)) continue;
      found.push({ item, trigger, submenu });
    }
    return found;
  }
  let menus = [];
  function findMenus(limit) {
    menus = closedSubmenus(limit);
    return menus.map(({ trigger, submenu }) => ({
      trigger: describe(trigger),
      submenu: selectorOf(submenu),
      opener: trigger.matches('button, [role="button"], [aria-expanded], [aria-haspopup]'),
      link: trigger.matches('a[href]'),
    }));
  }
  /** Where the mouse goes to hover a sub-menu's item: the middle of its control, scrolled into view. */
  function menuHoverPoint(index) {
    const { trigger } = menus[index];
    trigger.scrollIntoView({ block: 'center' });
    const rect = trigger.getBoundingClientRect();
    return rect.width && rect.height ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }
  const submenuShown = (index) => linksIn(menus[index].submenu).some(shown);
  function focusMenuTrigger(index) {
    return focusElement(menus[index].trigger);
  }
  /** Whether the sub-menu opened, waiting a moment for a transition. */
  async function menuOpened(index) {
    return Boolean(await until(() => submenuShown(index), 400));
  }
  async function menuClosed(index) {
    return Boolean(await until(() => !submenuShown(index), 400));
  }
  /** Whether every link of the sub-menu also has a shown, focusable copy elsewhere on the page (same address). */
  function menuLinksElsewhere(index) {
    const { submenu } = menus[index];
    const hrefs = linksIn(submenu)
      .map((link) => link.href)
      .filter(Boolean);
    if (!hrefs.length) return false;
    const elsewhere = new Set(
      [...document.querySelectorAll('a[href]')]
        .filter((link) => !submenu.contains(link) && shown(link))
        .map((link) => link.href),
    );
    return hrefs.every((href) => elsewhere.has(href));
  }
  function resetPointerAndFocus() {
    document.activeElement?.blur?.();
  }

  /** Whether the page has any widget to press: most pages have none, and skip the rest of the round trips. */
  function hasWidgetsToPress() {
    return scriptedButtons(1).length > 0 || dialogTriggers(1).length > 0 || closedSubmenus(1).length > 0;
  }

  Object.assign(shared, {
    hasWidgetsToPress,
    startWatching,
    stopWatching,
    accessKeyConflicts,
    fakeButtonCandidates,
    fakeButtonFacts,
    scriptedButtons,
    buttonFacts,
    focusElement,
    clickChanges,
    dialogTriggers,
    beforeDialogTrigger,
    dialogOpened,
    focusLeftDialog,
    dialogClosed,
    findMenus,
    focusMenuTrigger,
    menuOpened,
    menuClosed,
    menuHoverPoint,
    menuLinksElsewhere,
    resetPointerAndFocus,
    pressStart,
    pressChanged,
  });
})();
