import { defineElement } from '../base/define.ts';
import { isValidNgultrum, normaliseNgultrum } from '@druk/locale/validate-ngultrum';
import type { StringId } from '../base/strings.ts';
import { DrukCheckedInput, type CheckResult } from '../form-base/checked-input.ts';

/**
 * `<druk-amount-input>`: an amount of Ngultrum after a visible "Nu.". Accepts Indian digit grouping
 * (1,00,000), the Nu. prefix and Tibetan digits, up to 2 decimals (chhertum); when the user leaves a
 * valid amount it is written back as a plain decimal ("100000.50"), the form servers read.
 *
 * @summary Ngultrum amount input.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr value - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 */
export class DrukAmountInput extends DrukCheckedInput {
  static override strings: readonly StringId[] = [
    ...DrukCheckedInput.strings,
    'form.amount.currency',
    'form.amount.invalid',
  ];

  constructor() {
    super();
    this.inputmode = 'decimal';
    this.width = 'medium';
  }

  protected override leadingText() {
    return { text: 'Nu.', spoken: this.t('form.amount.currency') };
  }

  protected override check(text: string): CheckResult {
    const amount = normaliseNgultrum(text);
    return isValidNgultrum(amount) ? { ok: true, value: amount } : { ok: false, error: 'form.amount.invalid' };
  }
}

defineElement('druk-amount-input', DrukAmountInput);

declare global {
  interface HTMLElementTagNameMap {
    'druk-amount-input': DrukAmountInput;
  }
}
