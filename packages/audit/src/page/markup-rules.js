// Runs inside the audited page, loaded before inspect.js: druk-audit's own rules that decide from the
// rendered markup and styles alone, each the implementation of a W3C ACT rule the engines lack or get wrong.
// Each rule returns the elements that fail it; src/checks/markup-checks.ts turns them into findings.
// When a rule cannot be sure (the text may be an icon, the words may be an abbreviation), it stays silent:
// a wrong failure costs an agency points, a miss costs nothing.
(() => {
  /** Roles whose accessible name may come from their content and that a speech user activates by name. */
  const NAME_FROM_CONTENT_WIDGETS = new Set([
    'button',
    'checkbox',
    'gridcell',
    'link',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'radio',
    'switch',
    'tab',
    'treeitem',
  ]);

  function roleOf(element) {
    const explicit = (element.getAttribute('role') || '').trim().split(/\s+/)[0];
    if (explicit) return explicit;
    if ((element.localName === 'a' || element.localName === 'area') && element.hasAttribute('href')) return 'link';
    if (element.localName === 'button') return 'button';
    return '';
  }

  /** Fonts that draw words as pictures (ligature icon fonts): their text is not a visible label. */
  const ICON_FONT = /icon|awesome|glyph|symbol|fontello|ionicons|dashicons/i;

  /** Clipped to nothing or a pixel, as "visually hidden" styles do: read by screen readers, not seen. */
  function visuallyHidden(element, style) {
    const rect = element.getBoundingClientRect();
    const clipped =
      (style.clipPath && style.clipPath !== 'none') || (style.clip && style.clip !== 'auto' && style.clip !== '');
    return (
      (clipped && rect.width <= 1 && rect.height <= 1) || (style.overflow === 'hidden' && rect.width * rect.height <= 1)
    );
  }

  /**
   * The text a sighted user reads as an element's label: its rendered text (not hidden, not visually
   * hidden, not drawn in an icon font), with a space between blocks, and with parenthesised hints such as
   * "(YYYY-MM-DD)" left out, since a speech user says the label, not the format hint.
   */
  function visibleLabel(element) {
    const parts = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        parts.push(node.data);
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.localName === 'br') {
        parts.push(' ');
        return;
      }
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility !== 'visible' || visuallyHidden(node, style)) return;
      if (ICON_FONT.test(style.fontFamily)) return;
      const block = !style.display.startsWith('inline') && style.display !== 'contents';
      if (block) parts.push(' ');
      for (const child of node.childNodes) walk(child);
      if (block) parts.push(' ');
    };
    if (ICON_FONT.test(getComputedStyle(element).fontFamily)) return '';
    for (const child of element.childNodes) walk(child);
    return parts.join('').replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  }

  /**
   * Words to compare, in order: lower case, hyphens joined ("non-standard" is "nonstandard"), everything
   * but letters, marks and digits a separator. A word of letters written with a full stop after it ("Ave.")
   * is marked as a possible abbreviation.
   */
  function words(text) {
    const found = [];
    const pattern = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011\u00ad][\p{L}\p{M}\p{N}]+)*(\.)?/gu;
    for (const match of text.toLowerCase().matchAll(pattern)) {
      const word = match[0].replace(/[-\u2010\u2011\u00ad.]/g, '');
      found.push({ word, abbreviation: Boolean(match[1]) && word.length > 1 && /^\p{L}+$/u.test(word) });
    }
    return found;
  }

  /** "rd" for "road", "ave" for "avenue": same first letter, the other letters in order. */
  function abbreviates(short, word) {
    if (short[0] !== word[0]) return false;
    let at = 0;
    for (const letter of word) if (letter === short[at]) at += 1;
    return at === short.length;
  }

  /** The visible words appear, whole and in order, as one run of the name's words (an abbreviation may stand for a longer word). */
  function containsRun(name, label) {
    const same = (nameWord, labelWord) =>
      nameWord === labelWord.word || (labelWord.abbreviation && abbreviates(labelWord.word, nameWord));
    for (let start = 0; start + label.length <= name.length; start += 1) {
      if (label.every((labelWord, offset) => same(name[start + offset], labelWord))) return true;
    }
    return false;
  }

  function nameFromAttributes(element) {
    const root = element.getRootNode();
    const ids = (element.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const referenced = ids.map((id) => root.getElementById?.(id)).filter(Boolean);
    if (referenced.length) return referenced.map((target) => target.textContent || '').join(' ');
    const label = element.getAttribute('aria-label');
    return label && label.trim() ? label : null;
  }

  /**
   * WCAG 2.5.3 Label in Name (ACT 2ee8b8): a control named by aria-label or aria-labelledby must have its
   * visible text in that name, so that saying what one sees activates it. A visible label of one letter
   * ("X", "i") is taken for a symbol, which the criterion does not cover.
   */
  function labelNotInName(elements) {
    const failing = [];
    for (const element of elements) {
      if (!NAME_FROM_CONTENT_WIDGETS.has(roleOf(element))) continue;
      const name = nameFromAttributes(element);
      if (name === null) continue;
      const label = words(visibleLabel(element));
      if (!label.length || (label.length === 1 && label[0].word.length === 1 && /\p{L}/u.test(label[0].word))) continue;
      if (
        containsRun(
          words(name).map((entry) => entry.word),
          label,
        )
      )
        continue;
      failing.push({
        element,
        message: `The visible label "${label.map((entry) => entry.word).join(' ')}" is not part of the accessible name "${name.trim()}"`,
      });
    }
    return failing;
  }

  /** The rotation (degrees, 0 to 360) a transform or rotate declaration gives, or null when it cannot be read. */
  function rotationOf(style) {
    let transform = style.getPropertyValue('transform');
    const rotate = style.getPropertyValue('rotate').trim();
    if (rotate && rotate !== 'none') {
      // "90deg", "z 90deg" or "0 0 1 90deg": only a turn about the screen's axis turns the page.
      const angle = /^(?:z\s+|0\s+0\s+1\s+)?(-?[\d.]+(?:deg|rad|turn|grad))$/.exec(rotate);
      if (!angle) return null;
      transform = `rotate(${angle[1]}) ${transform && transform !== 'none' ? transform : ''}`;
    }
    if (!transform || transform === 'none') return null;
    try {
      const matrix = new DOMMatrix(transform);
      return ((((Math.atan2(matrix.b, matrix.a) * 180) / Math.PI) % 360) + 360) % 360;
    } catch {
      // Relative lengths or invalid values: DOMMatrix cannot compute them without a box.
      return null;
    }
  }

  const QUARTER_TURN_TOLERANCE = 10;
  const nearQuarterTurn = (degrees) =>
    [90, 270].some((quarter) => Math.abs(degrees - quarter) <= QUARTER_TURN_TOLERANCE);

  /** Style rules inside @media rules that test the orientation, with the media text. */
  function* orientationRules(root) {
    const pending = [];
    for (const sheet of [...(root.styleSheets || []), ...(root.adoptedStyleSheets || [])]) {
      try {
        pending.push(...[...sheet.cssRules].map((rule) => ({ rule, media: '' })));
      } catch {
        // A cross-origin stylesheet cannot be read.
      }
    }
    while (pending.length) {
      const { rule, media } = pending.shift();
      const conditions = rule.media ? `${media} ${rule.media.mediaText}` : media;
      if (rule.selectorText !== undefined && /\borientation\s*:\s*(portrait|landscape)/.test(conditions))
        yield { rule, media: conditions.trim() };
      if (rule.cssRules) pending.push(...[...rule.cssRules].map((child) => ({ rule: child, media: conditions })));
    }
  }

  /**
   * WCAG 1.3.4 Orientation (ACT b33eff): a page whose content is turned a quarter turn only in one
   * orientation (a rotation under @media (orientation: …)) shows the other orientation's content sideways,
   * forcing the user to turn the device. The turn is measured against the element's rotation outside that
   * condition, so a page tilted slightly everywhere is judged by the difference.
   */
  function orientationLocked(elements) {
    const root = document;
    const failing = [];
    const candidates = new Set(elements);
    for (const { rule, media } of orientationRules(root)) {
      const conditional = rotationOf(rule.style);
      if (conditional === null) continue;
      for (const element of candidates) {
        let matches = false;
        try {
          matches = element.matches(rule.selectorText);
        } catch {
          // A selector this browser cannot match.
        }
        if (!matches || !(element.innerText || '').trim()) continue;
        const turn = (((conditional - unconditionalRotation(element, root)) % 360) + 360) % 360;
        if (!nearQuarterTurn(turn)) continue;
        failing.push({
          element,
          message: `Under @media ${media} the element is turned ${Math.round(turn)}°: the page is shown only in one orientation`,
        });
        candidates.delete(element);
      }
    }
    return failing;
  }

  /** The rotation the element's style rules and style attribute give outside orientation conditions (0 when none). */
  function unconditionalRotation(element, root) {
    let rotation = 0;
    const pending = [];
    for (const sheet of root.styleSheets || []) {
      try {
        pending.push(...sheet.cssRules);
      } catch {
        // A cross-origin stylesheet cannot be read.
      }
    }
    for (const rule of pending) {
      if (rule.selectorText === undefined) continue;
      try {
        if (element.matches(rule.selectorText)) rotation = rotationOf(rule.style) ?? rotation;
      } catch {
        // A selector this browser cannot match.
      }
    }
    return rotationOf(element.style) ?? rotation;
  }

  /** Keywords that hand the value down from the parent rather than set one: the declaration sets no spacing of its own. */
  const INHERITING = /^(inherit|unset|revert|revert-layer)$/;
  const MIN_LINE_HEIGHT = 1.5;

  /** Text nodes whose line height the element's declaration sets (no descendant declares its own). */
  function* textGoverned(element) {
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.data.trim()) yield node;
      else if (node.nodeType === Node.ELEMENT_NODE && node.style?.getPropertyPriority('line-height') !== 'important')
        yield* textGoverned(node);
    }
  }

  /** The text wraps onto several lines that are on the page: only then does the line height matter. */
  function wrapsOnPage(text) {
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.bottom > 0 && rect.right > 0);
    return new Set(lines.map((rect) => Math.round(rect.top))).size > 1;
  }

  /**
   * WCAG 1.4.12 Text Spacing (ACT 78fd32): a line height set with !important in a style attribute cannot be
   * overridden by the user's own spacing, so it must already be at least 1.5 times the font size for the
   * wrapped text it sets.
   */
  function importantLineHeightTooSmall(elements) {
    const failing = [];
    for (const element of elements) {
      if (element.style?.getPropertyPriority('line-height') !== 'important') continue;
      if (INHERITING.test(element.style.getPropertyValue('line-height').trim())) continue;
      for (const text of textGoverned(element)) {
        const style = getComputedStyle(text.parentElement);
        if (style.visibility !== 'visible' || !wrapsOnPage(text)) continue;
        const fontSize = parseFloat(style.fontSize);
        // "normal" is about 1.2 times the font size in every common font.
        const ratio = style.lineHeight === 'normal' ? 1.2 : parseFloat(style.lineHeight) / fontSize;
        if (!(ratio < MIN_LINE_HEIGHT - 0.01)) continue;
        failing.push({
          element,
          message: `The line height is ${style.lineHeight} for ${style.fontSize} text (${ratio.toFixed(2)} times), set with !important; WCAG 1.4.12 needs at least ${MIN_LINE_HEIGHT}`,
        });
        break;
      }
    }
    return failing;
  }

  const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);
  const HEADER_ROLES = new Set(['columnheader', 'rowheader']);

  /** The table role of an element: an explicit one, else a <table>'s (none when it is presentational). */
  function tableRole(element) {
    const explicit = roleOf(element);
    if (explicit) return explicit;
    return element.localName === 'table' ? 'table' : '';
  }

  function cellRole(cell) {
    const explicit = roleOf(cell);
    if (explicit) return explicit;
    if (cell.localName === 'th') return 'columnheader';
    return cell.localName === 'td' ? 'cell' : '';
  }

  /** The rows of a table, each a list of its cells (nested tables' rows and cells left out). */
  function tableRows(table) {
    const owned = (element) =>
      element.parentElement?.closest('table, [role="table"], [role="grid"], [role="treegrid"]') === table;
    const rows = [...table.querySelectorAll('tr, [role="row"]')].filter(
      (row) => owned(row) && (row.localName === 'tr' ? !roleOf(row) || roleOf(row) === 'row' : true),
    );
    return rows.map((row) => [...row.children].filter((cell) => ['th', 'td'].includes(cell.localName) || roleOf(cell)));
  }

  function shown(element) {
    return !element.closest('[aria-hidden="true"]') && element.getClientRects().length > 0;
  }

  /**
   * WCAG 1.3.1 (ACT d0f69e): a column header of a table's first row must head at least one cell below it,
   * in its columns (or a cell naming it in headers). Tables with rowspan are left alone: their columns
   * need the full table model, and a wrong failure is worse than a miss.
   */
  function headersWithoutCells(elements) {
    const failing = [];
    for (const table of elements) {
      if (!TABLE_ROLES.has(tableRole(table)) || !shown(table)) continue;
      const rows = tableRows(table);
      if (rows.length < 2 || rows.flat().some((cell) => Number(cell.getAttribute('rowspan') || 1) > 1)) continue;
      const columnsOf = (row) => {
        let column = 0;
        return row.map((cell) => {
          const span = Math.max(1, Number(cell.getAttribute('colspan') || 1) || 1);
          const range = [column, column + span];
          column += span;
          return { cell, range };
        });
      };
      const [first, ...rest] = rows.map(columnsOf);
      const below = rest.flat();
      for (const { cell: header, range } of first) {
        if (!HEADER_ROLES.has(cellRole(header)) || !shown(header) || !(header.textContent || '').trim()) continue;
        const assigned = below.some(({ cell, range: [start, end] }) => {
          const named = (cell.getAttribute('headers') || '').split(/\s+/).filter(Boolean);
          if (named.length) return Boolean(header.id) && named.includes(header.id);
          return start < range[1] && end > range[0];
        });
        if (!assigned)
          failing.push({
            element: header,
            message: `The column header "${(header.textContent || '').trim()}" heads no cell`,
          });
      }
    }
    return failing;
  }

  /** [r, g, b, a] (0-255, alpha 0-1) of every rgb()/rgba() colour in a computed value, in order. */
  function colours(value) {
    return [...value.matchAll(/rgba?\(([^)]+)\)/g)].map((match) => {
      const [r, g, b, a] = match[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a ?? 1];
    });
  }

  /** A colour with alpha painted over an opaque one. */
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

  function luminance([r, g, b]) {
    const linear = (channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }

  function contrast(first, second) {
    const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }

  /** The opaque colour behind an element's own background: the nearest ancestor's background colour, else white. Null behind an image. */
  function backdropOf(element) {
    let backdrop = [255, 255, 255, 1];
    const layers = [];
    for (let current = element.parentElement; current; current = current.parentElement) {
      const style = getComputedStyle(current);
      if (style.backgroundImage !== 'none') return null;
      const [colour] = colours(style.backgroundColor);
      if (colour && colour[3] > 0) layers.push(colour);
      if (colour && colour[3] === 1) break;
    }
    for (const layer of layers.reverse()) backdrop = over(layer, backdrop);
    return backdrop;
  }

  /** Points along a gradient: its colour stops and the colours between each pair (interpolated with premultiplied alpha). */
  function gradientSamples(stops) {
    const samples = [];
    const steps = 10;
    stops.forEach((stop, index) => {
      const next = stops[index + 1];
      samples.push(stop);
      if (!next) return;
      for (let step = 1; step < steps; step += 1) {
        const t = step / steps;
        const alpha = stop[3] * (1 - t) + next[3] * t;
        const channel = (i) => (alpha ? (stop[i] * stop[3] * (1 - t) + next[i] * next[3] * t) / alpha : 0);
        samples.push([channel(0), channel(1), channel(2), alpha]);
      }
    });
    return samples;
  }

  /**
   * WCAG 1.4.3 (ACT afw4f7) on a gradient background, which axe-core leaves for review: text that stays
   * below the minimum contrast at every point of the gradient fails wherever it sits on it. Text with a
   * shadow, or over an image, is left alone.
   */
  function lowContrastOnGradient(elements) {
    const failing = [];
    for (const element of elements) {
      const style = getComputedStyle(element);
      const image = style.backgroundImage;
      if (!/gradient\(/.test(image) || /url\(/.test(image) || image.split('gradient(').length > 2) continue;
      if (style.textShadow !== 'none' || style.visibility !== 'visible') continue;
      if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.data.trim())) continue;
      const backdrop = backdropOf(element);
      const [text] = colours(style.color);
      if (!backdrop || !text || !element.getClientRects().length) continue;
      const behind = over(colours(style.backgroundColor)[0] ?? [0, 0, 0, 0], backdrop);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const minimum = large ? 3 : 4.5;
      const best = Math.max(
        ...gradientSamples(colours(image)).map((sample) => {
          const background = over(sample, behind);
          return contrast(over(text, background), background);
        }),
      );
      if (best < minimum)
        failing.push({
          element,
          message: `The text's contrast with its gradient background is at most ${best.toFixed(2)}:1; WCAG 1.4.3 needs ${minimum}:1`,
        });
    }
    return failing;
  }

  /** Every rule on the given elements (the document's and its open shadow roots'): the failing ones, by rule id. */
  window.__drukMarkupRules = (elements) => [
    ...labelNotInName(elements).map((failure) => ({ ruleId: 'druk/label-in-name', ...failure })),
    ...orientationLocked(elements).map((failure) => ({ ruleId: 'druk/orientation-lock', ...failure })),
    ...lowContrastOnGradient(elements).map((failure) => ({ ruleId: 'druk/gradient-contrast', ...failure })),
    ...headersWithoutCells(elements).map((failure) => ({ ruleId: 'druk/header-without-cells', ...failure })),
    ...importantLineHeightTooSmall(elements).map((failure) => ({ ruleId: 'druk/line-height-locked', ...failure })),
  ];
})();
