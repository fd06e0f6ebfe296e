import { defineElement } from '../base/define.ts';
import { confirmationPanelStrings } from '@druk/locale/catalogue/components';
import { toAsciiDigits, toTibetanDigits } from '@druk/locale/format/digits';
import { html, nothing } from 'lit';
import { DrukElement, headingLevel } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { confirmationPanelStyles } from './confirmation-panel.styles.ts';

registerStrings(confirmationPanelStrings);

/**
 * `<druk-confirmation-panel>`: the top of the last page of a service ("Application complete"), with the
 * reference number the user quotes later. On a Dzongkha page the number's digits are Tibetan (༢༠༢༦),
 * as the rest of the page writes them; copied, it is the same number a server finds with
 * `toAsciiDigits`. It is a heading (level 1 by default: it usually is the page's title).
 *
 * @summary Green panel ending a service: heading and reference number.
 * @attr heading - The panel's heading, e.g. "Application complete".
 * @attr heading-level - 1 (default) to 6.
 * @attr reference - The reference number; letters and separators are kept, digits follow the language.
 * @attr text-reference - Replaces "Your reference number".
 * @slot - More text under the reference, e.g. "We have sent you a confirmation email".
 */
export class DrukConfirmationPanel extends DrukElement {
  static override styles = [baseStyles, confirmationPanelStyles];
  static override strings: readonly StringId[] = ['confirmation-panel.reference'];
  static override properties = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    reference: {},
  };

  declare heading: string;
  declare headingLevel: number;
  declare reference: string | undefined;

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = 1;
  }

  override render() {
    // The panel usually titles the page, so level 1 is allowed here (headingLevel keeps 2 to 6).
    const level = this.headingLevel === 1 ? 1 : headingLevel(this.headingLevel);
    const reference = this.reference && (this.language === 'dz' ? toTibetanDigits : toAsciiDigits)(this.reference);
    return html`<div class="panel">
      <div class="heading" role="heading" aria-level=${level}>${this.heading}</div>
      ${
        reference
          ? html`<p class="reference">${this.t('confirmation-panel.reference')}<br /><strong>${reference}</strong></p>`
          : nothing
      }
      <slot></slot>
    </div>`;
  }
}

defineElement('druk-confirmation-panel', DrukConfirmationPanel);

declare global {
  interface HTMLElementTagNameMap {
    'druk-confirmation-panel': DrukConfirmationPanel;
  }
}
