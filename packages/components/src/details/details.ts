import { defineElement } from '../base/define.ts';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { detailsStyles } from './details.styles.ts';

/**
 * `<druk-details>`: a native `<details>` disclosure ("Help with your CID number") styled with tokens.
 * It opens with Enter or Space, or a click, with or without JavaScript. Also the section element of
 * `<druk-accordion>`.
 *
 * @summary Expandable section on a native details element.
 * @slot - The content revealed when open.
 * @slot summary - A summary with markup, instead of the `summary` attribute.
 * @fires druk-toggle - After the section opens or closes; `detail.open` says which.
 * @csspart details - The `<details>` element.
 * @csspart summary - The clickable summary.
 * @csspart content - The revealed content.
 */
export class DrukDetails extends DrukElement {
  static override styles = [baseStyles, detailsStyles];
  static override properties = { summary: {}, open: { type: Boolean, reflect: true } };

  /** The always-visible text that opens the section. */
  declare summary: string;
  /** Whether the section is open. */
  declare open: boolean;

  constructor() {
    super();
    this.summary = '';
    this.open = false;
  }

  /** Moves keyboard focus to the summary (used by `<druk-accordion>` for arrow keys). */
  focusSummary(): void {
    this.renderRoot.querySelector('summary')?.focus();
  }

  private onToggle(event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new CustomEvent('druk-toggle', { detail: { open }, bubbles: true, composed: true }));
  }

  override render() {
    return html`<details part="details" ?open=${this.open} @toggle=${this.onToggle}>
      <summary part="summary">
        <span class="label"><slot name="summary">${this.summary}</slot></span>
      </summary>
      <div class="content" part="content"><slot></slot></div>
    </details>`;
  }
}

defineElement('druk-details', DrukDetails);

declare global {
  interface HTMLElementTagNameMap {
    'druk-details': DrukDetails;
  }
}
