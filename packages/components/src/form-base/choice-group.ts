import { html, nothing, type PropertyDeclarations } from 'lit';
import type { StringId } from '../base/strings.ts';
import { DrukFormField, describedBy } from './form-field.ts';
import { optionsConverter, type FieldOption } from './options.ts';

/**
 * A group of radios or checkboxes in a `<fieldset>` whose `<legend>` is the field's label: each choice
 * is a native input with its own `<label for>` and optional hint. The first input carries the field's
 * id, so an error summary link lands on it.
 */
export abstract class DrukChoiceGroup extends DrukFormField {
  static override strings: readonly StringId[] = ['form.error.prefix', 'form.error.choice-missing'];

  static override properties: PropertyDeclarations = {
    options: { converter: optionsConverter },
  };

  declare options: FieldOption[];

  /** `radio` or `checkbox`. */
  protected abstract readonly inputType: 'radio' | 'checkbox';

  constructor() {
    super();
    this.options = [];
  }

  /** Values of the ticked choices, in order. */
  get values(): string[] {
    return this.inputs.filter((input) => input.checked).map((input) => input.value);
  }

  override get value(): string {
    return this.values.join(',');
  }

  override set value(value: string) {
    const wanted = new Set(value.split(','));
    for (const input of this.inputs) input.checked = wanted.has(input.value);
    this.updateCustomValidity();
  }

  private get inputs(): HTMLInputElement[] {
    return this.nativeControls as HTMLInputElement[];
  }

  /** Whether the choice starts ticked. */
  protected abstract initiallyChecked(option: FieldOption): boolean;

  private optionId(index: number): string {
    return index === 0 ? this.ids.control : `${this.ids.control}-${index + 1}`;
  }

  override render() {
    return this.renderGroup(
      () =>
        html`${this.options.map((option, index) => {
          const id = this.optionId(index);
          const hintId = option.hint ? `${id}-hint` : undefined;
          return html`<div class="druk-choice">
            <input
              class="druk-choice__input"
              id=${id}
              name=${this.name}
              type=${this.inputType}
              value=${option.value}
              ?checked=${this.initiallyChecked(option)}
              ?disabled=${this.disabled || !!option.disabled}
              ?required=${this.inputType === 'radio' && this.required}
              aria-describedby=${describedBy(hintId)}
              data-druk-control
            />
            <label class="druk-choice__label" for=${id}>${option.label}</label>
            ${option.hint ? html`<div class="druk-hint druk-choice__hint" id=${hintId}>${option.hint}</div>` : nothing}
          </div>`;
        })}`,
    );
  }
}
