import { defineElement } from '../base/define.ts';
import { navigationStrings } from '@druk/locale/catalogue/components';
import { html, nothing } from 'lit';
import { LINK_FIELDS, jsonItems, validateItems, type LinkItem } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { navigationStyles } from './navigation.styles.ts';

registerStrings(navigationStrings);

/**
 * `<druk-navigation>`: the site's primary navigation. On wide screens a row of links; where the
 * component is narrower than 40rem, a "Menu" disclosure (a native `<details>`, so it opens without
 * JavaScript). With JavaScript, Escape closes the menu and returns focus to its toggle.
 *
 * ```html
 * <druk-navigation items='[{"label":"Home","href":"/"},{"label":"Services","href":"/services/","current":true}]'></druk-navigation>
 * ```
 *
 * @summary Responsive primary navigation that works without JavaScript.
 * @attr text-label - Replaces the landmark name "Main".
 * @attr text-menu - Replaces "Menu".
 * @csspart nav - The `<nav>` landmark.
 * @csspart toggle - The "Menu" toggle shown on narrow screens.
 * @csspart list - The list of links.
 * @csspart link - Each link.
 */
export class DrukNavigation extends DrukElement {
  static override styles = [baseStyles, navigationStyles];
  static override strings: readonly StringId[] = ['navigation.label', 'navigation.menu'];
  static override properties = {
    items: { converter: jsonItems<LinkItem>('<druk-navigation> items', LINK_FIELDS) },
    open: { type: Boolean, reflect: true },
  };

  /** The links, in order: `[{ label, href, current? }]`. */
  declare items: LinkItem[];
  /** Whether the narrow-screen menu is open. */
  declare open: boolean;

  constructor() {
    super();
    this.items = [];
    this.open = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('items')) this.items = validateItems<LinkItem>(this.items, '<druk-navigation> items', LINK_FIELDS);
  }

  private onToggle(event: Event): void {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
  }

  private onKeydown(event: KeyboardEvent): void {
    // The <details> element's own state: the toggle event that updates `open` comes a task later.
    const details = event.currentTarget as HTMLDetailsElement;
    const summary = details.querySelector('summary');
    if (event.key !== 'Escape' || !details.open || !summary?.checkVisibility()) return;
    details.open = false;
    this.open = false;
    summary.focus();
  }

  override render() {
    return html`<nav part="nav" aria-label=${this.t('navigation.label')}>
      <details ?open=${this.open} @toggle=${this.onToggle} @keydown=${this.onKeydown}>
        <summary part="toggle">${this.t('navigation.menu')}</summary>
        <ul part="list">
          ${this.items.map(
            (item) =>
              html`<li>
                <a part="link" href=${item.href} aria-current=${item.current ? 'page' : nothing}>${item.label}</a>
              </li>`,
          )}
        </ul>
      </details>
    </nav>`;
  }
}

defineElement('druk-navigation', DrukNavigation);

declare global {
  interface HTMLElementTagNameMap {
    'druk-navigation': DrukNavigation;
  }
}
