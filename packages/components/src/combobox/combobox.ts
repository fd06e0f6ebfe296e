import { defineElement } from '../base/define.ts';
import { comboboxStrings } from '@druk/locale/catalogue/components';
import type { DzongkhagCode } from '@druk/locale/bhutan';
import { toAsciiDigits, toTibetanDigits } from '@druk/locale/format/digits';
import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { bhutanData, loadBhutanData } from '../base/bhutan.ts';
import { warnInvalid } from '../base/data.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { DrukFormField } from '../form-base/form-field.ts';
import { optionsConverter, type FieldOption } from '../form-base/options.ts';
import { adoptComboboxStyles } from './combobox.styles.ts';

registerStrings(comboboxStrings);

/** An option of the combobox; `keywords` are other names it is found by (e.g. its name in the other language). */
export interface ComboboxOption extends FieldOption {
  keywords?: string;
}

/** Separators between words and syllables: spaces, the tsheg (also the non-breaking one), shad and punctuation. */
const SEPARATORS = /[\s\u0F0B\u0F0C\u0F0D-\u0F12,.;:()/-]+/u;

/**
 * The words or syllables of a text as a search compares them: canonical order (NFD: Tibetan vowel
 * signs typed in any order compare equal), lower case, Latin accents dropped, Tibetan digits as ASCII.
 */
