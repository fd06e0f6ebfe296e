import { defineElement } from '../base/define.ts';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StringId } from '../base/strings.ts';
import { DrukFormField, type FieldIds } from '../form-base/form-field.ts';

/** Input types this element renders; other needs (dates, files, passwords) have their own elements. */
const TEXT_TYPES = new Set(['text', 'email', 'tel', 'url', 'search', 'number', 'password']);

/**
 * `<druk-input>`: a labelled text input with hint and error, rendered as a native `<input>` in the light
 * DOM so it submits, validates and autofills like any input, with or without JavaScript.
 *
 * @summary Text input with label, hint and error message.
 * @attr name - Submitted name (also the default control id).
 * @attr label - Visible label.
 * @attr hint - Help text under the label, read as the input's description.
 * @attr error - An error message from the server, shown until the user changes the value.
 * @attr value - Initial value (restored by `form.reset()`).
 * @attr type - text (default), email, tel, url, search, number or password.
 * @attr autocomplete - An autofill token, e.g. `name`, `email`, `tel-national`.
 * @attr inputmode - Virtual keyboard hint, e.g. `numeric`.
 * @attr width - `short` or `medium` for inputs whose answers are short.
 * @attr required - As on `<input>`.
 * @attr disabled - As on `<input>`.
 * @attr readonly - As on `<input>`.
 * @attr minlength - As on `<input>`.
 * @attr maxlength - As on `<input>`.
 * @attr pattern - As on `<input>`.
 * @attr spellcheck - As on `<input>`.
 * @attr placeholder - As on `<input>`.
 */
export class DrukInput extends DrukFormField {
  static override strings: readonly StringId[] = [
    'form.error.prefix',
    'form.error.value-missing',
    'form.error.too-long',
    'form.error.too-short',
    'form.error.format',
  ];

  static override properties: PropertyDeclarations = {
    type: {},
    inputmode: {},
    width: {},
    readonly: { type: Boolean },
    minlength: { type: Number },
    maxlength: { type: Number },
    pattern: {},
    placeholder: {},
  };

  declare type: string;
  declare inputmode: string | undefined;
  declare width: 'short' | 'medium' | undefined;
  declare readonly: boolean;
  declare minlength: number | undefined;
  declare maxlength: number | undefined;
  declare pattern: string | undefined;
  declare placeholder: string | undefined;

  constructor() {
    super();
    this.type = 'text';
    this.readonly = false;
    this.addEventListener('focusout', () => {
      const control = this.focusTarget;
      if (!control) return;
      const tidied = this.tidy(control.value);
      if (tidied !== control.value) {
        control.value = tidied;
        this.updateCustomValidity();
      }
    });
  }

  /**
   * `minlength` is checked here as well: the browser applies it only to text the user typed, not to a
   * value that was autofilled, restored or set by a script.
   */
  protected override fieldError(): string | undefined {
    const length = this.value.length;
    if (!this.minlength || length === 0 || length >= this.minlength) return undefined;
    return this.t('form.error.too-short', { label: this.labelText, min: this.minlength });
  }

  /** Rewrites a finished value into the form servers store (run when the user leaves the field). */
  protected tidy(value: string): string {
    return value;
  }

  /** Numbers and codes are not words: no spelling marks under them. */
  private spellcheckValue(): string | undefined {
    const numeric = this.inputmode === 'numeric' || this.inputmode === 'decimal';
    return this.getAttribute('spellcheck') ?? (numeric ? 'false' : undefined);
  }

  /** Text shown before the input (e.g. a currency or country code) and its spoken form. */
  protected leadingText(): { text: string; spoken: string } | undefined {
    return undefined;
  }

  protected override extraDescriptions(ids: FieldIds): string[] {
    return this.leadingText() ? [`${ids.control}-prefix`] : [];
  }

  /** The `type` attribute of the native input. */
  protected inputType(): string {
    if (!TEXT_TYPES.has(this.type)) {
      throw new Error(
        `<druk-input name="${this.name}">: type "${this.type}" is not one of ${[...TEXT_TYPES].join(', ')}`,
      );
    }
    return this.type;
  }

  protected renderInput(ids: FieldIds, description: string | typeof nothing) {
    const error = this.errorText;
    return html`<input
      class="druk-input ${this.width ? `druk-input--${this.width}` : ''}"
      id=${ids.control}
      name=${this.name}
      type=${this.inputType()}
      value=${ifDefined(this.defaultValue)}
      inputmode=${ifDefined(this.inputmode)}
      autocomplete=${ifDefined(this.autocomplete)}
      minlength=${ifDefined(this.minlength)}
      maxlength=${ifDefined(this.maxlength)}
      pattern=${ifDefined(this.pattern)}
      placeholder=${ifDefined(this.placeholder)}
      spellcheck=${ifDefined(this.spellcheckValue())}
      ?required=${this.required}
      ?disabled=${this.disabled}
      ?readonly=${this.readonly}
      aria-describedby=${description}
      aria-invalid=${error ? 'true' : 'false'}
      data-druk-control
    />`;
  }

  override render() {
    return this.renderSingle((ids, description) => {
      const prefix = this.leadingText();
      if (!prefix) return this.renderInput(ids, description);
      return html`<div class="druk-input-wrapper">
        <span class="druk-input__affix druk-input__affix--prefix" aria-hidden="true">${prefix.text}</span>
        <span class="druk-visually-hidden" id=${`${ids.control}-prefix`}>${prefix.spoken}</span>
        ${this.renderInput(ids, description)}
      </div>`;
    });
  }
}

defineElement('druk-input', DrukInput);

declare global {
  interface HTMLElementTagNameMap {
    'druk-input': DrukInput;
  }
}
