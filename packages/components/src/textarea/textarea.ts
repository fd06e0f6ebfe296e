import { defineElement } from '../base/define.ts';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { StringId } from '../base/strings.ts';
import { DrukFormField, type FieldIds } from '../form-base/form-field.ts';

/**
 * `<druk-textarea>`: a labelled multi-line text box. With `maxlength` it counts characters as the user
 * types (announced politely) and blocks submission when there are too many. The limit is not the native
 * `maxlength`, which would silently cut pasted text; it is checked instead, as the GOV.UK character
 * count does.
 *
 * @summary Multi-line text input with an optional character count.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr value - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr autocomplete - As on `<druk-input>`.
 * @attr maxlength - Most characters allowed; shows the count.
 * @attr rows - Visible lines (default 5).
 */
export class DrukTextarea extends DrukFormField {
  static override strings: readonly StringId[] = [
    'form.error.prefix',
    'form.error.value-missing',
    'form.error.too-long',
    'form.character-count.remaining',
    'form.character-count.over',
  ];

  static override properties: PropertyDeclarations = {
    maxlength: { type: Number },
    rows: { type: Number },
  };

  declare maxlength: number | undefined;
  declare rows: number;
  constructor() {
    super();
    this.rows = 5;
    // The count follows every change: typing, and the text restored on back/forward or by form.reset().
    this.addEventListener('input', () => this.requestUpdate());
    this.updateComplete.then(() => this.requestUpdate());
  }

  /** Characters in the box now, counted as the user perceives them (grapheme clusters). */
  private countCharacters(): number {
    return [...segments(this.value)].length;
  }

  protected override extraDescriptions(ids: FieldIds): string[] {
    return this.maxlength ? [`${ids.control}-count`] : [];
  }

  protected override fieldError(): string | undefined {
    if (!this.maxlength || this.countCharacters() <= this.maxlength) return undefined;
    return this.t('form.error.too-long', { label: this.labelText, max: this.maxlength });
  }

  private renderCount(ids: FieldIds) {
    if (!this.maxlength) return nothing;
    const left = this.maxlength - this.countCharacters();
    const text =
      left >= 0
        ? this.t('form.character-count.remaining', { count: left })
        : this.t('form.character-count.over', { count: -left });
    return html`<div class="druk-character-count" id=${`${ids.control}-count`} aria-live="polite">${text}</div>`;
  }

  override render() {
    return this.renderSingle(
      (ids, description) =>
        // Lit allows no bindings inside <textarea>; its initial text is written into the template as
        // static (escaped) markup so that the server and the browser produce the same element.
        staticHtml`<textarea
            class="druk-textarea"
            id=${ids.control}
            name=${this.name}
            rows=${this.rows}
            autocomplete=${ifDefined(this.autocomplete)}
            ?required=${this.required}
            ?disabled=${this.disabled}
            aria-describedby=${description}
            aria-invalid=${this.errorText ? 'true' : 'false'}
            data-druk-control
          >
${unsafeStatic(escapeText(this.defaultValue ?? ''))}</textarea
          >
          ${this.renderCount(ids)}`,
    );
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits text into user-perceived characters: a Dzongkha stack such as རྒྱ counts once. */
function segments(text: string): Iterable<unknown> {
  return new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
}

defineElement('druk-textarea', DrukTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'druk-textarea': DrukTextarea;
  }
}
