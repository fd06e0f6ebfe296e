import { defineElement } from '../base/define.ts';
import { sideNavigationStrings } from '@druk/locale/catalogue/components';
import { html, nothing } from 'lit';
import { jsonItems, LINK_FIELDS } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { linkTreeStyles, renderLinkTree, validateLinkTree, type LinkTreeItem } from './link-tree.ts';
import { sideNavigationStyles } from './side-navigation.styles.ts';

registerStrings(sideNavigationStrings);

const WHERE = '<druk-side-navigation> items';

/**
 * `<druk-side-navigation>`: the pages of the section the visitor is in ("Health services": "Hospitals",
 * "Vaccination", …), beside or above the page's content. The current page is marked
 * (`aria-current="page"`); the levels below a page open on the way to the current page. It is a
 * landmark of plain links, so it works the same without JavaScript.
 *
 * ```html
 * <druk-side-navigation heading="Health services" items='[{"label":"Hospitals","href":"/health/hospitals/",
 *   "children":[{"label":"JDWNRH","href":"/health/hospitals/jdwnrh/","current":true}]}]'></druk-side-navigation>
 * ```
 *
 * @summary Section navigation with the current page and nested levels.
 * @attr text-label - Replaces the landmark name "In this section" (used when there is no heading).
 * @csspart nav - The `<nav>` landmark.
 */
export class DrukSideNavigation extends DrukElement {
  static override styles = [baseStyles, linkTreeStyles, sideNavigationStyles];
  static override strings: readonly StringId[] = ['side-navigation.label'];
  static override properties = {
    heading: {},
    items: { converter: jsonItems<LinkTreeItem>(WHERE, LINK_FIELDS) },
  };

  /** The section's name, shown above the links; it also names the landmark. */
  declare heading: string | undefined;
  /** The section's pages: `[{ label, href, current?, children? }]`, children in the same form. */
  declare items: LinkTreeItem[];

  constructor() {
    super();
    this.items = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('items')) this.items = validateLinkTree(this.items, WHERE);
  }

  override render() {
    const heading = this.heading ? html`<p class="heading" id="heading">${this.heading}</p>` : nothing;
    return html`<nav
      part="nav"
      aria-labelledby=${this.heading ? 'heading' : nothing}
      aria-label=${this.heading ? nothing : this.t('side-navigation.label')}
    >
      ${heading} ${renderLinkTree(this.items, true)}
    </nav>`;
  }
}

defineElement('druk-side-navigation', DrukSideNavigation);

declare global {
  interface HTMLElementTagNameMap {
    'druk-side-navigation': DrukSideNavigation;
  }
}
