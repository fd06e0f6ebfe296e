import { toAsciiDigits } from '@druk/locale/format/digits';
import type { StringId } from '../base/strings.ts';
import { DrukInput } from '../input/input.ts';

/** What a check of @druk/locale returns: the value to store, or the id of the message that says what is wrong. */
export type CheckResult<Valid extends { value: string } = { value: string }> =
  ({ ok: true } & Valid) | { ok: false; error: string };

/**
 * A text input for a number or code that a @druk/locale check validates (CID, phone, amount): Tibetan
 * digits become ASCII as they are typed, the check's message (in the field's language) blocks the form,
 * and a valid value is written back in its standard form when the user leaves the field.
 */
export abstract class DrukCheckedInput<Valid extends { value: string } = { value: string }> extends DrukInput {
  /** Validates and normalises what the user typed. */
  protected abstract check(text: string): CheckResult<Valid>;

  /** How a valid value is written back into the box; by default the normalised value. */
  protected written(result: { ok: true } & Valid): string {
    return result.value;
  }

  protected override normalise(value: string): string {
    return toAsciiDigits(value);
  }

  protected override tidy(value: string): string {
    const result = this.check(value);
    return result.ok ? this.written(result) : value;
  }

  protected override fieldError(): string | undefined {
    if (!this.value) return undefined;
    const result = this.check(this.value);
    return result.ok ? undefined : this.t(result.error as StringId, { label: this.labelText });
  }
}
