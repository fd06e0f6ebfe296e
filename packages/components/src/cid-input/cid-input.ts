import { defineElement } from '../base/define.ts';
import { validateCid } from '@druk/locale/validate/validate';
import type { StringId } from '../base/strings.ts';
import { DrukCheckedInput, type CheckResult } from '../form-base/checked-input.ts';

/**
 * `<druk-cid-input>`: a Citizenship ID number. Accepts the 11 digits with spaces or hyphens and in
 * Tibetan digits, and writes them back as 11 ASCII digits when the user leaves the field; says what is
 * wrong in English or Dzongkha. Label and hint default to the catalogue's ("Citizenship ID number",
 * "11 digits, as printed on your citizenship ID card").
 *
 * @summary Citizenship ID number input.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr value - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 */
export class DrukCidInput extends DrukCheckedInput {
  static override strings: readonly StringId[] = [
    ...DrukCheckedInput.strings,
    'form.cid.label',
    'form.cid.hint',
    'validation.cid.empty',
    'validation.cid.characters',
    'validation.cid.length',
  ];

  constructor() {
    super();
    this.inputmode = 'numeric';
    this.width = 'medium';
  }

  protected override defaultLabel(): string {
    return this.t('form.cid.label');
  }

  protected override defaultHint(): string {
    return this.t('form.cid.hint');
  }

  protected override missingMessage(): string {
    return this.t('validation.cid.empty');
  }

  protected override check(text: string): CheckResult {
    return validateCid(text);
  }
}

defineElement('druk-cid-input', DrukCidInput);

declare global {
  interface HTMLElementTagNameMap {
    'druk-cid-input': DrukCidInput;
  }
}
