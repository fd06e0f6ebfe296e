import { defineElement } from '../base/define.ts';
import type { DzongkhagCode } from '@druk/locale/bhutan';
import { toAsciiDigits } from '@druk/locale/format/digits';
import { validatePostcode } from '@druk/locale/validate/validate';
import { html, type PropertyDeclarations } from 'lit';
import { bhutanData, loadBhutanData } from '../base/bhutan.ts';
import type { StringId } from '../base/strings.ts';
import { DrukFormField, type FieldIds, type NativeControl } from '../form-base/form-field.ts';

type Part = 'area' | 'gewog' | 'village' | 'postcode';

/** Initial values of the parts, from the `value` attribute: JSON such as `{"area":"BT-34","village":"Tali"}`. */
type AddressValue = Partial<Record<Part, string>>;

/** A thromde is chosen by its id, prefixed so it never collides with a dzongkhag's ISO code. */
const THROMDE_PREFIX = 'thromde:';

/**
 * `<druk-address>`: a Bhutanese address in a fieldset: dzongkhag or thromde (one select, grouped),
 * gewog or thromde zone, village or street, and postcode. The gewog box suggests the gewogs of the
 * chosen dzongkhag (a `<datalist>`: any name can still be typed, since not every dzongkhag's gewogs are
 * recorded yet); without JavaScript it suggests every recorded gewog. The postcode accepts Tibetan
 * digits and is checked with `validatePostcode` from @druk/locale. The parts submit as `<name>-area`
 * (an ISO 3166-2:BT code, or `thromde:<id>`), `<name>-gewog`, `<name>-village` and `<name>-postcode`.
 *
 * @summary Address with dzongkhag/thromde, gewog, village and postcode.
 * @attr name - Prefix of the submitted names.
 * @attr label - The legend, e.g. "Your address".
 * @attr value - Initial parts as JSON: `{"area":"BT-34","gewog":"Trong","village":"Tali","postcode":"34001"}`.
 * @attr hint - As on `<druk-input>`; `required` applies to area and village.
 * @attr error - As on `<druk-input>`; `required` applies to area and village.
 * @attr required - As on `<druk-input>`; `required` applies to area and village.
 * @attr disabled - As on `<druk-input>`; `required` applies to area and village.
 */
export class DrukAddress extends DrukFormField {
  static override strings: readonly StringId[] = [
    'form.error.prefix',
    'form.error.value-missing',
    'form.error.choice-missing',
    'form.select.placeholder',
    'form.address.area',
    'form.address.dzongkhags',
    'form.address.thromdes',
    'form.address.gewog',
    'form.address.village',
    'form.address.postcode',
    'validation.postcode.format',
  ];

  static override properties: PropertyDeclarations = { area: { state: true } };

  /** The dzongkhag or thromde chosen now, which decides the gewog suggestions. */
  declare private area: string;

  constructor() {
    super();
    this.area = '';
    this.addEventListener('change', (event) => {
      const target = event.target as HTMLElement;
      if (target.id === this.partId(this.ids, 'area')) this.area = (target as HTMLSelectElement).value;
    });
  }

  private get initial(): AddressValue {
    if (!this.defaultValue) return {};
    try {
      return JSON.parse(this.defaultValue) as AddressValue;
    } catch (error) {
      throw new Error(`<druk-address name="${this.name}">: value must be JSON like {"area":"BT-34","village":"Tali"}`, {
        cause: error,
      });
    }
  }

  override willUpdate(): void {
    if (!this.hasUpdated) this.area = this.initial.area ?? '';
  }

  protected override firstUpdated(changed: Map<PropertyKey, unknown>): void {
    super.firstUpdated(changed);
    // The browser may have restored another choice than the initial one.
    this.area = this.control('area')?.value ?? this.area;
  }

  private partId(ids: FieldIds, part: Part): string {
    return part === 'area' ? ids.control : `${ids.control}-${part}`;
  }

  private control(part: Part): NativeControl | undefined {
    return this.nativeControls.find((control) => control.id === this.partId(this.ids, part));
  }

