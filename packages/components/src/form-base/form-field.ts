import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { inSentence, overrideAttribute, type StringId, type StringParams } from '../base/strings.ts';
import '../base/shared-strings.ts';
import { adoptFormsStyles } from './form-field.styles.ts';

/** A native control the field renders: the element a label, `name` and validity belong to. */
export type NativeControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The ids that tie a field's label, hint and error to its control(s), all in the same light DOM. */
export interface FieldIds {
  control: string;
  hint: string;
  error: string;
}

/** Marks the native controls a field owns, so the field finds them again after rendering. */
export const CONTROL_ATTRIBUTE = 'data-druk-control';

/** Letters, digits, `-`, `_`, `.`, `:` only: `name="address[village]"` gives `address-village-`. */
function idFrom(text: string): string {
  return text.replace(/[^A-Za-z0-9_.:-]+/g, '-');
}

/** Joins the ids that describe a control, or gives `nothing` so that no empty attribute is written. */
export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/**
 * The base of every druk form control. It keeps a real `<input>`, `<select>` or `<textarea>` in its
 * own light DOM (ADR 0003), so the browser does what it does for any control: submission, FormData,
 * constraint validation, `:invalid`, `form.reset()`, disabled fieldsets, autofill, and state restored
 * on back/forward. The same `render()` runs on the server (`renderFormField`) and in the browser, so a
 * page without JavaScript gets the same label, hint, error and control.
 *
 * What JavaScript adds: messages for constraint failures in English or Dzongkha, next to the field;
 * a subclass's own checks (`fieldError`), set as the control's custom validity so the browser blocks
 * submission; and input normalisation (`normalise`), e.g. Tibetan digits to ASCII.
 */
