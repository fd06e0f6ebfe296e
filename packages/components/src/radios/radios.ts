import { defineElement } from '../base/define.ts';
import { DrukChoiceGroup } from '../form-base/choice-group.ts';
import type { FieldOption } from '../form-base/options.ts';

/**
 * `<druk-radios>`: one choice from a few, as native radio buttons in a fieldset. Arrow keys move
 * between the choices and `required` is the browser's own.
 *
 * @summary Radio button group with legend, hint and error message.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`. (the legend)
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr value - The initially selected choice.
 * @attr options - JSON array of `{"value", "label", "hint"?, "disabled"?}`.
 */
export class DrukRadios extends DrukChoiceGroup {
  protected readonly inputType = 'radio';

  protected initiallyChecked(option: FieldOption): boolean {
    return option.value === this.defaultValue;
  }
}

defineElement('druk-radios', DrukRadios);

declare global {
  interface HTMLElementTagNameMap {
    'druk-radios': DrukRadios;
  }
}
