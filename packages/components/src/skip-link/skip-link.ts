import { defineElement } from '../base/define.ts';
import { skipLinkStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { skipLinkStyles } from './skip-link.styles.ts';

registerStrings(skipLinkStrings);

/**
 * `<druk-skip-link>`: the first focusable thing on the page, "Skip to main content", hidden until it
 * receives focus. Put it first in `<body>`; it works as a plain fragment link with no JavaScript, and
 * with JavaScript it also moves focus into the target so the next Tab continues from there.
 *
 * @summary Skip link to the main content.
 * @attr text-label - Replaces "Skip to main content".
 * @csspart link - The link.
 */
export class DrukSkipLink extends DrukElement {
  static override styles = [baseStyles, skipLinkStyles];
  static override strings: readonly StringId[] = ['skip-link.label'];
  static override properties = { href: { reflect: true } };

  /** The fragment of the main content, `#main` by default. */
  declare href: string;

  constructor() {
    super();
    this.href = '#main';
  }

  private onClick(): void {
    const target = this.href.startsWith('#') ? document.getElementById(this.href.slice(1)) : null;
    if (!target) return;
    // A <main> is not focusable; make it focusable for this one move without adding it to the Tab order.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }

  override render() {
    return html`<a part="link" href=${this.href} @click=${this.onClick}>${this.t('skip-link.label')}</a>`;
  }
}

defineElement('druk-skip-link', DrukSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'druk-skip-link': DrukSkipLink;
  }
}
