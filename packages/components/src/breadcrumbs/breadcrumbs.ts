import { defineElement } from '../base/define.ts';
import { breadcrumbsStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LINK_FIELDS, jsonItems, validateItems, type LinkItem } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { breadcrumbsStyles } from './breadcrumbs.styles.ts';

registerStrings(breadcrumbsStrings);

const WHERE = '<druk-breadcrumbs> items';

/**
 * `<druk-breadcrumbs>`: where the page sits in the site, as an ordered list of links in a landmark
 * named "Breadcrumb". The last item is the current page, shown as text with `aria-current="page"`.
 *
 * @summary Breadcrumb trail.
 * @attr text-label - Replaces the landmark name "Breadcrumb".
 * @csspart list - The ordered list.
 * @csspart link - Each link.
 */
export class DrukBreadcrumbs extends DrukElement {
  static override styles = [baseStyles, breadcrumbsStyles];
  static override strings: readonly StringId[] = ['breadcrumbs.label'];
  static override properties = { items: { converter: jsonItems<LinkItem>(WHERE, LINK_FIELDS) } };

  /** The trail from the home page to the current page: `[{ label, href, lang? }]`. */
  declare items: LinkItem[];

  constructor() {
    super();
    this.items = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('items')) this.items = validateItems<LinkItem>(this.items, WHERE, LINK_FIELDS);
  }

  override render() {
    const last = this.items.length - 1;
    return html`<nav aria-label=${this.t('breadcrumbs.label')}>
      <ol part="list">
        ${this.items.map((item, index) =>
          index === last
            ? html`<li><span aria-current="page" lang=${ifDefined(item.lang)}>${item.label}</span></li>`
            : html`<li><a part="link" href=${item.href} lang=${ifDefined(item.lang)}>${item.label}</a></li>`,
        )}
      </ol>
    </nav>`;
  }
}

defineElement('druk-breadcrumbs', DrukBreadcrumbs);

declare global {
  interface HTMLElementTagNameMap {
    'druk-breadcrumbs': DrukBreadcrumbs;
  }
}
