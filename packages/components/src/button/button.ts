import { defineElement } from '../base/define.ts';
import { html, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DrukElement } from '../base/druk-element.ts';
import { adoptFormsStyles } from '../form-base/form-field.styles.ts';

const VARIANTS = ['primary', 'secondary', 'warning'] as const;
type Variant = (typeof VARIANTS)[number];

/**
 * `<druk-button>`: a real `<button>` in the light DOM (so it submits its form, with its own `name` and
 * `value`, also without JavaScript), or a real link styled as a button when `href` is set, for actions
 * that go to another page ("Start now").
 *
 * The text comes from `label`, or else from the element's own text: `<druk-button>Send</druk-button>`.
 *
 * @summary Button (primary, secondary, warning) or link that looks like one.
 * @attr label - The button's text.
 * @attr variant - primary (default), secondary or warning.
 * @attr type - submit (default), button or reset.
 * @attr href - Makes it a link to this address.
 * @attr name - Submitted with the form when this button submits it.
 * @attr value - Submitted with the form when this button submits it.
 * @attr disabled - As on `<button>`.
 */
export class DrukButton extends DrukElement {
  /** Renders into its light DOM, not a shadow root (ADR 0003); the server renderer checks this. */
  static readonly lightDom = true;

  static override properties: PropertyDeclarations = {
    label: {},
    variant: {},
    type: {},
    href: {},
    name: {},
    value: {},
    disabled: { type: Boolean },
  };

  declare label: string | undefined;
  declare variant: Variant;
  declare type: 'submit' | 'button' | 'reset';
  declare href: string | undefined;
  declare name: string | undefined;
  declare value: string | undefined;
  declare disabled: boolean;

  constructor() {
    super();
    this.variant = 'primary';
    this.type = 'submit';
    this.disabled = false;
  }

  /** Renders into the light DOM; the text the page wrote inside the element becomes the label. */
  protected override createRenderRoot(): HTMLElement {
    adoptFormsStyles(this);
    this.label ??= this.textContent?.trim() || undefined;
    this.replaceChildren();
    return this;
  }

  /** The rendered `<button>` or `<a>`. */
  get control(): HTMLButtonElement | HTMLAnchorElement | null {
    return this.querySelector('.druk-button');
  }

  override focus(options?: FocusOptions): void {
    this.control?.focus(options);
  }

  override render() {
    if (!VARIANTS.includes(this.variant)) {
      throw new Error(`<druk-button>: variant "${this.variant}" is not one of ${VARIANTS.join(', ')}`);
    }
    const classes = `druk-button druk-button--${this.variant}`;
    if (this.href) return html`<a class=${classes} href=${this.href} draggable="false">${this.label}</a>`;
    return html`<button
      class=${classes}
      type=${this.type}
      name=${ifDefined(this.name)}
      value=${ifDefined(this.value)}
      ?disabled=${this.disabled}
    >
      ${this.label}
    </button>`;
  }
}

defineElement('druk-button', DrukButton);

declare global {
  interface HTMLElementTagNameMap {
    'druk-button': DrukButton;
  }
}
