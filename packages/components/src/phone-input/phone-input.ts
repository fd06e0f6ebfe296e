import { toAsciiDigits } from '@druk/locale/format/digits';
import { isValidPhone, normalisePhone } from '@druk/locale/validate-bhutan';
import type { StringId } from '../base/strings.ts';
import { DrukInput } from '../input/input.ts';

/**
 * `<druk-phone-input>`: a Bhutanese phone number after a visible "+975". Accepts mobile and landline
 * numbers written in the usual ways (spaces, hyphens, a leading 0 or +975, Tibetan digits); when the
 * user leaves a valid number it is written back as `+975…` (E.164), the form servers store.
 *
 * @summary Bhutanese phone number input with +975.
 * @attr name, label, hint, error, value, required, disabled - As on `<druk-input>`.
 * @attr autocomplete - Defaults to `tel`.
 */
export class DrukPhoneInput extends DrukInput {
  static override strings: readonly StringId[] = [
    ...DrukInput.strings,
    'form.phone.label',
    'form.phone.hint',
    'form.phone.invalid',
    'form.phone.country-code',
  ];

  constructor() {
    super();
    this.type = 'tel';
    this.width = 'medium';
    this.autocomplete = 'tel';
  }

  protected override defaultLabel(): string {
    return this.t('form.phone.label');
  }

  protected override defaultHint(): string {
    return this.t('form.phone.hint');
  }

  protected override leadingText() {
    return { text: '+975', spoken: this.t('form.phone.country-code') };
  }

  protected override normalise(value: string): string {
    return toAsciiDigits(value);
  }

  protected override tidy(value: string): string {
    const phone = normalisePhone(value);
    return isValidPhone(phone) ? phone : value;
  }

  protected override fieldError(): string | undefined {
    const value = this.value;
    return value && !isValidPhone(normalisePhone(value)) ? this.t('form.phone.invalid') : undefined;
  }
}

customElements.define('druk-phone-input', DrukPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'druk-phone-input': DrukPhoneInput;
  }
}
