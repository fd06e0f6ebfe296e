import { defineElement } from '../base/define.ts';
import { html, nothing } from 'lit';
import { DrukElement, headingLevel } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { cardStyles } from './card.styles.ts';

/**
 * `<druk-card>`: a teaser for a service, news item or page: optional image, heading (a link when
 * `href` is set, and then the whole card is clickable), description and meta line. Screen readers
 * hear only the heading as the link's name, not the whole card.
 *
 * @summary Linked teaser card.
 * @slot - The description.
 * @slot media - An image (give it `alt=""` when it only decorates).
 * @slot meta - A meta line: date, category, tags.
 * @csspart base - The `<article>`.
 * @csspart heading - The heading.
 * @csspart link - The heading's link.
 */
export class DrukCard extends DrukElement {
  static override styles = [baseStyles, cardStyles];
  static override properties = {
    heading: {},
    href: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The card's heading. Required. */
  declare heading: string;
  /** Where the card leads. */
  declare href: string | undefined;
  /** Level of the heading element, 2 to 6; 3 by default (cards usually sit under a section heading). */
  declare headingLevel: number;

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = 3;
  }

  override willUpdate(): void {
    if (!this.heading) console.error('<druk-card>: set the "heading" attribute');
  }

  override render() {
    const level = headingLevel(this.headingLevel);
    const heading = this.href ? html`<a part="link" href=${this.href}>${this.heading}</a>` : this.heading;
    return html`<article part="base">
      <slot name="media"></slot>
      <div class="body">
        <div class="heading" part="heading" role="heading" aria-level=${level}>${heading}</div>
        <slot></slot>
        <div class="meta"><slot name="meta">${nothing}</slot></div>
      </div>
    </article>`;
  }
}

defineElement('druk-card', DrukCard);

declare global {
  interface HTMLElementTagNameMap {
    'druk-card': DrukCard;
  }
}
