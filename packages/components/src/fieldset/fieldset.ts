import { defineElement } from '../base/define.ts';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { DrukElement } from '../base/druk-element.ts';
import type { StringId } from '../base/strings.ts';
import { describedBy } from '../form-base/form-field.ts';
import { adoptFormsStyles } from '../form-base/form-field.styles.ts';

let nextId = 0;

/**
 * `<druk-fieldset>`: groups several fields under one question or heading ("Your contact details"), as a
 * native `<fieldset>` whose `<legend>` is the `legend` attribute, with an optional hint and error that
 * describe the group. The fields are the element's own children; they are moved inside the fieldset, so
 * `disabled` on the group disables them all, as a native fieldset does.
 *
 * @summary Group of fields with legend, hint and error.
 * @attr legend - The group's question or heading.
 * @attr hint - Help text for the whole group.
 * @attr error - A message about the group as a whole.
 * @attr disabled - Disables every control inside.
 */
export class DrukFieldset extends DrukElement {
  /** Renders into its light DOM, not a shadow root (ADR 0003); the server renderer checks this. */
  static readonly lightDom = true;

  static override strings: readonly StringId[] = ['form.error.prefix'];

  static override properties: PropertyDeclarations = {
    legend: {},
    hint: {},
    error: {},
    disabled: { type: Boolean },
    content: { attribute: false },
  };

  declare legend: string;
  declare hint: string | undefined;
  declare error: string | undefined;
  declare disabled: boolean;
  /** The fields as HTML, for the server renderer (`renderFormControl(…, { content })`). */
  declare content: string | undefined;

  private fields: Node[] = [];
  private readonly groupId = `druk-fieldset-${++nextId}`;

  constructor() {
    super();
    this.legend = '';
    this.disabled = false;
  }

  /** Keeps the fields: the children the page wrote, or those inside the fieldset the server rendered. */
  protected override createRenderRoot(): HTMLElement {
    adoptFormsStyles(this);
    const rendered = this.querySelector(':scope > fieldset.druk-fieldset > .druk-fieldset__content');
    this.fields = [...(rendered ?? this).childNodes];
    this.replaceChildren();
    return this;
  }

  protected override firstUpdated(): void {
    const content = this.querySelector('.druk-fieldset__content');
    content?.append(...this.fields);
    this.fields = [];
    // A field that rendered while it was out of the page could not see the page's `lang`: look again.
    for (const element of content?.querySelectorAll('*') ?? []) {
      if (element instanceof DrukElement) element.requestUpdate();
    }
  }

  override render() {
    const id = this.id || this.groupId;
    return html`<fieldset
      class="druk-fieldset ${this.error ? 'druk-fieldset--error' : ''}"
      aria-describedby=${describedBy(this.hint && `${id}-hint`, this.error && `${id}-error`)}
      ?disabled=${this.disabled}
    >
      <legend class="druk-fieldset__legend">${this.legend}</legend>
      ${this.hint ? html`<div class="druk-hint" id=${`${id}-hint`}>${this.hint}</div>` : nothing}
      ${
        this.error
          ? html`<p class="druk-error-message" id=${`${id}-error`}>
              <span class="druk-visually-hidden">${this.t('form.error.prefix')}</span> ${this.error}
            </p>`
          : nothing
      }
      <div class="druk-fieldset__content">${this.content ? unsafeHTML(this.content) : nothing}</div>
    </fieldset>`;
  }
}

defineElement('druk-fieldset', DrukFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'druk-fieldset': DrukFieldset;
  }
}