  /** Only the postcode is a number; names of villages and streets are left as typed. */
  protected override normalise(value: string, control: NativeControl): string {
    return control === this.control('postcode') ? toAsciiDigits(value) : value;
  }

  /** The postcode check belongs to the postcode box, so the error summary links there. */
  protected override updateCustomValidity(): void {
    const postcode = this.control('postcode');
    if (!postcode) return;
    const result = validatePostcode(postcode.value);
    postcode.setCustomValidity(postcode.value && !result.ok ? this.t(result.error as StringId) : '');
  }

  /** The dzongkhags and thromdes of the select come from the Bhutan data, loaded before the first render. */
  protected override pendingData(): Promise<unknown> | undefined {
    const strings = super.pendingData();
    return bhutanData() ? strings : Promise.all([strings, loadBhutanData()]);
  }

  /** Gewogs to suggest: the chosen dzongkhag's, or every recorded gewog when none is chosen (no JavaScript). */
  private gewogSuggestions(): string[] {
    const data = bhutanData();
    if (!data) return [];
    const lang = this.language;
    const codes =
      this.area && !this.area.startsWith(THROMDE_PREFIX)
        ? [this.area]
        : this.area
          ? []
          : data.DZONGKHAGS.map((d) => d.code);
    return codes.flatMap((code) => data.gewogsOf(code as DzongkhagCode).map((gewog) => gewog[lang]));
  }

  private renderText(
    ids: FieldIds,
    part: Exclude<Part, 'area'>,
    value: string | undefined,
    extra: { autocomplete?: string; list?: string; inputmode?: string; width?: string },
  ) {
    const id = this.partId(ids, part);
    return html`<div class="druk-field">
      <label class="druk-label" for=${id}>${this.t(`form.address.${part}`)}</label>
      <input
        class="druk-input ${extra.width ?? ''}"
        id=${id}
        name=${`${this.name}-${part}`}
        type="text"
        value=${value ?? ''}
        autocomplete=${extra.autocomplete ?? 'off'}
        list=${extra.list ?? ''}
        inputmode=${extra.inputmode ?? 'text'}
        ?required=${this.required && part === 'village'}
        ?disabled=${this.disabled}
        aria-invalid=${this.errorText ? 'true' : 'false'}
        data-druk-control
      />
    </div>`;
  }

  override render() {
    const lang = this.language;
    const initial = this.initial;
    const { DZONGKHAGS = [], THROMDES = [] } = bhutanData() ?? {};
    return this.renderGroup((ids) => {
      const listId = `${ids.control}-gewogs`;
      return html`<div class="druk-field">
          <label class="druk-label" for=${ids.control}>${this.t('form.address.area')}</label>
          <select
            class="druk-select"
            id=${ids.control}
            name=${`${this.name}-area`}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-invalid=${this.errorText ? 'true' : 'false'}
            data-druk-control
          >
            <option value="">${this.t('form.select.placeholder')}</option>
            <optgroup label=${this.t('form.address.dzongkhags')}>
              ${DZONGKHAGS.map((d) => html`<option value=${d.code} ?selected=${initial.area === d.code}>${d[lang]}</option>`)}
            </optgroup>
            <optgroup label=${this.t('form.address.thromdes')}>
              ${THROMDES.map(
                (t) =>
                  html`<option value=${THROMDE_PREFIX + t.id} ?selected=${initial.area === THROMDE_PREFIX + t.id}>
                    ${t[lang]}
                  </option>`,
              )}
            </optgroup>
          </select>
        </div>
        ${this.renderText(ids, 'gewog', initial.gewog, { list: listId })}
        <datalist id=${listId}>
          ${this.gewogSuggestions().map((name) => html`<option value=${name}></option>`)}
        </datalist>
        ${this.renderText(ids, 'village', initial.village, { autocomplete: 'address-line1' })}
        ${this.renderText(ids, 'postcode', initial.postcode, {
          autocomplete: 'postal-code',
          inputmode: 'numeric',
          width: 'druk-input--short',
        })}`;
    });
  }
}

defineElement('druk-address', DrukAddress);

declare global {
  interface HTMLElementTagNameMap {
    'druk-address': DrukAddress;
  }
}
