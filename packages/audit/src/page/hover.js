// Runs inside the audited page after inspect.js, whose helpers it borrows from window.__drukAudit: the probes
// of the content-on-hover check (src/checks/hover.ts, WCAG 1.4.13). It finds elements that may bring up
// content under the mouse (tooltip markup, aria-describedby, CSS :hover rules, mouse listeners DevTools found),
// and says, around each real pointer move and key press sent from Node, what appeared, where it is and
// whether it is still there.
(() => {
  const shared = window.__drukAudit;
  if (!shared) return;
  const { describe, isHidden, deepActiveElement, allElements, until, frames } = shared;
  const FOCUSABLE = shared.TAB_STOPS;

  /** Tooltip and pop-over libraries' trigger markup (Bootstrap, Tippy, CSS-only tooltip kits). */
  const TOOLTIP_MARKUP =
    '[data-toggle="tooltip"], [data-bs-toggle="tooltip"], [data-toggle="popover"], [data-bs-toggle="popover"], [data-tippy-content], [data-tooltip], [data-tip], [aria-label][data-balloon-pos], [aria-label][data-microtip-position], [class*="tooltip"]:not([role="tooltip"])';
  const CLOSE_WORDS = /close|dismiss|hide|×|✕|ཁ་བསྡམ/i;
  /** Elements examined per trigger for content it may reveal. */
  const MAX_CANDIDATES = 40;
  /** Style rules read for :hover selectors. */
  const MAX_STYLE_RULES = 4000;

  const parentOf = (node) => node.parentElement || node.getRootNode().host || null;
  const inside = (container, node) => {
    for (let current = node; current; current = parentOf(current)) if (current === container) return true;
    return false;
  };

  /** Rendered, not transparent, with an area, and not pushed off the page. */
  function rendered(element) {
    if (!element || !element.isConnected || isHidden(element)) return false;
    const rect = element.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return false;
    if (rect.right + scrollX <= 0 || rect.bottom + scrollY <= 0) return false;
    for (let current = element; current; current = parentOf(current)) {
      if (Number(getComputedStyle(current).opacity) < 0.1) return false;
    }
    return true;
  }
  /** Seen by a sighted user, with something to read or look at: text or an image. */
  const visible = (element) =>
    rendered(element) &&
    Boolean((element.innerText || '').trim() || element.querySelector('img, svg') || element.localName === 'img');
  /** What aria-describedby names when it is a tooltip, not a hidden hint or error message of a form field. */
  const TOOLTIP_NAME = /tool-?tip|popover|(^|[-_\s])tip([-_\s]|$)/i;

  /** The trigger's ::before and ::after that show text: a CSS-only tooltip (content: attr(data-tooltip)). */
  function pseudoShown(element, pseudo) {
    const style = getComputedStyle(element, pseudo);
    const content = style.content;
    if (!content || content === 'none' || content === 'normal' || content === '""' || content === "''") return false;
    return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) >= 0.1;
  }

  // ---- Finding triggers -------------------------------------------------------------------------------

  /** Style rules of the page's readable style sheets, inside @media and @supports too. */
  function* styleRules() {
    let count = 0;
    const walk = function* (rules) {
      for (const rule of rules) {
        if (count >= MAX_STYLE_RULES) return;
        count += 1;
        if (rule.selectorText !== undefined) yield rule;
        else if (rule.cssRules) yield* walk(rule.cssRules);
      }
    };
    const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
    for (const sheet of sheets) {
      let rules;
      try {
        rules = sheet.cssRules;
      } catch {
        continue; // a cross-origin sheet the page cannot read
      }
      yield* walk(rules);
    }
  }

  /**
   * Selectors of elements whose :hover shows something else: "A:hover B", "A:hover > B", "A:hover + B",
   * "A:hover::after"; the part before :hover, with it removed, names the triggers. A rule that styles only the
   * hovered element itself (a colour change) reveals nothing.
   */
  function hoverTriggerSelectors() {
    const selectors = new Set();
    const pseudoSelectors = new Set();
    for (const rule of styleRules()) {
      if (!rule.selectorText.includes(':hover')) continue;
      for (const part of rule.selectorText.split(',')) {
        // The hovered compound may go on (":hover:not(.open)"); then a combinator or a ::before/::after.
        const match = /^(.*?):hover([^\s>+~,]*?)(\s*[>+~]\s*\S|\s+\S|::?(?:before|after)\b)/.exec(part.trim());
        if (!match) continue;
        const trigger =
          `${match[1]}${match[2].replace(/:(hover|focus|focus-within|focus-visible|active)\b/g, '')}`.trim();
        if (!trigger || /^(\*|html|body|:root)$/.test(trigger)) continue;
        selectors.add(trigger);
        if (match[3].startsWith(':')) pseudoSelectors.add(trigger);
      }
    }
    return { selectors: [...selectors], pseudoSelectors };
  }

  const marked = new WeakSet();
  /** Elements with a mouse listener of their own, marked by the Node side from DevTools. */
  function markListener(element) {
    if (element && element.nodeType === 1) marked.add(element);
  }

  let triggers = [];
  /**
   * Shown elements that may bring up content under the mouse, most likely first: tooltip markup, then CSS
   * :hover rules (where something near is hidden), then aria-describedby naming a hidden tooltip, then small
   * elements with mouse listeners. One per kind of trigger
   * (the same class of tooltip is probed once), up to `limit`.
   */
  function findTriggers(limit) {
    const viewportArea = innerWidth * innerHeight;
    const seen = new Set();
    const found = [];
    // A tooltip's trigger is small (an icon, a word, a button); a mouse listener on a larger element is
    // usually a card or a menu, and each probe that finds nothing costs a wait.
    const consider = (element, source, maxArea = viewportArea / 4) => {
      if (found.length >= limit || seen.has(element)) return;
      seen.add(element);
      if (element === document.body || element === document.documentElement || !rendered(element)) return;
      const rect = element.getBoundingClientRect();
      if (rect.width * rect.height > maxArea) return;
      // Elements of one class are one kind of tooltip; elements without a class are told apart by id.
      const classes = [...element.classList].sort().join('.');
      const kind = `${element.localName}${classes ? `.${classes}` : `#${element.id}`}|${source}`;
      if (found.some((trigger) => trigger.kind === kind)) return;
      found.push({ element, source, kind });
    };
    const elements = [...allElements()];
    for (const element of elements) if (element.matches(TOOLTIP_MARKUP)) consider(element, 'tooltip markup');
    const { selectors: hoverSelectors, pseudoSelectors } = hoverTriggerSelectors();
    for (const selector of hoverSelectors) {
      let matches;
      try {
        matches = document.querySelectorAll(selector);
      } catch {
        continue;
      }
      // Only where something near the trigger is hidden now, or the rule draws a ::before/::after.
      const drawsPseudo = pseudoSelectors.has(selector);
      for (const element of [...matches].slice(0, 5)) {
        if (drawsPseudo || candidatesOf(element).some((candidate) => !visible(candidate)))
          consider(element, `CSS ${selector}:hover`);
      }
    }
    for (const element of elements) {
      if (!element.hasAttribute('aria-describedby')) continue;
      const root = element.getRootNode();
      const described = element
        .getAttribute('aria-describedby')
        .split(/\s+/)
        .map((id) => root.getElementById?.(id))
        .filter(Boolean);
      const tooltip = (target) =>
        target.getAttribute('role') === 'tooltip' ||
        TOOLTIP_NAME.test(`${typeof target.className === 'string' ? target.className : ''} ${target.id}`);
      if (described.some((target) => tooltip(target) && !visible(target) && (target.textContent || '').trim()))
        consider(element, 'aria-describedby');
    }
    for (const element of elements) {
      if (marked.has(element)) consider(element, 'mouse listener', viewportArea / 16);
    }
    triggers = found;
    return found.map(({ element, source }) => ({ ...describe(element), source }));
  }

  // ---- One probe ----------------------------------------------------------------------------------------

  /**
   * When the last pointer move or key press the audit sent reached the page (its own clock, as its handlers
   * saw it): each wait of a probe is measured from there, not from when the call from Node arrives, which a
   * busy machine delays.
   */
  let lastInput = performance.now();
  const noteInput = (event) => {
    if (event.isTrusted) lastInput = performance.now();
  };
  addEventListener('mousemove', noteInput, true);
  addEventListener('keydown', noteInput, true);

  /**
   * Waits up to `ms` after the last input for `test`. A call that comes after that deadline (one DevTools round
   * trip longer than the wait) marks the probe late: what it sees then is no longer what the page showed at
   * the deadline, and the trigger is not judged.
   */
  function sinceInput(test, ms) {
    if (ms > 0 && performance.now() > lastInput + ms) probe.late = true;
    return until(test, ms, lastInput);
  }

  /** The trigger being probed, what was shown before the last pointer move or key press, and what changed since. */
  let probe = null;
  function candidatesOf(trigger) {
    const found = new Set();
    const add = (element) => found.size < MAX_CANDIDATES && element && found.add(element);
    const root = trigger.getRootNode();
    for (const id of (trigger.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean))
      add(root.getElementById?.(id));
    for (const element of trigger.querySelectorAll('*')) add(element);
    for (let sibling = trigger.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      add(sibling);
      for (const element of sibling.querySelectorAll('*')) add(element);
    }
    for (const element of document.querySelectorAll('[role="tooltip"]')) add(element);
    return [...found];
  }

  const recordChanges = (records) => {
    for (const record of records) {
      probe.mutations += 1;
      if (record.type === 'attributes') probe.changed.add(record.target);
      for (const node of record.addedNodes) if (node.nodeType === 1) probe.changed.add(node);
    }
  };

  /**
   * Starts probing trigger `index`: scrolls it into view and watches what the page adds or changes. Returns the
   * point the mouse should go to (the trigger's middle, where the trigger is the top element), or null when
   * the trigger cannot be hovered there.
   */
  function startProbe(index) {
    const { element } = triggers[index];
    if (!element.isConnected) return null;
    element.scrollIntoView({ block: 'center', inline: 'center' });
    probe?.observer.disconnect();
    probe = { trigger: element, mutations: 0, late: false, observer: new MutationObserver(recordChanges) };
    probe.observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    snapshot();
    const rect = element.getBoundingClientRect();
    const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    return inside(element, topElementAt(point.x, point.y)) ? point : null;
  }

  /** What is shown now, before the next pointer move or key press; forgets the content found so far. */
  function snapshot() {
    recordChanges(probe.observer.takeRecords());
    const candidates = candidatesOf(probe.trigger);
    Object.assign(probe, {
      candidates,
      shownBefore: new Set(candidates.filter(visible)),
      pseudoBefore: ['::before', '::after'].filter((pseudo) => pseudoShown(probe.trigger, pseudo)),
      changed: new Set(),
      content: null,
      pseudo: null,
    });
    return true;
  }

  function topElementAt(x, y) {
    let element = document.elementFromPoint(x, y);
    while (element?.shadowRoot) {
      const deeper = element.shadowRoot.elementFromPoint(x, y);
      if (!deeper || deeper === element) break;
      element = deeper;
    }
    return element;
  }

  /** What appeared since the snapshot: the largest outermost newly shown element that is not the trigger or around it. */
  function appearedContent() {
    recordChanges(probe.observer.takeRecords());
    const fresh = [...new Set([...probe.candidates, ...probe.changed])].filter(
      (element) =>
        element.nodeType === 1 &&
        !probe.shownBefore.has(element) &&
        !inside(element, probe.trigger) &&
        visible(element),
    );
    const outermost = fresh.filter((element) => !fresh.some((other) => other !== element && inside(other, element)));
    const area = (element) => {
      const rect = element.getBoundingClientRect();
      return rect.width * rect.height;
    };
    return outermost.sort((a, b) => area(b) - area(a))[0] || null;
  }

  /** Whether the content this probe found is shown (an element, or the trigger's pseudo-element). */
  const contentShown = () =>
    probe.pseudo ? pseudoShown(probe.trigger, probe.pseudo) : Boolean(probe.content && visible(probe.content));

  /** Whether text of the element itself (not of its descendants), or the image it is, lies under a point. */
  function ownContentAt(element, x, y) {
    if (element.localName === 'img') return true;
    const range = document.createRange();
    return [...element.childNodes].some((node) => {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) return false;
      range.selectNodeContents(node);
      return [...range.getClientRects()].some(
        (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
      );
    });
  }

  /** Whether the content covers text or an image of the page other than its own and its trigger's. */
  function obscures(content) {
    const rect = content.getBoundingClientRect();
    for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      for (const fy of [0.25, 0.5, 0.75]) {
        const [x, y] = [rect.left + rect.width * fx, rect.top + rect.height * fy];
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const covered = document
          .elementsFromPoint(x, y)
          .some(
            (element) =>
              !inside(content, element) &&
              !inside(element, content) &&
              !inside(probe.trigger, element) &&
              ownContentAt(element, x, y),
          );
        if (covered) return true;
      }
    }
    return false;
  }

  /**
   * After the pointer or focus came to the trigger: waits up to `ms` after it for content to appear, and describes it:
   * its text, whether it covers other content, its links (and whether each is elsewhere on the page), other
   * controls, and a close button. Null when nothing appeared.
   */
  async function contentAppeared(ms) {
    const found = await sinceInput(() => {
      const element = appearedContent();
      if (element) return { element };
      const pseudo = ['::before', '::after'].find(
        (name) => !probe.pseudoBefore.includes(name) && pseudoShown(probe.trigger, name),
      );
      return pseudo ? { pseudo } : null;
    }, ms);
    if (!found) return null;
    await frames();
    if (found.pseudo) {
      probe.pseudo = found.pseudo;
      const text = getComputedStyle(probe.trigger, found.pseudo).content.replace(/^["']|["']$/g, '');
      return {
        pseudo: found.pseudo,
        text: text.slice(0, 80),
        obscures: null,
        links: 0,
        controls: 0,
        linksElsewhere: true,
        closeControl: false,
      };
    }
    const content = (probe.content = found.element);
    const controls = [...content.querySelectorAll(FOCUSABLE)];
    const links = controls.filter((control) => control.matches('a[href], area[href]'));
    const elsewhere = new Set(
      [...document.querySelectorAll('a[href]')]
        .filter((link) => !content.contains(link) && visible(link))
        .map((link) => link.href),
    );
    return {
      ...describe(content),
      text: (content.innerText || '').replace(/\s+/g, ' ').trim().slice(0, 80),
      obscures: obscures(content),
      links: links.length,
      controls: controls.length,
      linksElsewhere: links.every((link) => elsewhere.has(link.href)),
      closeControl: controls.some((control) =>
        CLOSE_WORDS.test(`${control.textContent} ${control.getAttribute('aria-label') || ''}`),
      ),
    };
  }

  /** Waits until `ms` after the last input for the content to go; true when it went. */
  async function contentGone(ms) {
    return Boolean(await sinceInput(() => !contentShown(), ms));
  }

  /** Whether the element under a point is still the trigger (the layout did not move it from under the pointer). */
  function triggerAt(x, y) {
    return inside(probe.trigger, topElementAt(x, y));
  }

  /** A point on the content where the content, not the trigger, is the top element; or null. */
  function contentPoint() {
    if (!probe.content) return null;
    const rect = probe.content.getBoundingClientRect();
    const points = [
      [0.5, 0.5],
      [0.5, 0.25],
      [0.5, 0.75],
      [0.25, 0.5],
      [0.75, 0.5],
    ].map(([fx, fy]) => ({ x: rect.left + rect.width * fx, y: rect.top + rect.height * fy }));
    return (
      points.find(({ x, y }) => {
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
        const top = topElementAt(x, y);
        return inside(probe.content, top) && !inside(probe.trigger, top);
      }) || null
    );
  }

  /**
   * Where the trigger's ::before or ::after is drawn, in viewport coordinates, which the page cannot ask for: a
   * positioned one from its offsets, size and translation against its containing block; one in the flow lies
   * in the trigger's own box.
   */
  function pseudoRect(trigger, pseudo) {
    const style = getComputedStyle(trigger, pseudo);
    if (style.position !== 'absolute' && style.position !== 'fixed') return null;
    const px = (value) => parseFloat(value) || 0;
    let origin = { left: 0, top: 0 };
    if (style.position === 'absolute') {
      // The nearest positioned element: the trigger itself, or what the trigger is positioned against.
      const block =
        getComputedStyle(trigger).position !== 'static' ? trigger : trigger.offsetParent || document.documentElement;
      const rect = block.getBoundingClientRect();
      origin = { left: rect.left + block.clientLeft, top: rect.top + block.clientTop };
    }
    const edges = (side) =>
      style.boxSizing === 'border-box' ? 0 : px(style[`padding${side}`]) + px(style[`border${side}Width`]);
    const width = px(style.width) + edges('Left') + edges('Right');
    const height = px(style.height) + edges('Top') + edges('Bottom');
    // Tooltips are often centred on their trigger by a translation (left: 50%; transform: translateX(-50%)).
    const shift = style.transform === 'none' ? new DOMMatrixReadOnly() : new DOMMatrixReadOnly(style.transform);
    const left = origin.left + (style.left === 'auto' ? 0 : px(style.left)) + shift.m41;
    const top = origin.top + (style.top === 'auto' ? 0 : px(style.top)) + shift.m42;
    return { left, top, right: left + width, bottom: top + height };
  }

  /**
   * The trigger and the content shown now together, in viewport coordinates, with the viewport's size: what a
   * crop of the pop-up must cover.
   */
  function cropRect() {
    let { left, top, right, bottom } = probe.trigger.getBoundingClientRect();
    const content = probe.content
      ? probe.content.getBoundingClientRect()
      : probe.pseudo && pseudoRect(probe.trigger, probe.pseudo);
    if (content) {
      [left, top] = [Math.min(left, content.left), Math.min(top, content.top)];
      [right, bottom] = [Math.max(right, content.right), Math.max(bottom, content.bottom)];
    }
    return {
      rect: { x: left, y: top, width: right - left, height: bottom - top },
      viewport: { width: innerWidth, height: innerHeight },
    };
  }

  /**
   * Puts focus on the trigger, or on its first focusable descendant; false when neither can take it. The Node
   * side then presses Shift+Tab and Tab, so that the focus is a keyboard one (:focus-visible).
   */
  function focusTrigger() {
    const { trigger } = probe;
    const target = trigger.matches(FOCUSABLE) ? trigger : trigger.querySelector(FOCUSABLE);
    if (!target) return false;
    target.focus();
    return deepActiveElement() === target;
  }
  function triggerFocused() {
    const active = deepActiveElement();
    return Boolean(active && inside(probe.trigger, active));
  }
  /** The trigger is an item of a navigation menu, whose keyboard access druk/hover-only-menu already checks. */
  function inNavigationMenu() {
    return Boolean(probe.trigger.closest('nav li, header li, [role="navigation"] li, [role="menubar"] *'));
  }

  /** Whether a wait of this probe began after its deadline: the trigger is then not judged. */
  const probeLate = () => Boolean(probe?.late);

  /** Ends the probe; true when the page's DOM changed while it ran (the page is then loaded again). */
  function endProbe() {
    if (!probe) return false;
    recordChanges(probe.observer.takeRecords());
    probe.observer.disconnect();
    document.activeElement?.blur?.();
    const changed = probe.mutations > 0;
    probe = null;
    return changed;
  }

  Object.assign(shared, {
    hoverMarkListener: markListener,
    hoverTriggers: findTriggers,
    hoverStartProbe: startProbe,
    hoverSnapshot: snapshot,
    hoverContentAppeared: contentAppeared,
    hoverContentGone: contentGone,
    hoverTriggerAt: triggerAt,
    hoverContentPoint: contentPoint,
    hoverCropRect: cropRect,
    hoverFocusTrigger: focusTrigger,
    hoverTriggerFocused: triggerFocused,
    hoverInNavigationMenu: inNavigationMenu,
    hoverProbeLate: probeLate,
    hoverEndProbe: endProbe,
  });
})();
