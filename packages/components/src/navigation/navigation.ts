import { defineElement } from '../base/define.ts';
import { navigationStrings } from '@druk/locale/catalogue/components';
import { html, nothing } from 'lit';
import { LINK_FIELDS, jsonItems, validateItems, warnInvalid, type FieldSpec, type LinkItem } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { navigationStyles } from './navigation.styles.ts';

registerStrings(navigationStrings);

/** A top-level entry: a link, or a sub-menu of links (`items`) opened by a toggle named `label`. */
export interface NavigationItem {
  label: string;
  href?: string;
  current?: boolean;
  items?: LinkItem[];
}

const NAVIGATION_FIELDS: FieldSpec = {
  label: { type: 'string', required: true },
  href: { type: 'string' },
  current: { type: 'boolean' },
};
const WHERE = '<druk-navigation> items';

/** Top-level items with valid fields, each sub-menu's links validated; an item with neither is left out. */
function validateNavigation(value: unknown): NavigationItem[] {
  return validateItems<NavigationItem>(value, WHERE, NAVIGATION_FIELDS).flatMap((item, index) => {
    if (item.items === undefined) {
      if (item.href !== undefined) return [item];
      warnInvalid(
        `${WHERE}, item ${index + 1}`,
        JSON.stringify(item),
        'an "href" or sub-menu "items"',
        'This item is left out.',
      );
      return [];
    }
    const items = validateItems<LinkItem>(item.items, `${WHERE}, sub-menu "${item.label}"`, LINK_FIELDS);
    return items.length ? [{ ...item, items }] : [];
  });
}

/** Focusable controls of one sub-menu in order: its toggle, then its links. */
function submenuControls(submenu: HTMLDetailsElement): HTMLElement[] {
  return [...submenu.querySelectorAll<HTMLElement>(':scope > summary, :scope > ul a')];
}

/**
 * `<druk-navigation>`: the site's primary navigation. On wide screens a row of links; where the
 * component is narrower than 40rem, a "Menu" disclosure (a native `<details>`, so it opens without
 * JavaScript). With JavaScript, Escape closes the menu and returns focus to its toggle.
 *
 * An item with `items` is a sub-menu, built as the disclosure navigation pattern of the ARIA
 * Authoring Practices: a toggle that shows or hides a list of links. It is a native `<details>` too,
 * so it opens with the keyboard and without JavaScript. With JavaScript, opening one sub-menu closes
 * the others, Escape closes it and returns focus to its toggle, focus leaving it closes it, and
 * the Up and Down arrows move between its toggle and links.
 *
 * ```html
 * <druk-navigation items='[{"label":"Home","href":"/"},{"label":"About","items":[{"label":"Who we are","href":"/about/"},{"label":"Divisions","href":"/divisions/"}]}]'></druk-navigation>
 * ```
 *
 * @summary Responsive primary navigation that works without JavaScript.
 * @attr text-label - Replaces the landmark name "Main".
 * @attr text-menu - Replaces "Menu".
 * @csspart nav - The `<nav>` landmark.
 * @csspart toggle - The "Menu" toggle shown on narrow screens.
 * @csspart list - The list of links.
 * @csspart link - Each link.
 * @csspart submenu-toggle - The toggle of a sub-menu.
 * @csspart submenu - The list of links of a sub-menu.
 */
export class DrukNavigation extends DrukElement {
  static override styles = [baseStyles, navigationStyles];
  static override strings: readonly StringId[] = ['navigation.label', 'navigation.menu'];
  static override properties = {
    items: { converter: jsonItems<NavigationItem>(WHERE, NAVIGATION_FIELDS) },
    open: { type: Boolean, reflect: true },
  };

  /** The entries, in order: links `{ label, href, current? }` and sub-menus `{ label, items: [links] }`. */
  declare items: NavigationItem[];
  /** Whether the narrow-screen menu is open. */
  declare open: boolean;

  constructor() {
    super();
    this.items = [];
    this.open = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('items')) this.items = validateNavigation(this.items);
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

  private onSubmenuKeydown(event: KeyboardEvent): void {
    const submenu = event.currentTarget as HTMLDetailsElement;
    if (!submenu.open) return;
    const controls = submenuControls(submenu);
    const position = controls.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      // Only this sub-menu closes; the narrow-screen menu around it stays open.
      event.stopPropagation();
      submenu.open = false;
      controls[0]?.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && position !== -1) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      controls[(position + step + controls.length) % controls.length]?.focus();
    }
  }

  private onSubmenuFocusout(event: FocusEvent): void {
    const submenu = event.currentTarget as HTMLDetailsElement;
    if (!submenu.contains(event.relatedTarget as Node | null)) submenu.open = false;
  }

  private link(item: LinkItem) {
    return html`<a part="link" href=${item.href} aria-current=${item.current ? 'page' : nothing}>${item.label}</a>`;
  }

  override render() {
    return html`<nav part="nav" aria-label=${this.t('navigation.label')}>
      <details class="menu" ?open=${this.open} @toggle=${this.onToggle} @keydown=${this.onKeydown}>
        <summary part="toggle">${this.t('navigation.menu')}</summary>
        <ul part="list">
          ${this.items.map((item) =>
            item.items
              ? html`<li>
                  <details
                    class="submenu"
                    name="druk-navigation-submenu"
                    @keydown=${this.onSubmenuKeydown}
                    @focusout=${this.onSubmenuFocusout}
                  >
                    <summary part="submenu-toggle" ?data-current=${item.items.some((link) => link.current)}>
                      ${item.label}
                    </summary>
                    <ul part="submenu">
                      ${item.items.map((link) => html`<li>${this.link(link)}</li>`)}
                    </ul>
                  </details>
                </li>`
              : html`<li>${this.link({ label: item.label, href: item.href as string, current: item.current })}</li>`,
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
