import { defineElement } from '../base/define.ts';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StringId } from '../base/strings.ts';
import { DrukFormField } from '../form-base/form-field.ts';
import { optionsConverter, type FieldOption } from '../form-base/options.ts';

/**
 * `<druk-select>`: a labelled native `<select>`. A required select gets an empty first option
 * ("Choose…"), so that the browser's `required` check means "the user picked something".
 *
 * @summary Drop-down list with label, hint and error message.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr autocomplete - As on `<druk-input>`.
 * @attr value - The initially selected option's value.
 * @attr options - JSON array of `{"value", "label", "disabled"?}`.
 * @attr placeholder - Text of the empty first option (default "Choose…"); shown whenever `required` is set.
 */
export class DrukSelect extends DrukFormField {
  static override strings: readonly StringId[] = [
    'form.error.prefix',
    'form.error.choice-missing',
    'form.select.placeholder',
  ];

  static override properties: PropertyDeclarations = {
    options: { converter: optionsConverter },
    placeholder: {},
  };

  declare options: FieldOption[];
  declare placeholder: string | undefined;

  constructor() {
    super();
    this.options = [];
  }

  override render() {
    const selected = this.defaultValue ?? '';
    const emptyFirst = this.required || this.placeholder !== undefined;
    return this.renderSingle(
      (ids, description) =>
        html`<select
          class="druk-select"
          id=${ids.control}
          name=${this.name}
          autocomplete=${ifDefined(this.autocomplete)}
          ?required=${this.required}
          ?disabled=${this.disabled}
          aria-describedby=${description}
          aria-invalid=${this.errorText ? 'true' : 'false'}
          data-druk-control
        >
          ${
            emptyFirst
              ? html`<option value="" ?selected=${selected === ''}>
                  ${this.placeholder ?? this.t('form.select.placeholder')}
                </option>`
              : nothing
          }
          ${this.options.map(
            (option) =>
              html`<option value=${option.value} ?selected=${option.value === selected} ?disabled=${!!option.disabled}>
                ${option.label}
              </option>`,
          )}
        </select>`,
    );
  }
}

defineElement('druk-select', DrukSelect);

declare global {
  interface HTMLElementTagNameMap {
    'druk-select': DrukSelect;
  }
}
