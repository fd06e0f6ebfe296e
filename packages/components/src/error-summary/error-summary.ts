import { defineElement } from '../base/define.ts';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import type { StringId } from '../base/strings.ts';
import { DrukFormField } from '../form-base/form-field.ts';
import { adoptFormsStyles } from '../form-base/form-field.styles.ts';

/** One entry of the summary: the message and the link to the field it is about (`#control-id`). */
export interface SummaryError {
  href: string;
  text: string;
}

function parseErrors(value: string | null): SummaryError[] {
  if (!value) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new Error(`<druk-error-summary>: errors is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (
    !Array.isArray(parsed) ||
    parsed.some((entry) => typeof entry?.href !== 'string' || typeof entry?.text !== 'string')
  ) {
    throw new Error('<druk-error-summary>: errors must be a JSON array of {"href": "#field-id", "text": "message"}');
  }
  return parsed as SummaryError[];
}

/**
 * `<druk-error-summary>`: the GOV.UK error summary. It lists every error at the top of the page, takes
 * focus so that screen reader users hear it first, and each entry links to its field and focuses it
 * (also when the form sits inside another component's shadow root).
 *
 * It can work by itself: placed in a form (or given `form="id"`), it checks every druk field when the
 * form is submitted, stops the submission if any is invalid and lists their messages; the fields show
 * the same messages. On load it lists the server's `error` attributes of the fields. A server can also
 * pass the list: `errors='[{"href":"#cid","text":"Enter a Citizenship ID number of 11 digits"}]'`, which
 * the server renderer writes out as plain HTML for pages without JavaScript.
 *
 * @summary List of a form's errors with links to the fields.
 * @attr errors - JSON array of `{"href", "text"}` from the server.
 * @attr form - The id of the form to watch, when the summary is not inside it.
 * @attr text-error-summary.title - Replaces the heading "There is a problem".
 */
export class DrukErrorSummary extends DrukElement {
  static override strings: readonly StringId[] = ['form.error-summary.title'];
  /** Renders into its light DOM, not a shadow root (ADR 0003); the server renderer checks this. */
  static readonly lightDom = true;

  static override properties: PropertyDeclarations = {
    errors: { converter: { fromAttribute: parseErrors, toAttribute: JSON.stringify } },
    formId: { attribute: 'form' },
  };

  declare errors: SummaryError[];
  declare formId: string | undefined;

  private watched: HTMLFormElement | null = null;

  constructor() {
    super();
    this.errors = [];
  }

  protected override createRenderRoot(): HTMLElement {
    adoptFormsStyles(this);
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watched = this.findForm();
    if (this.watched) {
      // The summary reports the errors; the browser's own bubbles would hide all but the first.
      this.watched.noValidate = true;
      this.watched.addEventListener('submit', this.onSubmit, true);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watched?.removeEventListener('submit', this.onSubmit, true);
    this.watched = null;
  }

  protected override async firstUpdated(): Promise<void> {
    if (this.errors.length === 0) {
      await Promise.all(this.fields().map((field) => field.updateComplete));
      this.errors = this.fields()
        .filter((field) => field.error)
        .map((field) => ({ href: `#${field.ids.control}`, text: field.error as string }));
    }
    if (this.errors.length > 0) {
      await this.updateComplete;
      this.focus();
    }
  }

  /** Moves focus to the summary box (it is focusable only by script). */
  override focus(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('.druk-error-summary')?.focus(options);
  }

  private findForm(): HTMLFormElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (this.formId) return root.getElementById(this.formId) as HTMLFormElement | null;
    return this.closest('form') ?? root.querySelector('form');
  }

  private fields(): DrukFormField[] {
    const form = this.watched;
    if (!form) return [];
    return [...form.querySelectorAll('*')].filter(
      (element): element is DrukFormField => element instanceof DrukFormField,
    );
  }

  /** Checks every field; lists and focuses the failures, and stops the submission, if there are any. */
  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    const invalid = this.fields().filter((field) => !field.checkValidity());
    this.errors = invalid.map((field) => ({ href: `#${field.ids.control}`, text: field.validationMessage }));
    if (invalid.length === 0) return;
    event.preventDefault();
    await this.updateComplete;
    this.focus();
  };

  /** Focuses the field itself, showing its label or legend too, instead of only scrolling to it. */
  private onLinkClick(event: MouseEvent, href: string): void {
    const id = decodeURIComponent(href.replace(/^#/, ''));
    const root = (this.watched?.getRootNode() ?? this.getRootNode()) as Document | ShadowRoot;
    const target = root.getElementById(id) ?? document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    const caption = target.closest('fieldset')?.querySelector('legend') ?? (target as HTMLInputElement).labels?.[0];
    (caption ?? target).scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  override render() {
    if (this.errors.length === 0) return nothing;
    return html`<div class="druk-error-summary" tabindex="-1">
      <div role="alert">
        <h2 class="druk-error-summary__title">${this.t('form.error-summary.title')}</h2>
        <ul class="druk-error-summary__list">
          ${this.errors.map(
            (error) =>
              html`<li>
                <a href=${error.href} @click=${(event: MouseEvent) => this.onLinkClick(event, error.href)}
                  >${error.text}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }
}

defineElement('druk-error-summary', DrukErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'druk-error-summary': DrukErrorSummary;
  }
}
