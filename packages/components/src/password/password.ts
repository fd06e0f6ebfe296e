import { defineElement } from '../base/define.ts';
import { html, nothing, type PropertyDeclarations } from 'lit';
import type { StringId } from '../base/strings.ts';
import type { FieldIds } from '../form-base/form-field.ts';
import { DrukInput } from '../input/input.ts';

/**
 * `<druk-password>`: a password input with a "Show password" button. The button only appears once
 * JavaScript runs (it could do nothing without it; a server-rendered element is never connected); its state is announced through a live region.
 * `autocomplete` should be `current-password` or `new-password` so password managers help.
 *
 * @summary Password input with show/hide button.
 * @attr name - As on `<druk-input>`.
 * @attr label - As on `<druk-input>`.
 * @attr hint - As on `<druk-input>`.
 * @attr error - As on `<druk-input>`.
 * @attr required - As on `<druk-input>`.
 * @attr disabled - As on `<druk-input>`.
 * @attr autocomplete - As on `<druk-input>`.
 * @attr minlength - As on `<druk-input>`.
 */
export class DrukPassword extends DrukInput {
  static override strings: readonly StringId[] = [
    ...DrukInput.strings,
    'form.password.show',
    'form.password.hide',
    'form.password.shown',
    'form.password.hidden',
  ];

  static override properties: PropertyDeclarations = { revealed: { state: true } };

  declare private revealed: boolean;
  /** Nothing is announced until the user first presses the button. */
  private toggled = false;

  constructor() {
    super();
    this.revealed = false;
  }

  protected override inputType(): string {
    return this.revealed ? 'text' : 'password';
  }

  private toggle(): void {
    this.revealed = !this.revealed;
    this.toggled = true;
  }

  protected override renderInput(ids: FieldIds, description: string | typeof nothing) {
    return html`<div class="druk-input-wrapper">
        ${super.renderInput(ids, description)}
        <button
          class="druk-button druk-button--secondary druk-password__toggle"
          type="button"
          aria-controls=${ids.control}
          ?hidden=${!this.isConnected}
          @click=${this.toggle}
        >
          ${this.t(this.revealed ? 'form.password.hide' : 'form.password.show')}
        </button>
      </div>
      <div class="druk-visually-hidden" aria-live="polite">
        ${this.toggled ? this.t(this.revealed ? 'form.password.shown' : 'form.password.hidden') : ''}
      </div>`;
  }
}

defineElement('druk-password', DrukPassword);

declare global {
  interface HTMLElementTagNameMap {
    'druk-password': DrukPassword;
  }
}
