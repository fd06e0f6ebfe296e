import { defineElement } from '../base/define.ts';
import { backToTopStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { backToTopStyles } from './back-to-top.styles.ts';

registerStrings(backToTopStrings);

/**
 * `<druk-back-to-top>`: a "Back to top" link for long pages. A plain link to `#top` (or the `href` you
 * give) with no JavaScript; with JavaScript it also moves keyboard focus to the top of the page.
 *
 * @summary Link back to the top of a long page.
 * @attr text-label - Replaces "Back to top".
 * @csspart link - The link.
 */
export class DrukBackToTop extends DrukElement {
  static override styles = [baseStyles, backToTopStyles];
  static override strings: readonly StringId[] = ['back-to-top.label'];
  static override properties = { href: { reflect: true } };

  /** The target, `#top` by default (browsers scroll to the top for `#top` even with no such id). */
  declare href: string;

  constructor() {
    super();
    this.href = '#top';
  }

  private onClick(event: Event): void {
    const target = document.getElementById(this.href.slice(1)) ?? document.body;
    event.preventDefault();
    window.scrollTo({ top: 0 });
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    history.replaceState(null, '', this.href);
  }

  override render() {
    return html`<a part="link" href=${this.href} @click=${this.onClick}>${this.t('back-to-top.label')}</a>`;
  }
}

defineElement('druk-back-to-top', DrukBackToTop);

declare global {
  interface HTMLElementTagNameMap {
    'druk-back-to-top': DrukBackToTop;
  }
}
