import { toAsciiDigits } from '@druk/locale/format/digits';
import { isValidNgultrum, normaliseNgultrum } from '@druk/locale/validate-ngultrum';
import type { StringId } from '../base/strings.ts';
import { DrukInput } from '../input/input.ts';

/**
 * `<druk-amount-input>`: an amount of Ngultrum after a visible "Nu.". Accepts Indian digit grouping
 * (1,00,000), the Nu. prefix and Tibetan digits, up to 2 decimals (chhertum); when the user leaves a
 * valid amount it is written back as a plain decimal ("100000.50"), the form servers read.
 *
 * @summary Ngultrum amount input.
 * @attr name, label, hint, error, value, required, disabled - As on `<druk-input>`.
 */
export class DrukAmountInput extends DrukInput {
  static override strings: readonly StringId[] = [...DrukInput.strings, 'form.amount.currency', 'form.amount.invalid'];

  constructor() {
    super();
    this.inputmode = 'decimal';
    this.width = 'medium';
  }

  protected override leadingText() {
    return { text: 'Nu.', spoken: this.t('form.amount.currency') };
  }

  protected override normalise(value: string): string {
    return toAsciiDigits(value);
  }

  protected override tidy(value: string): string {
    const amount = normaliseNgultrum(value);
    return isValidNgultrum(amount) ? amount : value;
  }

  protected override fieldError(): string | undefined {
    const value = this.value;
    return value && !isValidNgultrum(normaliseNgultrum(value))
      ? this.t('form.amount.invalid', { label: this.labelText })
      : undefined;
  }
}

customElements.define('druk-amount-input', DrukAmountInput);

declare global {
  interface HTMLElementTagNameMap {
    'druk-amount-input': DrukAmountInput;
  }
}
