import { defineElement } from '../base/define.ts';
import { contentsListStrings } from '@druk/locale/catalogue/components';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { jsonItems, LINK_FIELDS } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { linkTreeStyles, renderLinkTree, validateLinkTree, type LinkTreeItem } from '../side-navigation/link-tree.ts';
import { contentsListStyles } from './contents-list.styles.ts';

registerStrings(contentsListStrings);

const WHERE = '<druk-contents-list> items';

/** An id for a heading that has none: its words joined by hyphens, made unique in the document. */
function headingId(heading: Element): string {
  const base = (heading.textContent ?? '').trim().toLowerCase().replace(/\s+/g, '-') || 'section';
  let id = base;
  for (let count = 2; document.getElementById(id); count += 1) id = `${base}-${count}`;
  return id;
}

/** The `<h2>` headings of `container` as links, each with its `<h3>` headings below it when `depth` is 3. */
export function headingItems(container: ParentNode, depth: 2 | 3): LinkTreeItem[] {
  const items: LinkTreeItem[] = [];
  for (const heading of container.querySelectorAll(depth === 3 ? 'h2, h3' : 'h2')) {
    if (!heading.id) heading.id = headingId(heading);
    const item = { label: (heading.textContent ?? '').trim(), href: `#${heading.id}` };
    const parent = items.at(-1);
    if (heading.localName === 'h3' && parent) (parent.children ??= []).push(item);
    else if (heading.localName === 'h2') items.push(item);
  }
  return items;
}

/**
 * `<druk-contents-list>`: "On this page", links to the sections of a long page. Either the server
 * gives the sections (`items`), so the list is plain links that work without JavaScript, or the
 * component reads the `<h2>` (and with `depth="3"` the `<h3>`) headings of the element named by `for`
 * once the page has loaded, giving an id to any heading without one.
 *
 * ```html
 * <druk-contents-list for="main"></druk-contents-list>
 * ```
 *
 * @summary "On this page" links, from given items or the page's headings.
 * @attr text-label - Replaces "On this page".
 * @csspart nav - The `<nav>` landmark.
 */
export class DrukContentsList extends DrukElement {
  static override styles = [baseStyles, linkTreeStyles, contentsListStyles];
  static override strings: readonly StringId[] = ['contents-list.label'];
  static override properties = {
    items: { converter: jsonItems<LinkTreeItem>(WHERE, LINK_FIELDS) },
    for: {},
    depth: { type: Number },
  };

  /** The sections: `[{ label, href, children? }]`. Set by the server for a list that needs no script. */
  declare items: LinkTreeItem[];
  /** The id of the element whose headings make the list (instead of `items`). */
  declare for: string | undefined;
  /** 2 (default): the `<h2>` headings; 3: the `<h3>` headings too, below their `<h2>`. */
  declare depth: number;

  constructor() {
    super();
    this.items = [];
    this.depth = 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The headings come after the list in the page: read them once the document is parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.readHeadings(), { once: true });
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('items')) this.items = validateLinkTree(this.items, WHERE);
    // A server has no page to read: there the list comes from `items`.
    if (isServer || document.readyState === 'loading') return;
    if (changed.has('for') || changed.has('depth')) this.readHeadings();
  }

  /** Rebuilds the list from the headings of the element named by `for`. */
  readHeadings(): void {
    if (!this.for) return;
    const container = document.getElementById(this.for);
    if (container) this.items = headingItems(container, this.depth === 3 ? 3 : 2);
  }

  override render() {
    if (this.items.length === 0) return nothing;
    return html`<nav part="nav" aria-labelledby="heading">
      <p class="heading" id="heading">${this.t('contents-list.label')}</p>
      ${renderLinkTree(this.items, false)}
    </nav>`;
  }
}

defineElement('druk-contents-list', DrukContentsList);

declare global {
  interface HTMLElementTagNameMap {
    'druk-contents-list': DrukContentsList;
  }
}