export abstract class DrukFormField extends DrukElement {
  /** Renders into its light DOM, not a shadow root (ADR 0003); the server renderer checks this. */
  static readonly lightDom = true;

  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    label: {},
    hint: {},
    error: {},
    required: { type: Boolean },
    disabled: { type: Boolean },
    defaultValue: { attribute: 'value' },
    autocomplete: {},
    controlId: { attribute: 'control-id' },
    shownError: { state: true },
  };

  /** The name the value is submitted under. */
  declare name: string;
  /** The visible label (the legend, for a group). */
  declare label: string;
  declare hint: string | undefined;
  /** A message from the server (or the page) shown as this field's error until the user changes it. */
  declare error: string | undefined;
  declare required: boolean;
  declare disabled: boolean;
  /** The `value` attribute: the initial value, restored by `form.reset()`. */
  declare defaultValue: string | undefined;
  declare autocomplete: string | undefined;
  /** The id of the native control (the target of error summary links); defaults to one made from `name`. */
  declare controlId: string | undefined;
  /** The message of a constraint failure the browser reported, shown until the field is valid again. */
  declare protected shownError: string | undefined;

  /** Values the browser restored into server-rendered controls before this element upgraded. */
  private restoredState: string[] | undefined;
  private ownForm: HTMLFormElement | null = null;
  private static nextId = 0;
  private generatedId: string | undefined;

  constructor() {
    super();
    this.name = '';
    this.label = '';
    this.required = false;
    this.disabled = false;
    if (!isServer) {
      this.addEventListener('invalid', this.onInvalid, true);
      this.addEventListener('input', this.onUserChange);
      this.addEventListener('change', this.onUserChange);
    }
  }

  /**
   * A message that quotes the label reads as one sentence: "Enter date of birth", not "Enter Date of
   * birth" (see `inSentence`), and "Your feedback must be 500 characters or fewer" where the label
   * opens it. A page that needs other wording sets `text-error.value-missing` and its siblings.
   */
  protected override t(id: StringId, params?: StringParams): string {
    const label = params?.label;
    if (typeof label !== 'string') return super.t(id, params);
    const message = super.t(id, { ...params, label: inSentence(label) });
    return `${message.charAt(0).toUpperCase()}${message.slice(1)}`;
  }

  /** Renders into the light DOM, replacing server-rendered markup but keeping what the user typed. */
  protected override createRenderRoot(): HTMLElement {
    adoptFormsStyles(this);
    const serverControls = this.nativeControls;
    if (serverControls.length > 0) this.restoredState = serverControls.map(readState);
    // A page may keep the autofill token on the native control only (an unknown attribute on the custom
    // element trips HTML checkers): the rendering that replaces it keeps the token, or it would drop it.
    this.autocomplete ??= serverControls[0]?.getAttribute('autocomplete') ?? undefined;
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateComplete.then(() => this.watchForm());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownForm?.removeEventListener('reset', this.onReset);
    this.ownForm = null;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.restoredState) {
      const controls = this.nativeControls;
      this.restoredState.forEach((state, index) => {
        const control = controls[index];
        if (control) writeState(control, state);
      });
      this.restoredState = undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.updateCustomValidity();
  }

  /** The ids of this field's parts; stable for a given `control-id` or `name`, so the server and client agree. */
  get ids(): FieldIds {
    this.generatedId ??= `druk-field-${++DrukFormField.nextId}`;
    const control = this.controlId || (this.name ? idFrom(this.name) : this.generatedId);
    return { control, hint: `${control}-hint`, error: `${control}-error` };
  }

  /** Every native control this field renders, in document order. */
  get nativeControls(): NativeControl[] {
    // The server's DOM shim has no tree to search.
    if (typeof this.querySelectorAll !== 'function') return [];
    return [...this.querySelectorAll<NativeControl>(`[${CONTROL_ATTRIBUTE}]`)];
  }

  /** The control an error summary link focuses and whose validity stands for the field. */
  get focusTarget(): NativeControl | undefined {
    return this.nativeControls[0];
  }

  /** The form the field's controls belong to. */
  get form(): HTMLFormElement | null {
    return this.focusTarget?.form ?? null;
  }

  /** The current value of a single-control field (a group overrides this). */
  get value(): string {
    return this.focusTarget?.value ?? this.defaultValue ?? '';
  }

  set value(value: string) {
    const control = this.focusTarget;
    if (control) {
      control.value = value;
      this.updateCustomValidity();
    } else {
      this.defaultValue = value;
    }
  }

  get validity(): ValidityState | undefined {
    return this.nativeControls.find((control) => !control.validity.valid)?.validity ?? this.focusTarget?.validity;
  }

  get validationMessage(): string {
    const invalid = this.nativeControls.find((control) => !control.validity.valid);
    return invalid ? this.messageFor(invalid) : '';
  }

  /** Like a native control's: fires `invalid` (and so shows the message) when the field is invalid. */
  checkValidity(): boolean {
    this.updateCustomValidity();
    return this.nativeControls.map((control) => control.checkValidity()).every(Boolean);
  }

  reportValidity(): boolean {
    this.updateCustomValidity();
    return this.nativeControls.map((control) => control.reportValidity()).every(Boolean);
  }

  override focus(options?: FocusOptions): void {
    this.focusTarget?.focus(options);
  }

  /** The label shown: the `label` attribute, else the field's own default (e.g. "Citizenship ID number"). */
  get labelText(): string {
    return this.label || this.defaultLabel();
  }

  /** The hint shown: the `hint` attribute (an empty one removes it), else the field's own default. */
  get hintText(): string | undefined {
    return (this.hint ?? this.defaultHint()) || undefined;
  }

  protected defaultLabel(): string {
    return '';
  }

  protected defaultHint(): string | undefined {
    return undefined;
  }

  /** The message shown under the label: a browser-reported failure first, else the page's `error`. */
  get errorText(): string | undefined {
    return this.shownError || this.error || undefined;
  }

  /**
   * A subclass's own check of the current value, beyond the native constraints: a localised message,
   * or undefined when the value is acceptable. Empty values are left to `required`.
   */
  protected fieldError(): string | undefined {
    return undefined;
  }

  /** The message for a required field left empty, when the field has a better one than "Enter {label}". */
  protected missingMessage(): string | undefined {
    return undefined;
  }

  /** Rewrites what the user typed into the form the server expects (e.g. Tibetan digits to ASCII). */
  protected normalise(value: string, _control: NativeControl): string {
    return value;
  }

  /** The message for a control's constraint failure, in the field's language. */
  protected messageFor(control: NativeControl): string {
    const { validity } = control;
    const label = this.labelText;
    if (validity.customError) return control.validationMessage;
    // The field's own message ("Enter your CID number") unless the page replaced the general one.
    const pageMessage = this.hasAttribute(overrideAttribute('form.error.value-missing'));
    if (validity.valueMissing && !pageMessage && this.missingMessage()) return this.missingMessage() as string;
    if (validity.valueMissing) {
      const choice = control instanceof HTMLSelectElement || control.type === 'radio' || control.type === 'checkbox';
      return this.t(choice ? 'form.error.choice-missing' : 'form.error.value-missing', { label });
    }
    if (validity.tooLong) return this.t('form.error.too-long', { label, max: control.getAttribute('maxlength') ?? '' });
    if (validity.tooShort)
      return this.t('form.error.too-short', { label, min: control.getAttribute('minlength') ?? '' });
    if (validity.rangeUnderflow)
      return this.t('form.error.range-underflow', { label, min: control.getAttribute('min') ?? '' });
    if (validity.rangeOverflow)
      return this.t('form.error.range-overflow', { label, max: control.getAttribute('max') ?? '' });
    if (validity.badInput) return this.t('form.error.number', { label });
    return this.t('form.error.format', { label });
  }

  /** Sets the subclass's check as the custom validity of the field's first control. */
  protected updateCustomValidity(): void {
    const control = this.focusTarget;
    if (!control) return;
    control.setCustomValidity('');
    const message = this.fieldError();
    control.setCustomValidity(message ?? '');
  }

  /** Label, hint, error and the control, for a field with one control. */
  protected renderSingle(control: (ids: FieldIds, describedBy: string | typeof nothing) => TemplateResult) {
    const ids = this.ids;
    const error = this.errorText;
    return html`<div class="druk-field ${error ? 'druk-field--error' : ''}">
      <label class="druk-label" for=${ids.control}>${this.labelText}</label>
      ${this.renderHint(ids)} ${this.renderError(ids)}
      ${control(ids, describedBy(this.hintText && ids.hint, error && ids.error, ...this.extraDescriptions(ids)))}
    </div>`;
  }

  /** A fieldset whose legend is the label, for a group of controls; the group is described by hint and error. */
  protected renderGroup(controls: (ids: FieldIds) => TemplateResult) {
    const ids = this.ids;
    const error = this.errorText;
    return html`<fieldset
      class="druk-fieldset ${error ? 'druk-fieldset--error' : ''}"
      aria-describedby=${describedBy(this.hintText && ids.hint, error && ids.error)}
      ?disabled=${this.disabled}
    >
      <legend class="druk-fieldset__legend">${this.labelText}</legend>
      ${this.renderHint(ids)} ${this.renderError(ids)} ${controls(ids)}
    </fieldset>`;
  }

  /** Ids of further descriptions of the control (e.g. a character count). */
  protected extraDescriptions(_ids: FieldIds): string[] {
    return [];
  }

  private renderHint(ids: FieldIds) {
    const hint = this.hintText;
    return hint ? html`<div class="druk-hint" id=${ids.hint}>${hint}</div>` : nothing;
  }

  private renderError(ids: FieldIds) {
    const error = this.errorText;
    if (!error) return nothing;
    return html`<p class="druk-error-message" id=${ids.error}>
      <span class="druk-visually-hidden">${this.t('form.error.prefix')}</span> ${error}
    </p>`;
  }

  private watchForm(): void {
    const form = this.form;
    if (form === this.ownForm) return;
    this.ownForm?.removeEventListener('reset', this.onReset);
    this.ownForm = form;
    form?.addEventListener('reset', this.onReset);
  }

  /**
   * Every invalid control of a group fires `invalid`; the field shows the message of its first one, the
   * same `validationMessage` an error summary lists, not whichever control fired last.
   */
  private onInvalid = (event: Event): void => {
    this.shownError = this.validationMessage || this.messageFor(event.target as NativeControl);
  };

  private onUserChange = (event: Event): void => {
    const control = event.target as NativeControl;
    if (!control.hasAttribute?.(CONTROL_ATTRIBUTE)) return;
    if (
      control instanceof HTMLInputElement &&
      control.type !== 'file' &&
      control.type !== 'checkbox' &&
      control.type !== 'radio'
    ) {
      const normalised = this.normalise(control.value, control);
      if (normalised !== control.value) replaceKeepingCaret(control, normalised);
    }
    this.updateCustomValidity();
    // The server's message is about the value the user has now changed.
    this.error = undefined;
    // A message already shown follows the value, so it disappears as soon as the field is fixed.
    if (this.shownError) this.shownError = this.checkQuietly() ? undefined : this.validationMessage;
  };

  /** The validity of every control, without firing `invalid`. */
  private checkQuietly(): boolean {
    return this.nativeControls.every((control) => control.validity.valid);
  }

  private onReset = (): void => {
    // `reset` fires before the form restores its controls; look again once it has.
    setTimeout(() => {
      this.shownError = undefined;
      this.error = undefined;
      this.updateCustomValidity();
      this.requestUpdate();
    });
  };
}

/** What the user entered in a control, as one string. */
function readState(control: NativeControl): string {
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    return control.checked ? 'checked' : '';
  }
  return control instanceof HTMLInputElement && control.type === 'file' ? '' : control.value;
}

function writeState(control: NativeControl, state: string): void {
  if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) {
    control.checked = state === 'checked';
  } else if (!(control instanceof HTMLInputElement && control.type === 'file')) {
    control.value = state;
  }
}

/** Replaces an input's value without throwing the caret to the end (normalising keeps the length). */
function replaceKeepingCaret(control: HTMLInputElement, value: string): void {
  let caret: number | null = null;
  try {
    caret = control.selectionStart;
  } catch {
    // Inputs of some types (email, number) have no selection API.
  }
  control.value = value;
  if (caret !== null) control.setSelectionRange(caret, caret);
}
