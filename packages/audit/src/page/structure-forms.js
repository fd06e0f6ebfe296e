// Runs inside the audited page, loaded after inspect.js: the structure and forms checks that need the
// rendered page (tables, text styled as headings or lists, spacing hacks, form labels, hints, autocomplete
// and required state). Each finding says whether it fails or needs review; where a guess about meaning or
// purpose is involved it needs review, with the measured value as evidence. src/checks/structure-forms.ts
// turns them into findings.
(() => {
  /** Findings of one rule kept per page: a site built with one bad habit is told once per page, not 300 times. */
  const MAX_PER_RULE = 10;

  function visible(element) {
    if (!element.getClientRects().length) return false;
    const style = getComputedStyle(element);
    return style.visibility === 'visible' && Number(style.opacity) > 0;
  }

  function hiddenFromAccessibility(element) {
    return Boolean(element.closest('[aria-hidden="true"], [hidden]'));
  }

  function text(element) {
    return (element.innerText ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  function roleOf(element) {
    return (element.getAttribute('role') || '').trim().split(/\s+/)[0];
  }

  // --- Tables ---

  const LAYOUT_ROLES = new Set(['presentation', 'none']);

  /** A table that says it holds data: header cells, a caption, a header section or a table/grid role. */
  function hasDataSemantics(table) {
    if (LAYOUT_ROLES.has(roleOf(table))) return false;
    return Boolean(
      table.querySelector(':scope > caption, :scope > thead, :scope > * > tr > th, :scope > tr > th') ||
      ['table', 'grid', 'treegrid'].includes(roleOf(table)),
    );
  }

  /** The table's own rows, as the HTML table model gives them (not those of nested tables). */
  function ownRows(table) {
    return [...table.rows].filter((row) => row.closest('table') === table);
  }

  /** Columns each row covers, with cells spanning down from rows above counted where they reach. */
  function rowWidths(table) {
    const spanning = [];
    return ownRows(table).map((row) => {
      let width = spanning.filter((remaining) => remaining > 0).reduce((sum) => sum + 1, 0);
      const carried = spanning.map((remaining) => remaining - 1).filter((remaining) => remaining > 0);
      spanning.length = 0;
      spanning.push(...carried);
      for (const cell of row.cells) {
        const columns = Math.max(1, Math.min(cell.colSpan, 1000));
        width += columns;
        // rowspan="0" reaches to the end of the section; counted as the rest of the table.
        const rows = cell.rowSpan === 0 ? ownRows(table).length : Math.min(cell.rowSpan, 65534);
        for (let column = 0; column < columns; column += 1) if (rows > 1) spanning.push(rows - 1);
      }
      return width;
    });
  }

  function tableChecks(tables, report) {
    for (const table of tables) {
      if (!visible(table) || hiddenFromAccessibility(table)) continue;
      const layout = LAYOUT_ROLES.has(roleOf(table));
      const outer = table.parentElement?.closest('td, th')?.closest('table');
      if (outer && !layout && hasDataSemantics(table) && !LAYOUT_ROLES.has(roleOf(outer))) {
        report('structure/nested-table', 'needs-review', table, 'A data table sits inside a cell of another table', {
          outerTable: window.__drukAudit.selectorOf(outer),
        });
      }
      if (layout) {
        const headerMarkup = [
          table.querySelector(':scope > caption') && '<caption>',
          ownRows(table).some((row) => [...row.cells].some((cell) => cell.localName === 'th')) && '<th>',
          table.getAttribute('summary')?.trim() && 'summary',
        ].filter(Boolean);
        if (headerMarkup.length) {
          report(
            'structure/layout-table-headers',
            'needs-review',
            table,
            `A table marked role="${roleOf(table)}" for layout carries ${headerMarkup.join(', ')}`,
            { markup: headerMarkup.join(', ') },
          );
        }
        continue;
      }
      if (!hasDataSemantics(table)) {
        headersByFormatting(table, report);
        continue;
      }
      const widths = rowWidths(table);
      const columns = Math.max(...widths, 0);
      const uneven = widths.findIndex((width) => width !== columns);
      if (widths.length > 1 && uneven !== -1) {
        report(
          'structure/table-column-count',
          'needs-review',
          table,
          `Row ${uneven + 1} covers ${widths[uneven]} column(s) where the table has ${columns}`,
          { row: uneven + 1, columns: widths[uneven], tableColumns: columns },
        );
      }
    }
  }

  /**
   * A table without header cells whose first row is set apart only by formatting (every cell bold, or a
   * different background from the rows below): it looks like a header row and is read as data.
   */
  function headersByFormatting(table, report) {
    const rows = ownRows(table);
    if (rows.length < 3) return;
    const [first, second] = rows;
    if (first.cells.length < 2 || [...first.cells].some((cell) => !text(cell))) return;
    const bold = (cell) => {
      const textHolders = [cell, ...cell.querySelectorAll('*')].filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim()),
      );
      return (
        textHolders.length > 0 && textHolders.every((element) => Number(getComputedStyle(element).fontWeight) >= 600)
      );
    };
    const background = (row) => getComputedStyle(row.cells[0]).backgroundColor;
    const firstBold = [...first.cells].every(bold);
    const secondBold = [...second.cells].every(bold);
    const shaded = background(first) !== background(second) && background(second) === background(rows[2]);
    if ((firstBold && !secondBold) || (shaded && !firstBold && !secondBold)) {
      report(
        'structure/header-by-formatting',
        'needs-review',
        first,
        `The first row of a table without header cells is set apart by ${firstBold ? 'bold text' : 'its background'} only: "${text(first).slice(0, 80)}"`,
        { formatting: firstBold ? 'bold' : `background ${background(first)}` },
      );
    }
  }

  // --- Text that looks like structure ---

  const CONTAINERS_WITH_OWN_MEANING =
    'h1, h2, h3, h4, h5, h6, [role="heading"], li, dl, th, td, caption, figcaption, legend, label, summary, button, a, nav, header, footer, form, pre, code, blockquote, [role="button"], [role="link"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="menu"], [role="tab"], [role="dialog"]';

  const TIBETAN = /[\u0F00-\u0FFF]/;

  /**
   * The size of body text, taken from long paragraphs, for Tibetan and for other scripts apart: Dzongkha is
   * set larger than English on purpose (ADR 0006). Null for a script with no long paragraph on the page.
   */
  function bodyTextSizes() {
    const sizes = { tibetan: new Map(), other: new Map() };
    for (const paragraph of document.querySelectorAll('p')) {
      const words = text(paragraph);
      if (words.length < 80) continue;
      const bySize = TIBETAN.test(words) ? sizes.tibetan : sizes.other;
      const size = parseFloat(getComputedStyle(paragraph).fontSize);
      bySize.set(size, (bySize.get(size) ?? 0) + words.length);
    }
    const common = (bySize) => {
      const size = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0];
      return size === undefined ? null : Math.round(size * 10) / 10;
    };
    return { tibetan: common(sizes.tibetan), other: common(sizes.other) };
  }

  /** The next visible element after this one, in its parent; null when it is the last. */
  function nextVisibleSibling(element) {
    for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
      if (visible(next)) return next;
    }
    return null;
  }

  /** Boxed in by a background or border: with a single word, a status badge ("Closed", "New"), not a heading. */
  function badgeLike(element) {
    const style = getComputedStyle(element);
    const background = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
    const border = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(style[`border${side}Width`]) > 0);
    return background || border;
  }

  /**
   * A short paragraph, bold or larger than the body text throughout, standing on its own and followed by
   * content: it is a heading to the eye and plain text to a screen reader's heading list.
   */
  function styledHeadings(report) {
    const bodySizes = bodyTextSizes();
    for (const paragraph of document.querySelectorAll('p, div')) {
      if (paragraph.localName === 'div' && paragraph.querySelector('p, div, table, ul, ol, h1, h2, h3, h4, h5, h6'))
        continue;
      const words = text(paragraph);
      if (words.length < 3 || words.length > 80 || /[.,;:!?।།]$/.test(words)) continue;
      if (paragraph.closest(CONTAINERS_WITH_OWN_MEANING) || !visible(paragraph)) continue;
      if (paragraph.querySelector('a, button, input, select, textarea, img, svg')) continue;
      const textHolders = [paragraph, ...paragraph.querySelectorAll('*')].filter((element) =>
        [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim()),
      );
      const styles = textHolders.map((element) => getComputedStyle(element));
      const size = Math.round(Math.min(...styles.map((style) => parseFloat(style.fontSize))) * 10) / 10;
      const weight = Math.min(...styles.map((style) => Number(style.fontWeight)));
      if (!/\s/.test(words) && [paragraph, ...textHolders].some(badgeLike)) continue;
      const bodySize = TIBETAN.test(words) ? bodySizes.tibetan : bodySizes.other;
      const larger = bodySize !== null && size >= bodySize * 1.2;
      if (!larger && weight < 600) continue;
      const next = nextVisibleSibling(paragraph);
      if (!next || !/^(p|ul|ol|table|dl|div|section|blockquote)$/.test(next.localName)) continue;
      const nextStyle = getComputedStyle(next);
      const smallerAfter = parseFloat(nextStyle.fontSize) < size * 0.95;
      const lighterAfter = weight >= 600 && Number(nextStyle.fontWeight) < 600;
      if (text(next).length < 20 || (!smallerAfter && !lighterAfter)) continue;
      report(
        'structure/styled-heading',
        'needs-review',
        paragraph,
        `"${words}" is styled as a heading (${size}px, weight ${weight}; ${bodySize === null ? 'no body text in its script' : `body text ${bodySize}px`}) but not marked up as one`,
        { fontSizePx: size, fontWeight: weight, bodyFontSizePx: bodySize },
      );
    }
  }

  /** Bullets and numbers that start list items written as text. */
  const BULLET = /^\s*([•·▪◦●○■□➢➤►✓✔\-–—*]|\d{1,2}[.)]|[a-z][.)]|\(\d{1,2}\)|[༡-༩][.)།])\s*\S/u;

  function markerKind(line) {
    const match = BULLET.exec(line);
    if (!match) return null;
    const marker = match[1];
    if (/\d|[༡-༩]/u.test(marker)) return 'number';
    if (/^[a-z]/.test(marker)) return 'letter';
    return marker;
  }

  /** Lines of an element's text, split at <br>. */
  function linesOf(element) {
    const lines = [''];
    const walk = (node) => {
      if (node.nodeType === 3) lines[lines.length - 1] += node.data;
      else if (node.localName === 'br') lines.push('');
      else if (node.nodeType === 1) for (const child of node.childNodes) walk(child);
    };
    walk(element);
    return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }

  /** Runs of at least two lines in a row with the same kind of marker. */
  function markedRun(lines) {
    let best = 0;
    let run = 0;
    let kind = null;
    for (const line of lines) {
      const current = markerKind(line);
      run = current && current === kind ? run + 1 : current ? 1 : 0;
      kind = current;
      best = Math.max(best, run);
    }
    return best;
  }

  function textLists(report) {
    const reported = new Set();
    for (const element of document.querySelectorAll('p, div')) {
      if (element.closest('li, pre, code, table, nav, [role="navigation"]') || !visible(element)) continue;
      if (element.localName === 'div' && element.querySelector('p, div, ul, ol, table')) continue;
      const lines = linesOf(element);
      const inParagraph = element.querySelector('br') ? markedRun(lines) : 0;
      if (inParagraph >= 2) {
        report(
          'structure/text-list',
          'needs-review',
          element,
          `${inParagraph} lines in a row start with a list marker ("${lines.find(markerKind)?.slice(0, 40)}") inside one <${element.localName}>`,
          { lines: inParagraph },
        );
        reported.add(element);
        continue;
      }
      // Paragraphs in a row, each starting with a marker.
      if (element.localName !== 'p' || reported.has(element)) continue;
      const siblings = [];
      for (let next = element; next?.localName === 'p' && lines.length === 1; next = next.nextElementSibling) {
        const nextLines = linesOf(next);
        if (nextLines.length !== 1) break;
        siblings.push(next);
      }
      const run = markedRun(siblings.map((sibling) => linesOf(sibling)[0]));
      if (run >= 2 && markerKind(lines[0] ?? '')) {
        siblings.forEach((sibling) => reported.add(sibling));
        report(
          'structure/text-list',
          'needs-review',
          element,
          `${run} paragraphs in a row start with a list marker ("${lines[0].slice(0, 40)}")`,
          { lines: run },
        );
      }
    }
  }

  /** What an editor leaves in a paragraph emptied of its text. */
  const FORMATTING = new Set(['br', 'span', 'font', 'b', 'strong', 'i', 'em', 'u', 'small']);

  /**
   * Paragraphs with nothing in them but spaces, line breaks and formatting, taking room on the page. One that
   * holds a shadow root or any other element (an image, a widget) is not empty.
   */
  function emptyParagraphs(report) {
    const empty = [...document.querySelectorAll('p')].filter(
      (paragraph) =>
        !paragraph.textContent.replace(/[\s\u00a0\u200b]/g, '') &&
        !paragraph.shadowRoot &&
        [...paragraph.querySelectorAll('*')].every((inside) => FORMATTING.has(inside.localName)) &&
        paragraph.getBoundingClientRect().height > 0 &&
        !paragraph.closest('[hidden], [aria-hidden="true"]'),
    );
    if (empty.length) {
      report(
        'structure/empty-paragraph',
        'fail',
        empty[0],
        `${empty.length} empty paragraph(s) make space on the page`,
        { emptyParagraphs: empty.length },
        window.location.pathname,
      );
    }
  }

  /** Images used to make space: a picture of a pixel or two, stretched on the page, or named as a spacer. */
  function spacerImages(report) {
    for (const image of document.querySelectorAll('img')) {
      if (!image.complete || !visible(image)) continue;
      const rect = image.getBoundingClientRect();
      const tiny = image.naturalWidth > 0 && image.naturalWidth <= 2 && image.naturalHeight <= 2;
      const named = /(^|[/_-])(spacer|blank|pixel|transparent|clear|trans|dot|space|shim)\d*\.(gif|png)(\?|$)/i.test(
        image.currentSrc || image.src,
      );
      const stretched = rect.width > 2 || rect.height > 2;
      if ((tiny || (named && image.naturalWidth <= 10 && image.naturalHeight <= 10)) && stretched) {
        report(
          'structure/spacer-image',
          'fail',
          image,
          `A ${image.naturalWidth}×${image.naturalHeight} image is drawn ${Math.round(rect.width)}×${Math.round(rect.height)} to make space`,
          { naturalWidth: image.naturalWidth, naturalHeight: image.naturalHeight, alt: image.getAttribute('alt') },
        );
      }
    }
  }

  // --- Forms ---

  const FIELD =
    'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), select, textarea';

  /** Accessible names and descriptions as axe-core computes them (the same code as its own label rules). */
  function withAccessibleText(run) {
    const axe = window.axe;
    axe.setup(document);
    try {
      return run({
        name: (element) => axe.commons.text.accessibleText(element).replace(/\s+/g, ' ').trim(),
        description: (element) =>
          (element.getAttribute('aria-describedby') || '')
            .split(/\s+/)
            .map((id) => element.getRootNode().getElementById?.(id))
            .filter(Boolean)
            .map((target) => target.textContent)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
      });
    } finally {
      axe.teardown();
    }
  }

  function fieldsOf(scope) {
    return [...scope.querySelectorAll(FIELD)].filter((field) => visible(field) && !hiddenFromAccessibility(field));
  }

  /** A form, or the whole page for fields outside any form. */
  function formGroups() {
    const groups = new Map();
    for (const field of fieldsOf(document)) {
      const form = field.form ?? field.closest('form, [role="form"], [role="search"]') ?? document.body;
      groups.set(form, [...(groups.get(form) ?? []), field]);
    }
    return groups;
  }

  /** What tells two fields with the same name apart: their group, heading, table row, landmark and description. */
  function contextOf(field, accessible) {
    const fieldset = field.closest('fieldset');
    const legend = fieldset?.querySelector(':scope > legend');
    const group = field.closest('[role="group"], [role="radiogroup"]');
    const row = field.closest('tr');
    const landmark = field.closest(
      'header, footer, nav, aside, main, [role="search"], [role="banner"], [role="complementary"]',
    );
    let heading = '';
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')];
    for (const candidate of headings) {
      if (candidate.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING) heading = text(candidate);
      else break;
    }
    return [
      legend ? text(legend) : '',
      group ? accessible.name(group) : '',
      row ? text(row.cells[0] ?? row) : '',
      landmark ? landmark.localName + (landmark.getAttribute('role') ?? '') : '',
      heading,
      accessible.description(field),
    ].join(' | ');
  }

  function kindOf(field) {
    return field.localName === 'input'
      ? field.type === 'radio' || field.type === 'checkbox'
        ? 'choice'
        : 'text'
      : field.localName;
  }

  /**
   * Fields of one form with the same accessible name and nothing around them that tells them apart. Text
   * fields fail; radio buttons and checkboxes need review, since the question they answer is often beside
   * them in a way no markup shows.
   */
  function duplicateLabels(groups, accessible, report) {
    for (const fields of groups.values()) {
      const byName = new Map();
      for (const field of fields) {
        const name = accessible.name(field).toLowerCase();
        if (!name) continue;
        const key = `${name}\n${contextOf(field, accessible)}`;
        byName.set(key, [...(byName.get(key) ?? []), field]);
      }
      for (const [key, same] of byName) {
        if (same.length < 2) continue;
        const choice = same.some((field) => kindOf(field) === 'choice');
        report(
          'forms/label-not-unique',
          choice ? 'needs-review' : 'fail',
          same[1],
          `${same.length} fields of this form are named "${key.split('\n')[0]}" and nothing around them tells them apart`,
          { name: key.split('\n')[0], fields: same.length },
        );
      }
    }
  }

  /** Instructions that constrain what to type: a date format, a length, a "must". */
  const CONSTRAINT =
    /\b(dd|mm)\s?[/.-]\s?(mm|dd)\s?[/.-]\s?(yy|yyyy)\b|\byyyy\s?[/.-]\s?mm\s?[/.-]\s?dd\b|\bmust (be|contain|have|include|match)\b|\b(at least|at most|maximum|minimum|up to|exactly) \d+ (characters|digits|letters|numbers)\b|\b\d+[- ]digits?\b/i;
  /** Instructions about what to type: the constraints, and examples, formats and "optional". */
  const HINT =
    /\b(dd|mm)\s?[/.-]\s?(mm|dd)\s?[/.-]\s?(yy|yyyy)\b|\byyyy\s?[/.-]\s?mm\s?[/.-]\s?dd\b|\(optional\)|\bmust (be|contain|have|include|match)\b|\b(at least|at most|maximum|minimum|up to|exactly) \d+ (characters|digits|letters|numbers)\b|\b\d+[- ]digits?\b|\bformat\b|\be\.g\.|\bfor example\b|\bexample:/i;

  /** Text of a field's surroundings: its highest ancestor that holds no other field, within the form and not too long. */
  function fieldWrapper(field) {
    let wrapper = null;
    for (let current = field.parentElement; current && current !== document.body; current = current.parentElement) {
      if (current.localName === 'form' || fieldsOf(current).length > 1) break;
      if (text(current).length > 300) break;
      wrapper = current;
    }
    return wrapper;
  }

  /** Visible text in a wrapper that is outside the field and its labels (an <option> is the field's own). */
  function textBeside(wrapper, field) {
    const labels = [...(field.labels ?? [])];
    const parts = [];
    const walker = document.createTreeWalker(wrapper, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || field.contains(node) || labels.some((label) => label.contains(node))) continue;
      if (parent.closest('script, style, template, [hidden], [aria-hidden="true"]') || !visible(parent)) continue;
      parts.push(node.data);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  /**
   * An instruction next to a field, in the field's own wrapper, that is neither in its name nor in its
   * description: screen reader users tabbing through the form never hear it.
   */
  function unassociatedHints(groups, accessible, report) {
    for (const fields of groups.values()) {
      for (const field of fields) {
        const wrapper = fieldWrapper(field);
        if (!wrapper) continue;
        const beside = textBeside(wrapper, field);
        const hint = HINT.exec(beside);
        if (!hint) continue;
        const known =
          `${accessible.name(field)} ${accessible.description(field)} ${field.getAttribute('title') ?? ''}`.toLowerCase();
        const sentence = beside.split(/(?<=[.!?།])\s+/).find((part) => HINT.test(part)) ?? hint[0];
        if (known.includes(hint[0].toLowerCase())) continue;
        report(
          'forms/hint-not-associated',
          CONSTRAINT.test(sentence) ? 'fail' : 'needs-review',
          field,
          `The instruction "${sentence.slice(0, 100)}" beside the field "${accessible.name(field)}" is not in its name or aria-describedby`,
          { hint: sentence.slice(0, 100) },
        );
      }
    }
  }

  /** What a field asks for, from its type, name, id and label, with the autocomplete token that says so. */
  const PURPOSES = [
    {
      token: 'email',
      type: /^email$/,
      attribute: /^(e-?mail|email[_-]?address|user[_-]?email)$/i,
      label: /^(your )?e-?mail( address| id)?$|ཨི་མེལ/i,
    },
    {
      token: 'tel',
      type: /^tel$/,
      attribute: /^(phone|tel|telephone|mobile|mobile[_-]?(no|number)|phone[_-]?(no|number)|contact[_-]?(no|number))$/i,
      label: /^(your )?(phone|telephone|mobile|contact)( (no\.?|number))?$|ཁ་པར/i,
    },
    { token: 'name', attribute: /^(name|full[_-]?name|your[_-]?name)$/i, label: /^(your |full )?name$|མིང་/i },
    { token: 'given-name', attribute: /^(first[_-]?name|given[_-]?name|fname)$/i, label: /^(first|given) name$/i },
    {
      token: 'family-name',
      attribute: /^(last[_-]?name|surname|family[_-]?name|lname)$/i,
      label: /^(last|family) name$|^surname$/i,
    },
    {
      token: 'street-address',
      attribute: /^(address|street[_-]?address|address[_-]?line[_-]?1?)$/i,
      label: /^(your |postal |present |permanent )?address$|ཁ་བྱང/i,
    },
    {
      token: 'postal-code',
      attribute: /^(post(al)?[_-]?code|zip|zip[_-]?code|pin[_-]?code)$/i,
      label: /^(postal|post|zip|pin) code$/i,
    },
    {
      token: 'bday',
      attribute: /^(dob|birth[_-]?date|date[_-]?of[_-]?birth|birthday)$/i,
      label: /^(date of birth|birth ?date|birthday|dob)$|སྐྱེས་ཚེས/i,
    },
    { token: 'organization', attribute: /^(organi[sz]ation|company)$/i, label: /^(organi[sz]ation|company)( name)?$/i },
    { token: 'username', attribute: /^(user[_-]?name|login|user[_-]?id)$/i, label: /^(user ?name|login|user id)$/i },
  ];

  /** Words that say the field is about someone else: its purpose is not the user's own. */
  const SOMEONE_ELSE =
    /\b(recipient|friend|their|his|her|spouse|father|mother|parent|guardian|nominee|emergency|reference|referee|witness|child|son|daughter|contact person|applicant'?s (father|mother|spouse)|to:|send to|share)\b/i;

  /** Words that say the field is about the user: "Your e-mail". */
  const OWN = /\b(your|my)\b|ཁྱོད་ཀྱི|ངེའི/i;

  /** The label text without the required marker and the colon. */
  function cleanLabel(label) {
    return label
      .replace(/\*|\(required\)|\(mandatory\)|:/gi, '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /**
   * Fields that ask for the user's own personal data and have no autocomplete (WCAG 1.3.5). Whether the data is
   * the user's is a guess unless the page says so: a field fails only when its label says it ("Your e-mail"),
   * two of type, name/id and label agree on the purpose, and nothing says the data is someone else's. Any
   * other field with a personal-data purpose, or an autocomplete of "on" or "off", needs review; a field about
   * someone else with a single clue is left alone.
   */
  function missingAutocomplete(groups, accessible, report) {
    for (const [form, fields] of groups) {
      if (form.matches?.('[role="search"]') || form.querySelector?.('[type="search"]')) continue;
      for (const field of fields) {
        if (
          field.localName === 'select' ||
          ['checkbox', 'radio', 'file', 'password', 'search', 'range', 'color', 'number'].includes(field.type)
        )
          continue;
        const autocomplete = (field.getAttribute('autocomplete') ?? '').trim().toLowerCase();
        if (autocomplete && autocomplete !== 'on' && autocomplete !== 'off') continue;
        const label = cleanLabel(accessible.name(field));
        const attributes = [field.name, field.id].filter(Boolean);
        for (const purpose of PURPOSES) {
          const byType = purpose.type?.test(field.type) ?? false;
          const byAttribute = attributes.some((value) => purpose.attribute.test(value));
          const byLabel = purpose.label.test(label);
          const signals = [byType && 'type', byAttribute && 'name/id', byLabel && 'label'].filter(Boolean);
          if (!signals.length) continue;
          const elsewhere = SOMEONE_ELSE.test(
            `${label} ${accessible.description(field)} ${field.closest('fieldset')?.querySelector('legend')?.textContent ?? ''}`,
          );
          const certain = signals.length >= 2 && OWN.test(label) && !elsewhere && !autocomplete;
          if (elsewhere && signals.length < 2) break;
          report(
            'forms/autocomplete-missing',
            certain ? 'fail' : 'needs-review',
            field,
            `The field "${label || field.name || field.id}" looks like the user's ${purpose.token} (from its ${signals.join(' and ')}) ${autocomplete ? `but has autocomplete="${autocomplete}"` : 'but has no autocomplete'}; autocomplete="${purpose.token}" would say so`,
            { suggested: purpose.token, signals: signals.join(', '), autocomplete: autocomplete || null },
          );
          break;
        }
      }
    }
  }

  const REQUIRED_MARK = /\*|\brequired\b|\bmandatory\b|\bcompulsory\b|དགོས་ངེས/i;
  /** The form explains the asterisk in words: the marker in the field's name is then a sufficient technique (H90). */
  const ASTERISK_EXPLAINED =
    /\*[^*]{0,20}\b(required|mandatory|compulsory|must)\b|\b(required|mandatory|compulsory) fields?\b|\bmarked (with )?(an )?(\*|asterisk)/i;

  /**
   * The visible text of a field's labels (its <label>s and the elements aria-labelledby names), and apart
   * the labels' CSS generated content, which browsers put in the accessible name while axe-core leaves it out.
   */
  function visibleLabelText(field) {
    const root = field.getRootNode();
    const referenced = (field.getAttribute('aria-labelledby') || '')
      .split(/\s+/)
      .map((id) => root.getElementById?.(id))
      .filter(Boolean);
    const labels = [...(field.labels ?? []), ...referenced].filter(visible);
    const contentOf = (label, pseudo) => {
      const value = getComputedStyle(label, pseudo).content;
      return value && value !== 'none' && value !== 'normal' ? value.replace(/^"|"$/g, '') : '';
    };
    const generated = labels.map((label) => `${contentOf(label, '::before')} ${contentOf(label, '::after')}`).join(' ');
    return { shown: `${labels.map(text).join(' ')} ${generated}`, generated };
  }

  /**
   * A field whose label shows it is required (an asterisk, "required") while the field says nothing of it:
   * no required, no aria-required. When the marker is not in the accessible name either, nobody who cannot
   * see it learns it: a failure. When it is in the name, and the form does not explain it, it needs review.
   */
  function requiredNotExposed(groups, accessible, report) {
    for (const [form, fields] of groups) {
      const explained = ASTERISK_EXPLAINED.test(text(form === document.body ? document.body : form));
      for (const field of fields) {
        if (field.required || field.getAttribute('aria-required') === 'true') continue;
        const { shown, generated } = visibleLabelText(field);
        const mark = REQUIRED_MARK.exec(shown);
        if (!mark) continue;
        const name = `${accessible.name(field)} ${generated}`.replace(/\s+/g, ' ').trim();
        const inName = REQUIRED_MARK.test(name);
        if (inName && (explained || mark[0] !== '*')) continue;
        report(
          'forms/required-not-exposed',
          inName ? 'needs-review' : 'fail',
          field,
          inName
            ? `The label "${name}" marks the field required with "*", which the form does not explain, and the field has no required or aria-required`
            : `The label shows "${mark[0]}" but the field's name ("${name}") does not carry it and the field has no required or aria-required`,
          { mark: mark[0], name },
        );
      }
    }
  }

  /** Every check of both families on the page: findings with the element described as inspect.js describes all. */
  window.__drukStructureForms = () => {
    const findings = [];
    const counts = new Map();
    const report = (ruleId, status, element, message, evidence = {}, groupKey) => {
      const count = counts.get(ruleId) ?? 0;
      if (count >= MAX_PER_RULE) return;
      counts.set(ruleId, count + 1);
      findings.push({
        ruleId,
        status,
        ...window.__drukAudit.describe(element, message),
        evidence,
        ...(groupKey ? { groupKey } : {}),
      });
    };
    const run = (check) => {
      try {
        check();
      } catch (error) {
        findings.push({
          ruleId: 'tool/check-error',
          status: 'tool-error',
          message: `${check.name}: ${error?.message ?? error}`,
        });
      }
    };
    run(function tables() {
      tableChecks(document.querySelectorAll('table'), report);
    });
    run(function headings() {
      styledHeadings(report);
    });
    run(function lists() {
      textLists(report);
    });
    run(function spacing() {
      emptyParagraphs(report);
      spacerImages(report);
    });
    const groups = formGroups();
    if (groups.size && window.axe) {
      run(function forms() {
        withAccessibleText((accessible) => {
          duplicateLabels(groups, accessible, report);
          unassociatedHints(groups, accessible, report);
          missingAutocomplete(groups, accessible, report);
          requiredNotExposed(groups, accessible, report);
        });
      });
    }
    return findings;
  };
})();
