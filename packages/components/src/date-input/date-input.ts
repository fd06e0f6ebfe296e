import { defineElement } from '../base/define.ts';
import { html, type PropertyDeclarations } from 'lit';
import type { StringId } from '../base/strings.ts';
import { DrukFormField, type FieldIds } from '../form-base/form-field.ts';
import { toAsciiDigits } from '@druk/locale/format/digits';

type Part = 'day' | 'month' | 'year';
const PARTS: readonly Part[] = ['day', 'month', 'year'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether day/month/year name a day that exists (31 February does not). */
function isRealDate(day: number, month: number, year: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * `<druk-date-input>`: a date as three text boxes, day, month and year (the GOV.UK pattern, easier to
 * type and to read aloud than a calendar widget), labelled in English or Dzongkha, in a fieldset whose
 * legend is the question. They submit as `<name>-day`, `<name>-month` and `<name>-year`; Tibetan digits
 * typed into them become ASCII digits.
 *
 * @summary Date as day, month and year fields.
 * @attr name - Prefix of the three submitted names.
 * @attr label - The question (the legend), e.g. "Date of birth".
 * @attr value - Initial date as YYYY-MM-DD.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr autocomplete - `bday` fills the three parts with `bday-day`, `bday-month`, `bday-year`.
 */
export class DrukDateInput extends DrukFormField {
  static override strings: readonly StringId[] = [
    'form.error.prefix',
    'form.error.value-missing',
    'form.date.day',
    'form.date.month',
    'form.date.year',
    'form.date.invalid',
    'form.date.incomplete',
  ];

  static override properties: PropertyDeclarations = {};

  private get parts(): Record<Part, string> {
    const [day, month, year] = this.nativeControls.map((control) => control.value.trim());
    return { day: day ?? '', month: month ?? '', year: year ?? '' };
  }

  /** The date as YYYY-MM-DD when all three parts form a real date, else an empty string. */
  override get value(): string {
    const { day, month, year } = this.parts;
    if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return '';
    if (!isRealDate(Number(day), Number(month), Number(year))) return '';
    return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  }

  override set value(value: string) {
    const [day, month, year] = this.nativeControls;
    const match = ISO_DATE.exec(value);
    if (!day || !month || !year) return;
    day.value = match ? String(Number(match[3])) : '';
    month.value = match ? String(Number(match[2])) : '';
    year.value = match?.[1] ?? '';
    this.updateCustomValidity();
  }

  protected override normalise(value: string): string {
    return toAsciiDigits(value);
  }

  protected override fieldError(): string | undefined {
    const label = this.labelText;
    const filled = PARTS.filter((part) => this.parts[part] !== '');
    if (filled.length === 0) return this.required ? this.t('form.error.value-missing', { label }) : undefined;
    if (filled.length < PARTS.length) return this.t('form.date.incomplete', { label });
    return this.value ? undefined : this.t('form.date.invalid', { label });
  }

  private initialParts(): Record<Part, string> {
    const match = ISO_DATE.exec(this.defaultValue ?? '');
    if (this.defaultValue && !match) {
      throw new Error(`<druk-date-input name="${this.name}">: value "${this.defaultValue}" is not a YYYY-MM-DD date`);
    }
    return match
      ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] as string }
      : { day: '', month: '', year: '' };
  }

  private renderPart(ids: FieldIds, part: Part, initial: string) {
    const id = part === 'day' ? ids.control : `${ids.control}-${part}`;
    const token = this.autocomplete === 'bday' ? `bday-${part}` : 'off';
    return html`<div class="druk-date__part">
      <label class="druk-label" for=${id}>${this.t(`form.date.${part}`)}</label>
      <input
        class="druk-input druk-input--short"
        id=${id}
        name=${`${this.name}-${part}`}
        type="text"
        inputmode="numeric"
        autocomplete=${token}
        maxlength=${part === 'year' ? 4 : 2}
        value=${initial}
        ?disabled=${this.disabled}
        aria-invalid=${this.errorText ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        data-druk-control
      />
    </div>`;
  }

  override render() {
    const initial = this.initialParts();
    return this.renderGroup(
      (ids) => html`<div class="druk-date">${PARTS.map((part) => this.renderPart(ids, part, initial[part]))}</div>`,
    );
  }
}

defineElement('druk-date-input', DrukDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'druk-date-input': DrukDateInput;
  }
}