export function searchTokens(text: string): string[] {
  return toAsciiDigits(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(SEPARATORS)
    .filter(Boolean);
}

/**
 * Whether the typed text finds a name: its words or syllables appear in the name in that order,
 * side by side, starting at any word or syllable, the last one possibly still being typed. So
 * "ཤིང་མཁ" and "མཁར" find ཤིང་མཁར, a typed final tsheg (ཀྲོང་) finds ཀྲོང, and "trong" finds Trong.
 */
export function matchesQuery(name: string, query: string): boolean {
  const wanted = searchTokens(query);
  if (wanted.length === 0) return true;
  const tokens = searchTokens(name);
  const last = wanted.length - 1;
  for (let start = 0; start + last < tokens.length; start++) {
    const fits = wanted.every((word, index) =>
      index === last ? tokens[start + index]!.startsWith(word) : tokens[start + index] === word,
    );
    if (fits) return true;
  }
  return false;
}

/** The same name, as a search compares it (for "the text is exactly this option"). */
const sameName = (a: string, b: string) => searchTokens(a).join(' ') === searchTokens(b).join(' ');

/**
 * `<druk-combobox>`: a field for choosing one value from a long list by typing part of it, per the
 * ARIA Authoring Practices' editable combobox with list autocomplete: the list shows the options
 * that match what is typed; Down and Up move through them, Enter chooses, Escape closes (or clears),
 * Home and End return to the text, and a live region says how many options match.
 *
 * Without JavaScript (server-rendered) it is a native `<select>` with every option, which submits
 * the same value. With JavaScript the visible control is a text input (the error summary's and the
 * label's target, checked by the browser: `required`, and "choose from the list" for any other text)
 * and the chosen value is submitted by a hidden `<select>` under `name`.
 *
 * Why a select and not a datalist: ADR 0023.
 *
 * Dzongkha: typing matches by syllable, with or without the tsheg, and by an option's `keywords`
 * (the gewogs' English names, for a reader typing in Latin letters); counts use Tibetan digits.
 *
 * @summary Combobox (type to filter a long list) that submits a value, with a native select without JavaScript.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr value - The initially chosen option's value.
 * @attr options - JSON array of `{"value", "label", "keywords"?}`.
 * @attr gewogs-of - Instead of `options`: the recorded gewogs of a dzongkhag (ISO 3166-2:BT code, e.g. `BT-34`), in the page's language, submitted by English name.
 * @attr placeholder - Text of the empty first option of the select without JavaScript (default "Choose…").
 * @attr text-results - Replaces "{count} results available" (also text-one-result, text-no-results, text-not-in-list).
 */
export class DrukCombobox extends DrukFormField {
  static override strings: readonly StringId[] = [
    'form.error.prefix',
    'form.error.choice-missing',
    'form.select.placeholder',
    'combobox.results',
    'combobox.one-result',
    'combobox.no-results',
    'combobox.not-in-list',
  ];

  static override properties: PropertyDeclarations = {
    options: { converter: optionsConverter },
    gewogsOf: { attribute: 'gewogs-of' },
    placeholder: {},
    expanded: { state: true },
    active: { state: true },
    query: { state: true },
  };

  declare options: ComboboxOption[];
  declare gewogsOf: string | undefined;
  declare placeholder: string | undefined;
  /** Whether the list is shown. */
  declare private expanded: boolean;
  /** Index in `filtered` of the option with visual focus, or -1 while the text has it. */
  declare private active: number;
  /** The text the list is filtered by (what the user typed; empty shows every option). */
  declare private query: string;

  constructor() {
    super();
    this.options = [];
    this.expanded = false;
    this.active = -1;
    this.query = '';
    if (!isServer) {
      // Options are chosen with the input's keys (aria-activedescendant) or a click; a press on the
      // list must not take focus from the input.
      this.addEventListener('mousedown', (event) => {
        if ((event.target as Element).closest('[role="listbox"]')) event.preventDefault();
      });
      this.addEventListener('click', this.onListClick);
    }
  }

  protected override createRenderRoot(): HTMLElement {
    adoptComboboxStyles(this);
    return super.createRenderRoot();
  }

  /** With `gewogs-of`, the gewogs come from the Bhutan data, loaded before the element renders. */
  protected override pendingData(): Promise<unknown> | undefined {
    const strings = super.pendingData();
    return this.gewogsOf && !bhutanData() ? Promise.all([strings, loadBhutanData()]) : strings;
  }

  /** The options shown: `options`, or the gewogs of `gewogs-of` in the page's language. */
  get choices(): ComboboxOption[] {
    if (!this.gewogsOf) return this.options;
    const data = bhutanData();
    if (!data) return [];
    const gewogs = data.gewogsOf(this.gewogsOf as DzongkhagCode);
    if (gewogs.length === 0) {
      warnInvalid(
        `<druk-combobox name="${this.name}"> gewogs-of`,
        this.gewogsOf,
        'the ISO 3166-2:BT code of a dzongkhag whose gewogs @druk/locale records (e.g. BT-34)',
        'The list is empty; give `options` instead.',
      );
    }
    const lang = this.language;
    return gewogs.map((gewog) => ({ value: gewog.en, label: gewog[lang], keywords: `${gewog.en} ${gewog.dz}` }));
  }

  /** The options that match the text typed. */
  get filtered(): ComboboxOption[] {
    return this.choices.filter(
      (option) => matchesQuery(option.label, this.query) || matchesQuery(option.keywords ?? '', this.query),
    );
  }

  private get input(): HTMLInputElement | undefined {
    return this.focusTarget as HTMLInputElement | undefined;
  }

  private get select(): HTMLSelectElement | null {
    return typeof this.querySelector === 'function' ? this.querySelector('select') : null;
  }

  /** The chosen option's value (what the form submits). */
  override get value(): string {
    return this.select?.value ?? this.defaultValue ?? '';
  }

  override set value(value: string) {
    const option = this.choices.find((choice) => choice.value === value);
    if (this.input && this.select) this.choose(option, false);
    else this.defaultValue = value;
  }

  protected override missingMessage(): string {
    return this.t('form.error.choice-missing', { label: this.labelText });
  }

  protected override fieldError(): string | undefined {
    const typed = this.input?.value.trim();
    return typed && !this.select?.value ? this.t('combobox.not-in-list', { label: this.labelText }) : undefined;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // The browser may have restored a choice into the server's select: its value is now in the input.
    const input = this.input;
    if (!input) return;
    const restored = this.choices.find((option) => option.value === input.value);
    if (restored) this.choose(restored, false);
    else this.syncChoice();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.active >= 0)
      this.querySelector(`#${CSS.escape(this.optionId(this.active))}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** Submits the option whose name is exactly what is typed, or nothing. */
  private syncChoice(): void {
    const input = this.input;
    const select = this.select;
    if (!input || !select) return;
    select.value = this.choices.find((option) => sameName(option.label, input.value))?.value ?? '';
    this.updateCustomValidity();
  }

  /** Chooses an option (or none): its name in the input, its value in the select, the list closed. */
  private choose(option: ComboboxOption | undefined, announce = true): void {
    const input = this.input;
    const select = this.select;
    if (!input || !select) return;
    input.value = option?.label ?? '';
    select.value = option?.value ?? '';
    this.query = '';
    this.close();
    this.updateCustomValidity();
    if (announce) input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private open(active: number): void {
    // Text that is exactly the chosen option shows the whole list, so the reader can pick another.
    const input = this.input;
    this.query = input && this.select?.value && sameName(input.value, this.selectedLabel()) ? '' : (input?.value ?? '');
    this.expanded = this.filtered.length > 0;
    this.active = this.expanded ? active : -1;
  }

  private close(): void {
    this.expanded = false;
    this.active = -1;
  }

  private selectedLabel(): string {
    const value = this.select?.value;
    return this.choices.find((option) => option.value === value)?.label ?? '';
  }

  private optionId(index: number): string {
    return `${this.ids.control}-option-${index}`;
  }

  private onInput = (): void => {
    this.query = this.input?.value ?? '';
    this.active = -1;
    this.expanded = this.filtered.length > 0;
    this.syncChoice();
  };

  private onKeydown = (event: KeyboardEvent): void => {
    const count = this.filtered.length;
    const input = event.currentTarget as HTMLInputElement;
    switch (event.key) {
      case 'ArrowDown':
        if (!this.expanded || count === 0) this.open(event.altKey ? -1 : 0);
        else this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        if (!this.expanded || count === 0) this.open(this.filtered.length - 1);
        else this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter':
        // With no option in focus, Enter submits the form, as in any text input.
        if (!this.expanded || this.active < 0) return;
        this.choose(this.filtered[this.active]);
        break;
      case 'Escape':
        if (this.expanded) this.close();
        else if (input.value) this.choose(undefined);
        else return;
        break;
      case 'Home':
      case 'End': {
        if (this.active < 0) return;
        this.active = -1;
        const caret = event.key === 'Home' ? 0 : input.value.length;
        input.setSelectionRange(caret, caret);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  /** A click on an option chooses it. */
  private onListClick = (event: Event): void => {
    const index = (event.target as Element).closest('[role="option"]')?.getAttribute('data-index');
    if (index) this.choose(this.filtered[Number(index)]);
  };

  /** The live count of matches, in the page's language and digits. */
  private statusText(): string {
    if (!this.expanded && this.query === '') return '';
    const count = this.filtered.length;
    if (count === 0) return this.t('combobox.no-results');
    if (count === 1) return this.t('combobox.one-result');
    const shown = this.language === 'dz' ? toTibetanDigits(String(count)) : String(count);
    return this.t('combobox.results', { count: shown });
  }

  override render() {
    const chosen = this.defaultValue ?? '';
    const choices = this.choices;
    const options = choices.map(
      (option) => html`<option value=${option.value} ?selected=${option.value === chosen}>${option.label}</option>`,
    );
    const empty = html`<option value="" ?selected=${!choices.some((option) => option.value === chosen)}>
      ${this.placeholder ?? this.t('form.select.placeholder')}
    </option>`;
    if (isServer) {
      // Without JavaScript: the native select, with the field's label, hint and error.
      return this.renderSingle(
        (ids, description) =>
          html`<select
            class="druk-select"
            id=${ids.control}
            name=${this.name}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-describedby=${description}
            aria-invalid=${this.errorText ? 'true' : 'false'}
            data-druk-control
          >
            ${empty} ${options}
          </select>`,
      );
    }
    const filtered = this.filtered;
    return this.renderSingle((ids, description) => {
      const listId = `${ids.control}-list`;
      return html`<div class="druk-combobox">
        <input
          class="druk-input"
          id=${ids.control}
          type="text"
          role="combobox"
          aria-label=${this.labelText}
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${this.active >= 0 ? this.optionId(this.active) : nothing}
          aria-describedby=${description}
          aria-invalid=${this.errorText ? 'true' : 'false'}
          value=${choices.find((option) => option.value === chosen)?.label ?? ''}
          ?required=${this.required}
          ?disabled=${this.disabled}
          data-druk-control
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @click=${() => this.expanded || this.open(-1)}
          @blur=${() => this.close()}
        />
        <ul
          class="druk-combobox__list"
          id=${listId}
          role="listbox"
          aria-label=${this.labelText}
          ?hidden=${!this.expanded}
        >
          ${
            this.expanded
              ? filtered.map(
                  (option, index) =>
                    html`<li
                      class="druk-combobox__option"
                      id=${this.optionId(index)}
                      role="option"
                      aria-selected=${index === this.active ? 'true' : 'false'}
                      data-index=${index}
                    >
                      ${option.label}
                    </li>`,
                )
              : nothing
          }
        </ul>
        <select name=${this.name} hidden tabindex="-1" ?disabled=${this.disabled}>
          ${empty} ${options}
        </select>
        <div class="druk-visually-hidden" role="status">${this.statusText()}</div>
      </div>`;
    });
  }
}

defineElement('druk-combobox', DrukCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'druk-combobox': DrukCombobox;
  }
}
