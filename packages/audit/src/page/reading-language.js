// Runs inside the audited page, loaded with inspect.js: the measurements of the reading checks (line height,
// justification, capitals and italics, line length, small text, background images that may carry text,
// Tibetan set smaller than Latin, Tibetan glyphs clipped by their box) and the text blocks the language
// checks identify in Node. One walk over the visible text, at most MAX_TEXT_ELEMENTS elements, each element's
// style read once. The reading findings are advisory: src/checks/reading.ts reports them as "needs review".
(() => {
  /** Elements with text of their own read per page: enough to see the site's styles, cheap on a long page. */
  const MAX_TEXT_ELEMENTS = 400;
  /** Text blocks handed to the language checks, and the characters kept of each. */
  const MAX_BLOCKS = 40;
  const BLOCK_CHARS = 600;
  /** Examples kept per reading rule and page. */
  const EXAMPLES = 3;

  const TIBETAN_LETTERS = /[\u0F40-\u0FBC]/g;
  const TIBETAN_LETTER = /[\u0F40-\u0FBC]/;
  const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;
  const RTL_LETTERS = /[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
  // Letters with their vowel signs and subjoined marks, which Devanagari and Tibetan write as combining marks.
  const LETTERS = /[\p{L}\p{M}]/gu;
  const count = (text, pattern) => (text.match(pattern) || []).length;

  /** Elements whose text is body copy (as opposed to navigation, headings, controls). */
  const BODY_TEXT = new Set(['p', 'li', 'dd', 'td', 'blockquote', 'figcaption', 'div', 'section', 'article', 'main']);
  /** Blocks the language checks read: whole passages, not words inside them. */
  const LANGUAGE_BLOCK = new Set([
    'p',
    'li',
    'dd',
    'dt',
    'td',
    'th',
    'blockquote',
    'figcaption',
    'caption',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'div',
    'section',
    'article',
    'main',
    'aside',
    'header',
    'footer',
    'nav',
    'label',
    'legend',
    'summary',
    'address',
  ]);

  function parentOf(node) {
    if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
    return node.parentElement;
  }

  function describe(element, message, evidence) {
    const audit = window.__drukAudit;
    const rect = element.getBoundingClientRect();
    return {
      selector: audit.selectorOf(element),
      snippet: element.outerHTML.replace(/\s+/g, ' ').slice(0, 300),
      rect:
        rect.width >= 1 && rect.height >= 1
          ? { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height }
          : undefined,
      message,
      evidence,
    };
  }

  /** Rendered and not hidden from anyone: not display:none, not visibility:hidden, not clipped to a pixel. */
  function visible(element, style) {
    if (style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0) return false;
    const rect = element.getBoundingClientRect();
    if (rect.width <= 1 || rect.height <= 1) return false;
    return !element.closest('[hidden], [aria-hidden="true"], script, style, noscript, template');
  }

  /** The element's own text (its text-node children), spaces folded. */
  function ownText(element) {
    let text = '';
    for (const child of element.childNodes) if (child.nodeType === 3) text += child.nodeValue;
    return text.replace(/\s+/g, ' ').trim();
  }

  /**
   * Every visible element with text of its own, in document order (open shadow roots included), up to
   * MAX_TEXT_ELEMENTS, with its computed style.
   */
  function textElements() {
    const found = [];
    const seen = new Set();
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node && found.length < MAX_TEXT_ELEMENTS; node = walker.nextNode()) {
        if (node.nodeType === 1) {
          if (node.shadowRoot) walk(node.shadowRoot);
          continue;
        }
        if (!/\S/.test(node.nodeValue)) continue;
        const element = parentOf(node);
        if (!element || seen.has(element)) continue;
        seen.add(element);
        const style = getComputedStyle(element);
        if (!visible(element, style)) continue;
        found.push({ element, style, text: ownText(element) });
      }
    };
    if (document.body) walk(document.body);
    return found;
  }

  function lineHeightRatio(style) {
    const size = parseFloat(style.fontSize);
    // "normal" is the font's own spacing, about 1.2 for most fonts: below 1.5 either way.
    const height = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
    return height / size;
  }

  /** The text of a block, its descendants' included, for the language checks and the paragraph checks. */
  function blockText(element) {
    return (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim();
  }

  /**
   * A block's running text: its own text and that of its inline descendants (links, emphasis), but not of
   * nested blocks or of descendants that declare a language of their own, which are blocks of their own.
   */
  function inlineText(element) {
    let text = '';
    for (const child of element.childNodes) {
      if (child.nodeType === 3) text += child.nodeValue;
      else if (
        child.nodeType === 1 &&
        !child.hasAttribute('lang') &&
        getComputedStyle(child).display.startsWith('inline')
      ) {
        text += ` ${inlineText(child)} `;
      }
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  /** The element a block's language comes from: the nearest with a lang attribute, across shadow roots. */
  function langSource(element) {
    for (let current = element; current; current = parentOf(current)) {
      if (current.hasAttribute?.('lang')) return current;
    }
    return null;
  }

  /** Width of the text's ink above and below the baseline, in the element's font, from a canvas. */
  const canvas = document.createElement('canvas').getContext('2d');
  function inkExtent(text, style) {
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const metrics = canvas.measureText(text);
    return {
      inkAscent: metrics.actualBoundingBoxAscent,
      inkDescent: metrics.actualBoundingBoxDescent,
      fontAscent: metrics.fontBoundingBoxAscent,
    };
  }

  /** The nearest box (up to four levels up) that cuts off what overflows it vertically, and its inner edges. */
  function clippingBox(element) {
    let current = element;
    for (let level = 0; current && level < 4; level += 1, current = parentOf(current)) {
      const style = getComputedStyle(current);
      if (/hidden|clip/.test(style.overflowY)) {
        const rect = current.getBoundingClientRect();
        return {
          element: current,
          top: rect.top + parseFloat(style.borderTopWidth),
          bottom: rect.bottom - parseFloat(style.borderBottomWidth),
        };
      }
    }
    return null;
  }

  /**
   * How far the Tibetan text of an element's text nodes reaches past the box that clips it: the ink of each
   * rendered line (its baseline from the line's text box and the font's ascent, its extent from the glyphs
   * of that text) against the clipping box's inner edges. Zero when nothing is cut off.
   */
  function tibetanClipping(element, style) {
    const box = clippingBox(element);
    if (!box) return null;
    let worst = { below: 0, above: 0 };
    for (const child of element.childNodes) {
      if (child.nodeType !== 3 || !TIBETAN_LETTER.test(child.nodeValue)) continue;
      const { inkAscent, inkDescent, fontAscent } = inkExtent(child.nodeValue.trim(), style);
      const range = document.createRange();
      range.selectNodeContents(child);
      for (const line of range.getClientRects()) {
        const baseline = line.top + fontAscent;
        worst = {
          below: Math.max(worst.below, baseline + inkDescent - box.bottom),
          above: Math.max(worst.above, box.top - (baseline - inkAscent)),
        };
      }
    }
    const by = Math.max(worst.below, worst.above);
    return by > 0 ? { box: box.element, by, where: worst.below >= worst.above ? 'below' : 'above' } : null;
  }

  /** A background image: a url() in background-image (gradients are decoration). */
  function backgroundUrl(style) {
    const match = /url\(["']?([^"')]+)["']?\)/.exec(style.backgroundImage);
    return match ? match[1] : null;
  }

  /** Elements with a large background image and no text of their own: banners whose words may be in the image. */
  function textlessBanners() {
    const found = [];
    for (const element of document.body ? document.body.querySelectorAll('*') : []) {
      if (found.length >= EXAMPLES) break;
      const style = getComputedStyle(element);
      const url = backgroundUrl(style);
      if (!url) continue;
      const rect = element.getBoundingClientRect();
      // Banner-like: wide and tall enough to hold a line of words, not an icon or a texture strip.
      if (rect.width < 200 || rect.height < 60 || !visible(element, style)) continue;
      if (blockText(element).length > 0) continue;
      found.push(
        describe(
          element,
          `A ${Math.round(rect.width)}×${Math.round(rect.height)} px background image with no text over it: if the image shows words, they are an image of text that no one can resize, translate or read aloud`,
          { imageUrl: url.slice(0, 300), width: Math.round(rect.width), height: Math.round(rect.height) },
        ),
      );
    }
    return found;
  }

  /** Rule id → examples found on this page (at most EXAMPLES each) and how many elements failed in all. */
  function collector() {
    const byRule = new Map();
    return {
      add(ruleId, element, message, evidence) {
        const entry = byRule.get(ruleId) ?? { count: 0, examples: [], elements: new Set() };
        byRule.set(ruleId, entry);
        if (entry.elements.has(element)) return;
        entry.elements.add(element);
        entry.count += 1;
        if (entry.examples.length < EXAMPLES) entry.examples.push(describe(element, message, evidence));
      },
      results() {
        return [...byRule].map(([ruleId, { count, examples }]) => ({ ruleId, count, examples }));
      },
    };
  }

  /** The reading measurements of one text element. */
  function readElement(found, { element, style, text }, latinTexts) {
    const tag = element.localName;
    const letters = count(text, LETTERS);
    const size = parseFloat(style.fontSize);
    const blockLetters = BODY_TEXT.has(tag) ? count(blockText(element), LETTERS) : 0;

    if (letters > 0 && size < 12) {
      found.add('reading/small-text', element, `Text rendered at ${size} px (under 12 px)`, { fontSizePx: size });
    }
    // Body copy: a paragraph's worth of text, where spacing and alignment decide whether it is read.
    if (blockLetters >= 80) {
      const ratio = lineHeightRatio(style);
      if (ratio < 1.5) {
        found.add(
          'reading/line-height',
          element,
          `Body text with line height ${ratio.toFixed(2)} times its ${size} px font size (1.5 recommended)`,
          { lineHeight: Number(ratio.toFixed(2)), fontSizePx: size },
        );
      }
      if (style.textAlign === 'justify') {
        found.add('reading/justified', element, 'Body text is justified (text-align: justify)', {
          textAlign: style.textAlign,
        });
      }
    }
    if (letters >= 150 && /italic|oblique/.test(style.fontStyle)) {
      found.add('reading/long-capitals-italics', element, `${letters} letters of text set in italics`, {
        fontStyle: style.fontStyle,
        letters,
      });
    }
    const cased = text.replace(/[^\p{Lu}\p{Ll}]/gu, '');
    const capitals = style.textTransform === 'uppercase' ? cased.length : count(cased, /\p{Lu}/gu);
    if (capitals >= 50 && capitals / cased.length >= 0.9 && text.split(/\s+/).length >= 6) {
      found.add(
        'reading/long-capitals-italics',
        element,
        `${capitals} letters in capitals${style.textTransform === 'uppercase' ? ' (text-transform: uppercase)' : ''}`,
        { capitals, textTransform: style.textTransform },
      );
    }
    lineLength(found, element, style, text);
    tibetanBesideLatin(found, element, style, latinTexts);
    if (TIBETAN_LETTER.test(text)) {
      const clipped = tibetanClipping(element, style);
      if (clipped && clipped.by >= 1) {
        const px = Math.round(clipped.by * 10) / 10;
        found.add(
          'reading/tibetan-clipped',
          clipped.box,
          `Tibetan letters reach ${px} px ${clipped.where} the box that hides what overflows it: subjoined letters or vowel signs are cut off`,
          { clippedPx: px, edge: clipped.where, fontSizePx: size },
        );
      }
    }
  }

  /**
   * Characters per full line of a Latin-script paragraph that wraps: the width of its content box over the
   * mean advance of its characters in its own font (measured on its text with a canvas).
   */
  function lineLength(found, element, style, text) {
    if (!['p', 'li', 'dd', 'blockquote'].includes(element.localName) || text.length < 160) return;
    if (count(text, LATIN_LETTERS) < text.length * 0.6) return;
    const full = blockText(element);
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const advance = canvas.measureText(full).width / full.length;
    const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    // A paragraph on fewer than two full lines shows no line length.
    if (advance <= 0 || full.length * advance < width * 2) return;
    const perLine = Math.round(width / advance);
    if (perLine > 80) {
      found.add('reading/long-lines', element, `Lines of about ${perLine} characters (over 80)`, {
        charactersPerLine: perLine,
        widthPx: Math.round(width),
      });
    }
  }

  /**
   * Tibetan text smaller than the Latin text beside it: an element of Tibetan text at a smaller font size than
   * the Latin text nearest it (in its parent, or up to two levels above: a block with an English title and a
   * Dzongkha subtitle), compared with the element there that holds the most Latin letters. Beside means on
   * the same or the next line, and in the same heading or both outside headings (a heading is meant to be
   * larger than the text after it).
   */
  function tibetanBesideLatin(found, element, style, latinTexts) {
    const own = ownText(element);
    const tibetan = count(own, TIBETAN_LETTERS);
    if (tibetan < 2 || tibetan < count(own, LATIN_LETTERS)) return;
    const rect = element.getBoundingClientRect();
    const heading = element.closest('h1, h2, h3, h4, h5, h6');
    const beside = (latin) => {
      const other = latin.element.getBoundingClientRect();
      const reach = 1.5 * parseFloat(latin.style.fontSize);
      return (
        other.top < rect.bottom + reach &&
        other.bottom > rect.top - reach &&
        latin.element.closest('h1, h2, h3, h4, h5, h6') === heading
      );
    };
    let ancestor = parentOf(element);
    for (let level = 0; ancestor && ancestor !== document.body && level < 3; level += 1) {
      const container = ancestor;
      const neighbours = latinTexts.filter(
        (latin) => container.contains(latin.element) && !element.contains(latin.element) && beside(latin),
      );
      ancestor = parentOf(ancestor);
      if (!neighbours.length) continue;
      const nearest = neighbours.reduce((a, b) => (b.latin > a.latin ? b : a));
      const latinSize = parseFloat(nearest.style.fontSize);
      const tibetanSize = parseFloat(style.fontSize);
      if (tibetanSize < latinSize * 0.95) {
        found.add(
          'reading/tibetan-smaller',
          element,
          `Tibetan text at ${Math.round(tibetanSize * 10) / 10} px beside Latin text at ${Math.round(latinSize * 10) / 10} px`,
          { tibetanFontSizePx: Math.round(tibetanSize * 10) / 10, latinFontSizePx: Math.round(latinSize * 10) / 10 },
        );
      }
      return;
    }
  }

  /**
   * The blocks the language checks identify: block elements with at least 20 letters of their own text,
   * the language in effect and where it comes from, and the writing direction.
   */
  function languageBlocks(elements) {
    const blocks = [];
    const html = document.documentElement;
    for (const { element, style } of elements) {
      if (blocks.length >= MAX_BLOCKS) break;
      // A block, or any element that declares its language (a span of French in an English sentence).
      if (!LANGUAGE_BLOCK.has(element.localName) && !element.hasAttribute('lang')) continue;
      // Code and its output are in no human language.
      if (element.closest('pre, code, kbd, samp')) continue;
      const text = inlineText(element);
      if (count(text, LETTERS) < 20) continue;
      const source = langSource(element);
      blocks.push({
        selector: window.__drukAudit.selectorOf(element),
        snippet: element.outerHTML.replace(/\s+/g, ' ').slice(0, 300),
        text: text.slice(0, BLOCK_CHARS),
        lang: source ? source.getAttribute('lang').trim() : '',
        langFrom: !source ? 'none' : source === html ? 'html' : source === element ? 'self' : 'ancestor',
        langSelector: source && source !== html ? window.__drukAudit.selectorOf(source) : null,
        direction: style.direction,
        rtlLetters: count(text, RTL_LETTERS),
        letters: count(text, LETTERS),
      });
    }
    return blocks;
  }

  /** Everything the reading and language checks need from the page, in one call. */
  window.__drukReadingLanguage = () => {
    const elements = textElements();
    const found = collector();
    // Elements whose own text is mostly Latin: the neighbours Tibetan text is compared with.
    const latinTexts = elements
      .map((item) => ({ ...item, latin: count(item.text, LATIN_LETTERS) }))
      .filter((item) => item.latin >= 3 && item.latin > count(item.text, TIBETAN_LETTERS));
    for (const item of elements) readElement(found, item, latinTexts);
    const reading = found.results();
    const banners = textlessBanners();
    if (banners.length)
      reading.push({ ruleId: 'reading/background-image-text', count: banners.length, examples: banners });
    return {
      htmlLang: (document.documentElement.getAttribute('lang') ?? '').trim(),
      reading,
      blocks: languageBlocks(elements),
    };
  };
})();
