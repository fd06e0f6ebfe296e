import { defineElement } from '../base/define.ts';
import { warningTextStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { warningTextStyles } from './warning-text.styles.ts';

registerStrings(warningTextStrings);

/**
 * `<druk-warning-text>`: one sentence the user must not miss ("You can be fined up to Nu. 5,000 if
 * you do not register"), in bold after an exclamation mark. The mark is decoration; screen readers
 * hear a visually hidden "Warning" in the page's language first, so the meaning is not in the icon.
 *
 * @summary Important text with a warning icon and a hidden "Warning" prefix.
 * @attr text-prefix - Replaces the hidden "Warning".
 * @slot - The warning.
 */
export class DrukWarningText extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, warningTextStyles];
  static override strings: readonly StringId[] = ['warning-text.prefix'];

  override render() {
    return html`<div class="warning">
      <span class="icon" aria-hidden="true">!</span>
      <div><span class="visually-hidden">${this.t('warning-text.prefix')}: </span><slot></slot></div>
    </div>`;
  }
}

defineElement('druk-warning-text', DrukWarningText);

declare global {
  interface HTMLElementTagNameMap {
    'druk-warning-text': DrukWarningText;
  }
}
