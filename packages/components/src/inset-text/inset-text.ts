import { defineElement } from '../base/define.ts';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { insetTextStyles } from './inset-text.styles.ts';

/**
 * `<druk-inset-text>`: sets a passage apart from the text around it (a quote, an example, what
 * happens next) with a rule at its start edge. It adds no words, role or heading: the slotted
 * content is read as part of the page.
 *
 * @summary Text set apart from the content around it.
 * @slot - The passage.
 */
export class DrukInsetText extends DrukElement {
  static override styles = [baseStyles, insetTextStyles];

  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('druk-inset-text', DrukInsetText);

declare global {
  interface HTMLElementTagNameMap {
    'druk-inset-text': DrukInsetText;
  }
}
