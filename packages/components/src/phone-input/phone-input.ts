import { defineElement } from '../base/define.ts';
import { validatePhone } from '@druk/locale/validate/validate';
import type { StringId } from '../base/strings.ts';
import { DrukCheckedInput, type CheckResult } from '../form-base/checked-input.ts';

type ValidPhone = { value: string; display: string };

/**
 * `<druk-phone-input>`: a Bhutanese phone number after a visible "+975". Accepts mobile and landline
 * numbers written in the usual ways (spaces, hyphens, a leading 0 or +975, Tibetan digits); when the
 * user leaves a valid number it is written back in the usual grouping. Servers turn the submitted text
 * into E.164 with `validatePhone` from @druk/locale, the same check the field runs.
 *
 * @summary Bhutanese phone number input with +975.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr value - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr autocomplete - Defaults to `tel`.
 */
export class DrukPhoneInput extends DrukCheckedInput<ValidPhone> {
  static override strings: readonly StringId[] = [
    ...DrukCheckedInput.strings,
    'form.phone.label',
    'form.phone.hint',
    'form.phone.country-code',
    'validation.phone.empty',
    'validation.phone.characters',
    'validation.phone.country',
    'validation.phone.length',
    'validation.phone.prefix',
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

  protected override missingMessage(): string {
    return this.t('validation.phone.empty');
  }

  protected override leadingText() {
    return { text: '+975', spoken: this.t('form.phone.country-code') };
  }

  protected override check(text: string): CheckResult<ValidPhone> {
    return validatePhone(text);
  }

  /** Grouped, without the +975 the field already shows: "17 12 34 56". */
  protected override written(result: { ok: true } & ValidPhone): string {
    return result.display.replace(/^\+975 /, '');
  }
}

defineElement('druk-phone-input', DrukPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'druk-phone-input': DrukPhoneInput;
  }
}
