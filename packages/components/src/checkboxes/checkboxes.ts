import { defineElement } from '../base/define.ts';
import { DrukChoiceGroup } from '../form-base/choice-group.ts';
import type { FieldOption } from '../form-base/options.ts';

/**
 * `<druk-checkboxes>`: any number of choices, as native checkboxes in a fieldset, each submitted under
 * the same `name`. `required` means "at least one": a native `required` checkbox would demand every
 * box, so the group sets the failure itself on its first box.
 *
 * @summary Checkbox group with legend, hint and error message.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`. (the legend)
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr options - JSON array of `{"value", "label", "hint"?, "checked"?, "disabled"?}`.
 */
export class DrukCheckboxes extends DrukChoiceGroup {
  protected readonly inputType = 'checkbox';

  protected initiallyChecked(option: FieldOption): boolean {
    return !!option.checked;
  }

  protected override fieldError(): string | undefined {
    if (!this.required || this.disabled || this.values.length > 0) return undefined;
    return this.t('form.error.choice-missing', { label: this.labelText });
  }
}

defineElement('druk-checkboxes', DrukCheckboxes);

declare global {
  interface HTMLElementTagNameMap {
    'druk-checkboxes': DrukCheckboxes;
  }
}
