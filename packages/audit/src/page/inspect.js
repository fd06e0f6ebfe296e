// Runs inside the audited page (plain JavaScript, injected as text so no build step can change it).
// Defines window.__drukAudit: the engines' runner, the facts the standards checks need, and the probes of
// the keyboard, reflow and text-spacing checks. Every element is named by the same selector function, so
// findings of axe-core, HTML_CodeSniffer and our own checks on the same element can be merged.
(() => {
  // axe-core answers only frames of its own origin unless told otherwise; an audit checks the content of
  // cross-origin iframes too (maps, forms and videos from other services).
  window.axe?.configure({ allowedOrigins: ['<unsafe_all_origins>'] });

  // HTML_CodeSniffer 2.5.1 asks for its 1.3.5 messages as "1_3_5_H98.InvalidAutoComplete_…" while its
  // translations spell them "…InvalidAutocomplete_…": the lookup gives undefined, and the sniff then throws
  // on any field whose autocomplete value does not fit its type, losing the whole page's run. Each message
  // is given under the name the sniff asks for.
  for (const messages of Object.values(window.translation ?? {})) {
    for (const [code, text] of Object.entries(messages)) {
      if (code.includes('InvalidAutocomplete_'))
        messages[code.replace('InvalidAutocomplete_', 'InvalidAutoComplete_')] ??= text;
    }
  }
  // Its meta refresh sniff reads the content attribute without asking whether there is one, and throws on a
  // <meta http-equiv="refresh"> without it, which browsers ignore: there is nothing to check on such an element.
  const refreshSniff = window.HTMLCS_WCAG2AAA_Sniffs_Principle2_Guideline2_2_2_2_1;
  if (refreshSniff) {
    const process = refreshSniff.process;
    refreshSniff.process = (element, top) =>
      element.hasAttribute('content') ? process.call(refreshSniff, element, top) : undefined;
  }

  const TIBETAN = /[\u0F00-\u0FFF]/;
  const TIBETAN_ALL = /[\u0F00-\u0FFF]/g;
  const TIBETAN_LETTER = /[\u0F40-\u0FBC]/;
  const LATIN_ALL = /[A-Za-z]/g;
  const FOCUSABLE =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';

  /** Parent across shadow boundaries. */
  function parentOf(node) {
    if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
    return node.parentElement;
  }

  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : value.replace(/[^\w-]/g, '\\$&');
  }

  /** A selector inside one tree (document or shadow root): an id when unique, else a tag/nth-of-type path. */
  function selectorInRoot(element) {
    const parts = [];
    let current = element;
    const root = element.getRootNode();
    while (current && current.nodeType === 1 && current !== root) {
      if (current.id && root.querySelectorAll(`#${cssEscape(current.id)}`).length === 1) {
        parts.unshift(`#${cssEscape(current.id)}`);
        break;
      }
      const tag = current.localName;
      // The top elements of a shadow root have no parent element but are siblings of each other.
      const parent = current.parentElement ?? (current.parentNode === root && root !== document ? root : null);
      if (!parent) {
        parts.unshift(tag);
        break;
      }
      const siblings = [...parent.children].filter((sibling) => sibling.localName === tag);
      parts.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(current) + 1})` : tag);
      current = parent;
    }
    return parts.join(' > ');
  }

  /** Selector across shadow roots, hosts joined by " >>> ". */
  function selectorOf(element) {
    if (!element || element.nodeType !== 1) return undefined;
    const chain = [];
    let current = element;
    while (current) {
      chain.unshift(selectorInRoot(current));
      const root = current.getRootNode();
      current = root instanceof ShadowRoot ? root.host : undefined;
    }
    return chain.join(' >>> ');
  }

  function snippetOf(element) {
    if (!element || !element.outerHTML) return undefined;
    const html = element.outerHTML.replace(/\s+/g, ' ');
    return html.length > 300 ? `${html.slice(0, 300)}…` : html;
  }

  function rectOf(element) {
    if (!element || !element.getBoundingClientRect) return undefined;
    const rect = element.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return undefined;
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, width: rect.width, height: rect.height };
  }

  function describe(element, message) {
    return { selector: selectorOf(element), snippet: snippetOf(element), rect: rectOf(element), message };
  }

  /** Every element in the document and in open shadow roots. */
  function* allElements(root = document) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    let node = walker.nextNode();
    while (node) {
      yield node;
      if (node.shadowRoot) yield* allElements(node.shadowRoot);
      node = walker.nextNode();
    }
  }

  function* textNodes(root = document.body) {
    if (!root) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === 3) yield node;
      else if (node.shadowRoot) yield* textNodes(node.shadowRoot);
      node = walker.nextNode();
    }
  }

  function isHidden(element) {
    for (let current = element; current; current = parentOf(current)) {
      if (current.hidden || current.getAttribute?.('aria-hidden') === 'true') return true;
      const style = getComputedStyle(current);
      if (style.display === 'none' || style.visibility === 'hidden') return true;
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(current.tagName)) return true;
    }
    return false;
  }

  /** The language in effect for an element: nearest lang attribute, across shadow roots. */
  function langOf(element) {
    for (let current = element; current; current = parentOf(current)) {
      const lang = current.getAttribute?.('lang');
      if (lang !== null && lang !== undefined) return lang;
    }
    return '';
  }

  function deepActiveElement() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active && active !== document.body && active !== document.documentElement ? active : null;
  }

  /**
   * An element axe-core found inside an iframe: axe names it by a selector per document (iframe, …, the
   * element), each an array of selectors when it crosses shadow roots. The frame's URL is read from the
   * outermost iframes whose documents this one can reach (same origin).
   */
  function describeInFrame(node) {
    const steps = node.target.map((step) => (Array.isArray(step) ? step.join(' >>> ') : step));
    let frameUrl = '';
    let root = document;
    for (const [index, step] of node.target.slice(0, -1).entries()) {
      const iframe = root && typeof step === 'string' ? root.querySelector(step) : null;
      if (!iframe) break;
      if (index === 0) steps[0] = selectorOf(iframe);
      frameUrl = iframe.contentDocument?.URL ?? iframe.src;
      root = iframe.contentDocument;
    }
    return { selector: steps.join(FRAME_SEPARATOR), snippet: node.html, frameUrl, message: node.failureSummary };
  }

  /** Between the selectors of an iframe and of an element in its document. */
  const FRAME_SEPARATOR = ' |> ';

  /** How long axe-core waits for a frame's results, and for its first answer when every frame can give one. */
  const FRAME_WAIT_MS = 15_000;

  async function runAxe(axeTags, iframes, framesAnswer) {
    return window.axe.run(document, {
      runOnly: { type: 'tag', values: axeTags },
      // Its comparison fails symbols, icon-font text and abbreviations that WCAG 2.5.3 allows (ACT 2ee8b8):
      // druk/label-in-name (markup-rules.js) checks label in name instead.
      rules: { 'label-content-name-mismatch': { enabled: false } },
      resultTypes: ['violations', 'incomplete'],
      elementRef: true,
      // axe-core is in every frame (an init script); one that does not answer within the ping time (no
      // scripts allowed) is skipped, and axe's frame-tested rule reports it for review. Its default half
      // second is wall-clock: a frame with a busy renderer (a heavy embed, or any frame on a loaded machine)
      // would lose its findings in one audit and keep them in the next. When the Node side found axe-core in
      // every frame (`framesAnswer`), each is waited for as long as for its results.
      iframes,
      frameWaitTime: FRAME_WAIT_MS,
      ...(framesAnswer ? { pingWaitTime: FRAME_WAIT_MS } : {}),
    });
  }

  async function axeRules(axeTags, framesAnswer) {
    // A frame that answered but did not finish would fail the whole run: check the page without frames then.
    const axeResult = await runAxe(axeTags, true, framesAnswer).catch((error) => {
      if (/Axe in frame timed out/.test(String(error && error.message))) return runAxe(axeTags, false, false);
      throw error;
    });
    const rules = [];
    for (const [status, list] of [
      ['fail', axeResult.violations],
      ['needs-review', axeResult.incomplete],
    ]) {
      for (const rule of list) {
        rules.push({
          id: rule.id,
          status,
          impact: rule.impact,
          tags: rule.tags,
          help: rule.help,
          description: rule.description,
          helpUrl: rule.helpUrl,
          nodes: rule.nodes
            .slice(0, 50)
            .map((node) => (node.element ? describe(node.element, node.failureSummary) : describeInFrame(node))),
        });
      }
    }
    return rules;
  }

  /** HTML_CodeSniffer's WCAG 2 AA errors in this document. */
  function htmlcsErrors() {
    return new Promise((resolve) => {
      if (!window.HTMLCS) return resolve([]);
      // HTML_CodeSniffer can throw on markup it does not expect (some form-associated custom elements);
      // the page is then reported as one it could not check, and axe's results still count.
      const failed = (error) =>
        resolve([{ code: 'engine-error', message: String(error && error.message ? error.message : error) }]);
      try {
        window.HTMLCS.process(
          'WCAG2AA',
          document,
          () => {
            resolve(
              window.HTMLCS.getMessages()
                .filter((message) => message.type === window.HTMLCS.ERROR)
                .slice(0, 300)
                .map((message) => ({
                  code: message.code,
                  ...describe(message.element && message.element.nodeType === 1 ? message.element : null, message.msg),
                })),
            );
          },
          failed,
          'en',
        );
      } catch (error) {
        failed(error);
      }
    });
  }

  function jsonLd() {
    return [...document.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => script.textContent.slice(0, 20_000))
      .slice(0, 10);
  }

  async function fontFacts(samples) {
    await Promise.race([document.fonts.ready, new Promise((done) => setTimeout(done, 3000))]);
    // A face still loading (a slow network) counts; one that failed to load does not.
    const loaded = [...document.fonts].filter((face) => face.status !== 'error');
    const ranges = (face) =>
      face.unicodeRange.split(',').map((range) => {
        const hex = range.trim().replace(/^U\+/i, '');
        return hex.includes('-')
          ? hex.split('-').map((part) => parseInt(part, 16))
          : [parseInt(hex.replace(/\?/g, '0'), 16), parseInt(hex.replace(/\?/g, 'F'), 16)];
      });
    const unquote = (name) =>
      name
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase();
    const covers = (family, code) =>
      loaded.some(
        (face) => unquote(face.family) === family && ranges(face).some(([start, end]) => start <= code && code <= end),
      );
    // The sample has a web font when every Tibetan character it shows is in the unicode-range of a loaded
    // face of one of its families, as the browser falls back character by character: a subset made for
    // one word (a language switcher's "རྫོང་ཁ") is a web font for that word.
    return samples.map(({ element, text }) => {
      const families = getComputedStyle(element).fontFamily.split(',').map(unquote);
      const tibetanCodePoints = [...new Set(text.match(TIBETAN_ALL) || [])].map((char) => char.codePointAt(0));
      const allCovered =
        tibetanCodePoints.length > 0 &&
        tibetanCodePoints.every((code) => families.some((family) => covers(family, code)));
      const webFont = allCovered
        ? families.find((family) => tibetanCodePoints.some((code) => covers(family, code)))
        : undefined;
      return { families: families.join(', '), webFont: webFont ?? null };
    });
  }

  /** Style rules of the tree an element is in (document or shadow root), including nested @media rules. */
  function* styleRules(root) {
    const sheets = [...(root.styleSheets || []), ...(root.adoptedStyleSheets || [])];
    const pending = [];
    for (const sheet of sheets) {
      try {
        pending.push(...sheet.cssRules);
      } catch {
        // A cross-origin stylesheet cannot be read.
      }
    }
    while (pending.length) {
      const rule = pending.shift();
      if (rule.selectorText !== undefined) yield rule;
      if (rule.cssRules) pending.push(...rule.cssRules);
    }
  }

  /** True when CSS gives the image a fixed height or block size (or aspect ratio): its box is reserved before it loads. */
  function heightFromCss(image) {
    const fixed = (value) => value && value !== 'auto' && !value.endsWith('%');
    const reserves = (style) =>
      fixed(style.height) || fixed(style.blockSize) || (style.aspectRatio && style.aspectRatio !== 'auto');
    if (reserves(image.style)) return true;
    const matches = (selector) => {
      try {
        return image.matches(selector);
      } catch {
        return false;
      }
    };
    for (const rule of styleRules(image.getRootNode())) {
      if (matches(rule.selectorText) && reserves(rule.style)) return true;
    }
    return false;
  }

  /**
   * Rendered text including open shadow roots (innerText stops at a shadow host): the light DOM's text,
   * then the text of each shadow root in document order.
   */
  function deepText(root) {
    if (!root) return '';
    const parts = [root.innerText || ''];
    for (const element of [root, ...allElements(root)]) {
      if (!element.shadowRoot) continue;
      for (const child of element.shadowRoot.children) {
        if (child.localName !== 'style' && child.localName !== 'script') parts.push(child.innerText || '');
      }
    }
    return parts.join('\n');
  }

  /** Text of what comes before the main content (banners, masthead, header), through shadow roots. */
  function topText() {
    const parts = [];
    for (const child of document.body ? document.body.children : []) {
      if (child.matches('main, [role="main"]') || child.querySelector('main, [role="main"]')) break;
      parts.push(deepText(child));
    }
    return parts.join('\n').slice(0, 2000);
  }

  function deepFirst(selector) {
    for (const element of allElements()) if (element.matches(selector)) return element;
    return null;
  }

  /** Tibetan-script text of the document and the language it is marked with; Latin letters counted too. */
  function tibetanText() {
    const tibetan = { chars: 0, unmarked: [], samples: [] };
    let latinChars = 0;
    for (const node of textNodes()) {
      const parent = node.parentElement || (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
      if (!parent || isHidden(parent)) continue;
      const value = node.nodeValue || '';
      latinChars += (value.match(LATIN_ALL) || []).length;
      if (!TIBETAN.test(value)) continue;
      const count = (value.match(TIBETAN_ALL) || []).length;
      tibetan.chars += count;
      const lang = langOf(parent).toLowerCase();
      // Tibetan digits or punctuation alone (a file size, a number) are not Dzongkha text.
      if (!/^dz(-|$)/.test(lang) && TIBETAN_LETTER.test(value) && tibetan.unmarked.length < 20) {
        tibetan.unmarked.push({ ...describe(parent, value.trim().slice(0, 80)), lang });
      }
      if (tibetan.samples.length < 8) tibetan.samples.push({ element: parent, text: value });
    }
    return { tibetan, latinChars };
  }

  /**
   * In an iframe's document: HTML_CodeSniffer's errors, Dzongkha text not marked lang="dz", and this
   * document's names for the elements axe-core reported here by its own selectors (null where a selector
   * matches nothing), so both engines name an element alike. Positions mean nothing to the page: dropped.
   */
  async function frameReport(axeSelectors) {
    const withoutRect = (item) => ({ ...item, rect: undefined });
    return {
      htmlcs: (await htmlcsErrors()).map(withoutRect),
      unmarkedTibetan: tibetanText().tibetan.unmarked.map(withoutRect),
      axeSelectors: axeSelectors.map((selector) => {
        try {
          return selectorOf(document.querySelector(selector)) ?? null;
        } catch {
          return null;
        }
      }),
    };
  }

  const XLINK = 'http://www.w3.org/1999/xlink';
  /** A link's href as written: an SVG link may give it as href or, in older markup, xlink:href. */
  function rawHrefOf(element) {
    return element.getAttribute('href') ?? element.getAttributeNS(XLINK, 'href');
  }

  /**
   * A link's absolute URL, or null when it is not a valid URL. `element.href` is a string only on HTML links:
   * on an `<a>` inside inline SVG it is an SVGAnimatedString, so the URL is resolved from the attribute.
   */
  function absoluteHref(element) {
    if (typeof element.href === 'string') return element.href;
    try {
      return new URL(rawHrefOf(element), element.baseURI).href;
    } catch {
      return null;
    }
  }

  /** Facts for the standards, Dzongkha, freshness, security and performance checks. */
  async function collect() {
    const body = document.body;
    const text = deepText(body).slice(0, 100_000);
    const links = [...allElements()]
      .filter((element) => (element.localName === 'a' || element.localName === 'area') && rawHrefOf(element) !== null)
      .slice(0, 2000)
      .map((element) => ({ element, href: absoluteHref(element) }))
      .filter(({ href }) => href !== null)
      .map(({ element, href }) => ({
        href,
        rawHref: rawHrefOf(element),
        text: (element.innerText || element.getAttribute('aria-label') || element.getAttribute('title') || '')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 120),
        lang: langOf(element),
        hreflang: element.getAttribute('hreflang') || '',
        region: element.closest('header, [role="banner"]')
          ? 'header'
          : element.closest('footer, [role="contentinfo"]')
            ? 'footer'
            : element.closest('nav, [role="navigation"]')
              ? 'nav'
              : 'main',
        selector: selectorOf(element),
      }));
    const forms = [...document.forms].slice(0, 50).map((form) => ({
      action: form.action,
      method: (form.getAttribute('method') || 'get').toLowerCase(),
      fields: form.querySelectorAll('input:not([type="hidden"]), select, textarea').length,
      hasTextarea: form.querySelector('textarea') !== null,
      isSearch:
        form.closest('[role="search"], search') !== null ||
        form.querySelector('input[type="search"], input[name="q"], input[name="query"], input[name="search"]') !== null,
      selector: selectorOf(form),
      snippet: snippetOf(form),
    }));
    const searchPresent =
      forms.some((form) => form.isSearch) ||
      [...allElements()].some((element) => element.getAttribute('role') === 'search' || element.localName === 'search');

    const { tibetan, latinChars } = tibetanText();
    const fonts = await fontFacts(tibetan.samples);
    const tibetanFonts = tibetan.samples.map((sample, index) => ({ ...describe(sample.element), ...fonts[index] }));

    const images = [...allElements()].filter((element) => element.localName === 'img');
    const unsizedImages = images
      .filter(
        (image) =>
          (!image.getAttribute('width') || !image.getAttribute('height')) &&
          getComputedStyle(image).aspectRatio === 'auto' &&
          !heightFromCss(image) &&
          !isHidden(image),
      )
      .slice(0, 20)
      .map((image) => describe(image));

    const times = [...allElements()]
      .filter((element) => element.localName === 'time')
      .map((element) => element.getAttribute('datetime') || element.textContent || '')
      .slice(0, 500);
    const meta = (name) =>
      document.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`)?.getAttribute('content') || '';
    return {
      title: document.title,
      lang: document.documentElement.getAttribute('lang') || '',
      charset: document.characterSet,
      generator: meta('generator'),
      viewport: meta('viewport'),
      modified: meta('article:modified_time') || meta('last-modified') || meta('dcterms.modified'),
      feeds: [
        ...document.querySelectorAll('link[rel~="alternate"][type*="rss"], link[rel~="alternate"][type*="atom"]'),
      ].map((link) => link.href),
      hreflang: [...document.querySelectorAll('link[rel~="alternate"][hreflang]')].map((link) => ({
        href: link.href,
        hreflang: link.getAttribute('hreflang'),
      })),
      jsonLd: jsonLd(),
      text,
      links,
      forms,
      searchPresent,
      tibetan: { chars: tibetan.chars, unmarked: tibetan.unmarked, fonts: tibetanFonts },
      latinChars,
      unsizedImages,
      imageCount: images.length,
      times,
      scripts: [...document.scripts]
        .map((script) => script.src)
        .filter(Boolean)
        .slice(0, 200),
      // Sub-resources written with http:// (Chromium may upgrade or block them before any request is made).
      insecureResources:
        location.protocol === 'https:'
          ? [...allElements()]
              .flatMap((element) => [
                element.getAttribute('src'),
                element.localName === 'link' && /stylesheet|icon|preload/.test(element.rel)
                  ? element.getAttribute('href')
                  : null,
              ])
              .filter((value) => value && value.startsWith('http:'))
              .slice(0, 20)
          : [],
      jqueryVersion: window.jQuery && window.jQuery.fn ? String(window.jQuery.fn.jquery || '') : '',
      logo: (() => {
        const banner = deepFirst('header, [role="banner"]');
        const image = banner
          ? [...allElements(banner)].find(
              (element) =>
                element.localName === 'img' || (element.localName === 'svg' && element.getAttribute('role') === 'img'),
            )
          : null;
        return image
          ? { alt: image.getAttribute('alt') || image.getAttribute('aria-label') || '', ...describe(image) }
          : null;
      })(),
      mainText: deepText(deepFirst('main, [role="main"]') ?? body).slice(0, 100_000),
      headerText: deepText(deepFirst('header, [role="banner"]')).slice(0, 2000),
      topText: topText(),
      footerText: deepText(deepFirst('footer, [role="contentinfo"]')).slice(0, 4000),
    };
  }

  function loadTimings() {
    const entry = performance.getEntriesByType('navigation')[0];
    if (!entry) return { ttfb: null, load: null };
    return {
      ttfb: Math.round(entry.responseStart - entry.startTime),
      load: entry.loadEventEnd > 0 ? Math.round(entry.loadEventEnd - entry.startTime) : null,
    };
  }

  /**
   * What the engines and the fact-based checks need, in one round trip. Each part runs on its own: one that
   * throws is listed in failures with its error, and the others' results stand.
   */
  /** The page's engines and facts; `framesAnswer`: every iframe has axe-core (see runAxe). */
  async function inspectPage(axeTags, framesAnswer = false) {
    const failures = [];
    // Milliseconds each part took, by its name: the benchmark's cost per check.
    const checkMs = {};
    const attempt = async (check, fallback, run) => {
      const started = performance.now();
      try {
        return await run();
      } catch (error) {
        failures.push({ check, message: String(error && error.message ? error.message : error).split('\n')[0] });
        return fallback;
      } finally {
        checkMs[check] = Math.round(performance.now() - started);
      }
    };
    const timings = loadTimings();
    const axe = await attempt('axe-core', [], () => axeRules(axeTags, framesAnswer));
    // It reports its own errors among its messages.
    const htmlcs = await attempt('HTML_CodeSniffer', [], htmlcsErrors);
    const facts = await attempt('page facts', null, collect);
    const markup = await attempt('markup rules', [], () =>
      window
        .__drukMarkupRules([...allElements()])
        .slice(0, 50)
        .map(({ ruleId, element, message }) => ({ ruleId, ...describe(element, message) })),
    );
    return { timings, engines: { axe, htmlcs }, facts, markup, failures, checkMs };
  }

  // Keyboard checks: styles of every focusable element before focus, compared with its styles when the
  // Tab key reaches it.
  const FOCUS_PROPERTIES = [
    'box-shadow',
    'border-top-color',
    'border-bottom-color',
    'border-top-width',
    'border-bottom-width',
    'background-color',
    'color',
    'text-decoration-line',
    'text-decoration-thickness',
    'transform',
  ];
  const unfocused = new WeakMap();

  const WITH_PSEUDO_ELEMENTS = [null, '::before', '::after'];
  const BOX_ONLY = [null];

  function styleKey(element, pseudos = WITH_PSEUDO_ELEMENTS) {
    const parts = [];
    for (const pseudo of pseudos) {
      const style = getComputedStyle(element, pseudo);
      // Outline width and colour mean nothing while its style is none (Chromium still changes them on focus).
      const outlineStyle = style.getPropertyValue('outline-style');
      parts.push(
        outlineStyle === 'none'
          ? 'none'
          : [
              outlineStyle,
              style.getPropertyValue('outline-width'),
              style.getPropertyValue('outline-color'),
              style.getPropertyValue('outline-offset'),
            ].join(' '),
      );
      for (const property of FOCUS_PROPERTIES) parts.push(style.getPropertyValue(property));
      if (pseudo) parts.push(style.getPropertyValue('content'));
    }
    return parts.join('|');
  }

  /**
   * The boxes painted next to an element: its previous and next element siblings. A focus indicator may be
   * drawn there (a marker beside a link that changes colour on focus) rather than on the element or its parent.
   */
  function nearbyKey(element) {
    return [element.previousElementSibling, element.nextElementSibling]
      .map((sibling) => (sibling ? styleKey(sibling, BOX_ONLY) : ''))
      .join('||');
  }

  function snapshotFocusables() {
    let count = 0;
    for (const element of allElements()) {
      if (!element.matches(FOCUSABLE) || element.tabIndex < 0 || element.disabled) continue;
      if (count > 400) break;
      const parent = parentOf(element);
      unfocused.set(element, {
        own: styleKey(element),
        parent: parent ? styleKey(parent) : '',
        nearby: nearbyKey(element),
      });
      if (!isHidden(element) && rectOf(element)) count += 1;
    }
    document.activeElement?.blur?.();
    return count;
  }

  function focusState() {
    const element = deepActiveElement();
    if (!element) return null;
    const before = unfocused.get(element);
    const parent = parentOf(element);
    // Focus inside an iframe leaves the iframe as this document's active element, while the indicator is
    // drawn on the focused element in the frame's own document, out of this check's sight: not judged.
    const holdsFrame = ['iframe', 'frame', 'object', 'embed'].includes(element.localName);
    const visible =
      before && !holdsFrame
        ? before.own !== styleKey(element) ||
          (parent ? before.parent !== styleKey(parent) : false) ||
          before.nearby !== nearbyKey(element)
        : true;
    const skipLike =
      element.localName === 'a' &&
      (element.getAttribute('href') || '').startsWith('#') &&
      (element.getAttribute('href') || '').length > 1;
    return {
      ...describe(element),
      visible,
      known: Boolean(before),
      onScreen: Boolean(rectOf(element)),
      skipTarget: skipLike ? element.getAttribute('href').slice(1) : null,
      inMain: Boolean(element.closest('main, [role="main"]')),
      text: (element.innerText || '').trim().slice(0, 80),
    };
  }

  /**
   * After activating a skip control: is focus (or the focus navigation start) inside or after its target? The
   * target is the link's fragment or, for a control that runs a script (a button calling
   * `location.assign('#main')`), the fragment the address has now; a control that gives neither must have moved
   * focus past itself.
   */
  function skipLinkLanded(targetId, controlSelector) {
    const id = targetId || decodeURIComponent(location.hash.slice(1));
    const active = deepActiveElement();
    if (!id) {
      const control = elementNamed(controlSelector);
      const moved = Boolean(
        active &&
        control &&
        active !== control &&
        control.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return { target: '', targetExists: moved, landed: moved };
    }
    const target = document.getElementById(decodeURIComponent(id));
    if (!target) return { target: id, targetExists: false, landed: false };
    // Nothing focusable after the target: Tab leaves the page, which it also does from a working skip link.
    if (!active) return { target: id, targetExists: true, landed: true };
    const landed =
      active === target ||
      target.contains(active) ||
      Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { target: id, targetExists: true, landed };
  }

  const REPEATED_BLOCKS =
    'nav, header, aside, [role="navigation"], [role="banner"], [role="complementary"], [role="search"]';
  const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

  /**
   * What a page offers besides a skip link to bypass blocks of repeated content (WCAG 2.4.1: ARIA11 landmarks,
   * H69 headings), and whether it has such a block at all: navigation, a banner or complementary content
   * outside the main content.
   */
  function bypassFacts(firstStops) {
    const shown = (element) => !isHidden(element) && Boolean(rectOf(element));
    let repeatedBlocks = false;
    let mainLandmark = false;
    let contentHeading = false;
    for (const element of allElements()) {
      if (element.matches('main, [role="main"]')) mainLandmark ||= shown(element);
      else if (element.matches(REPEATED_BLOCKS)) repeatedBlocks ||= !element.closest('main') && shown(element);
      else if (element.matches(HEADINGS)) {
        contentHeading ||= !element.closest(`${REPEATED_BLOCKS}, footer, [role="contentinfo"]`) && shown(element);
      }
    }
    return {
      repeatedBlocks,
      mainLandmark,
      contentHeading,
      contentFirst: contentComesFirst(),
      disclosure: disclosureAmong(firstStops),
    };
  }

  /**
   * The page starts with its content: the first text on it is neither in a block of repeated content nor in a
   * link or control, so there is nothing before the content to bypass.
   */
  function contentComesFirst() {
    for (const node of textNodes()) {
      if (!node.data.trim() || !node.parentElement || isHidden(node.parentElement)) continue;
      return !node.parentElement.closest(
        `${REPEATED_BLOCKS}, a, button, label, select, [role="link"], [role="button"]`,
      );
    }
    return false;
  }

  const DISCLOSURE_TEXT = /\b(toggle|hide|collapse|show\s*\/\s*hide)\b/i;

  /**
   * The first Tab stop that may collapse a block of repeated content (a disclosure: aria-expanded, or a
   * "Toggle"/"Hide" control), by its text; null when there is none. Whether it bypasses the block needs a person.
   */
  function disclosureAmong(selectors) {
    for (const selector of selectors) {
      const control = elementNamed(selector);
      if (!control) continue;
      const text = (control.innerText || control.getAttribute('aria-label') || '').trim();
      if (control.hasAttribute('aria-expanded') || DISCLOSURE_TEXT.test(text)) return text || selector;
    }
    return null;
  }

  /** Instructions to leave a keyboard trap: "Press Ctrl+M to exit", "Use the Escape key", a help link. */
  const KEY_ADVICE =
    /\b(press|use|hit|type)\b.{0,40}\b(ctrl|control|alt|shift|esc|escape|f\d{1,2}|[a-z]-key|key)\b|\b(ctrl|control|alt|shift)\s*\+\s*\w/i;
  const HELP_CONTROL = /\b(help|how to|keyboard|shortcuts?|instructions?)\b/i;

  /**
   * Where a page tells the user how to leave the elements focus is trapped among (WCAG 2.1.2 allows an advised
   * method): the text around them (their nearest common ancestor), their descriptions, or a help link or
   * button there. Returns the advice found, or null.
   */
  function trapAdvice(selectors) {
    const trapped = selectors.map((selector) => elementNamed(selector)).filter(Boolean);
    if (!trapped.length) return null;
    let around = parentOf(trapped[0]);
    while (around && !trapped.every((element) => around.contains(element))) around = parentOf(around);
    const described = trapped.flatMap((element) =>
      (element.getAttribute('aria-describedby') || '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => element.getRootNode().getElementById?.(id)?.textContent || ''),
    );
    const texts = [around ? deepText(around) : '', ...described, ...trapped.map((element) => element.title || '')];
    for (const text of texts) {
      const advice = KEY_ADVICE.exec(text);
      if (advice)
        return text
          .slice(advice.index, advice.index + 80)
          .split('\n')[0]
          .trim();
    }
    const help = around
      ? [...allElements(around)].find(
          (element) => element.matches('a[href], button') && HELP_CONTROL.test(element.textContent || ''),
        )
      : null;
    return help ? (help.textContent || '').trim().slice(0, 80) : null;
  }

  /** After Escape: none of the elements focus was trapped among is shown any more (the dialog closed). */
  function trapClosed(selectors) {
    return selectors.every((selector) => {
      const element = elementNamed(selector);
      return !element || isHidden(element) || !element.getClientRects().length;
    });
  }

  function resetFocus() {
    document.activeElement?.blur?.();
    window.scrollTo(0, 0);
  }

  function horizontalOverflow() {
    const width = document.documentElement.clientWidth;
    const scrollWidth = Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0);
    if (scrollWidth <= width + 1) return { overflows: false, width, scrollWidth, offenders: [] };
    const offenders = [];
    for (const element of allElements()) {
      if (offenders.length >= 5) break;
      const rect = element.getBoundingClientRect();
      if (rect.right <= width + 1 || rect.width < 1) continue;
      // Report the outermost element that sticks out, not all its descendants.
      const parent = parentOf(element);
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
      let scrollsItself = false;
      for (let current = parent; current && current !== document.body; current = parentOf(current)) {
        const overflowX = getComputedStyle(current).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') scrollsItself = true;
      }
      // WCAG 1.4.10 exempts content that needs two dimensions: data tables, preformatted text.
      const exempt = element.closest('table, pre');
      if (!scrollsItself && !exempt) {
        offenders.push(describe(element, `right edge at ${Math.round(rect.right)}px of ${width}px`));
      }
    }
    return { overflows: offenders.length > 0, width, scrollWidth, offenders };
  }

  function clippedTextElements() {
    const clipped = new Map();
    for (const element of allElements()) {
      // Cheapest test first: most elements do not clip. innerText lays out the element's whole subtree
      // (for <body>, the page), so it is read only for the few that do.
      const style = getComputedStyle(element);
      const clipsY = ['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 2;
      const clipsX = ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 2;
      if (!(clipsY || clipsX) || element.clientHeight <= 2) continue;
      if (!element.innerText || !element.innerText.trim() || isHidden(element)) continue;
      clipped.set(selectorOf(element), describe(element));
    }
    return clipped;
  }

  const SPACING_STYLE_ID = 'druk-audit-text-spacing';
  /**
   * Elements whose text is cut off once WCAG 1.4.12 spacing applies and was not before. The spacing is
   * added and removed in this one task, so no frame is ever painted with it.
   */
  function textSpacingClipped() {
    const clippedBefore = clippedTextElements();
    const style = document.createElement('style');
    style.id = SPACING_STYLE_ID;
    // WCAG 1.4.12: line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16 (× font size).
    style.textContent =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.append(style);
    for (const element of allElements()) {
      if (element.shadowRoot && !element.shadowRoot.getElementById(SPACING_STYLE_ID)) {
        element.shadowRoot.append(style.cloneNode(true));
      }
    }
    const after = clippedTextElements();
    const newly = [...after.entries()].filter(([key]) => !clippedBefore.has(key)).map(([, value]) => value);
    for (const element of allElements()) element.shadowRoot?.getElementById(SPACING_STYLE_ID)?.remove();
    style.remove();
    // Report the innermost clipped boxes: an outer box that contains another one adds nothing.
    return newly
      .filter((item) => !newly.some((other) => other !== item && other.selector.startsWith(`${item.selector} > `)))
      .slice(0, 10);
  }

  // The Tab walk records, at each Tab keydown, where focus was: the element the previous Tab reached. One
  // round trip reads the whole walk instead of one per key press.
  const focusLog = [];
  function logFocusOnTab(event) {
    if (event.key === 'Tab') focusLog.push(focusState());
  }
  function startFocusLog() {
    focusLog.length = 0;
    window.addEventListener('keydown', logFocusOnTab, true);
  }
  function takeFocusLog() {
    window.removeEventListener('keydown', logFocusOnTab, true);
    // The first entry is where focus was before the first Tab; the last stop is read now.
    return [...focusLog.slice(1), focusState()];
  }

  /** The element a finding's selector names, through shadow roots (" >>> "); in an iframe (" |> "), the iframe. */
  function elementNamed(selector) {
    let root = document;
    let element = null;
    for (const part of selector.split(FRAME_SEPARATOR)[0].split(' >>> ')) {
      element = root ? root.querySelector(part) : null;
      root = element && element.shadowRoot;
    }
    return element;
  }

  /**
   * For each finding's selector, the positions of the exception selectors that its element or one of the
   * element's ancestors (across shadow roots) matches. A selector that is not valid CSS matches nothing.
   */
  function exceptionsMatched(findingSelectors, exceptionSelectors) {
    const matches = (element, selector) => {
      try {
        return element.matches(selector);
      } catch {
        return false;
      }
    };
    return findingSelectors.map((selector) => {
      let element = null;
      try {
        element = elementNamed(selector);
      } catch {
        // Not a selector this page can resolve: nothing to set aside.
      }
      const positions = [];
      exceptionSelectors.forEach((exception, position) => {
        for (let current = element; current; current = parentOf(current)) {
          if (matches(current, exception)) return positions.push(position);
        }
      });
      return positions;
    });
  }

  /**
   * For the key-pressing probes (widgets.js, hover.js): waits for `test` to hold until `ms` after `from` (by
   * default now) on the page's own clock, polling with the page's own timers. The last poll is due at that
   * deadline, after every timer of the page due before it, so what a page does on its own schedule (a tooltip
   * that hides after a second) is seen alike on an idle or a busy machine. A wait also lasts two frames, for
   * pages that show things on an animation frame, which a busy machine delays.
   */
  const until = (test, ms, from = performance.now()) =>
    new Promise((done) => {
      const deadline = from + ms;
      let framed = ms <= 0;
      if (!framed) frames().then(() => (framed = true));
      const poll = () => {
        const value = test();
        const left = deadline - performance.now();
        if (value || (left <= 0 && framed)) done(value);
        else setTimeout(poll, left > 0 ? Math.min(25, left) : 16);
      };
      poll();
    });
  const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
  /** What a Tab press can land on: enabled controls and elements with a tab index of 0 or more. */
  const TAB_STOPS =
    'a[href], area[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';

  window.__drukAudit = {
    // Shared with the family scripts (widgets.js, hover.js, links-motion.js, structure-forms.js).
    isHidden,
    until,
    frames,
    TAB_STOPS,
    deepActiveElement,
    allElements,
    startFocusLog,
    takeFocusLog,
    inspectPage,
    selectorOf,
    describe,
    frameReport,
    exceptionsMatched,
    snapshotFocusables,
    focusState,
    skipLinkLanded,
    bypassFacts,
    trapAdvice,
    trapClosed,
    resetFocus,
    horizontalOverflow,
    textSpacingClipped,
    focusSkipLink(selector) {
      const element = [...allElements()].find((candidate) => selectorOf(candidate) === selector);
      element?.focus();
      return Boolean(element);
    },
  };
})();
