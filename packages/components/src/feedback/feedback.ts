import { defineElement } from '../base/define.ts';
import { feedbackStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { feedbackStyles } from './feedback.styles.ts';

registerStrings(feedbackStrings);

export type FeedbackAnswer = 'yes' | 'no';

/**
 * `<druk-feedback>`: "Was this page helpful? Yes / No". A real form: without JavaScript it submits
 * `helpful=yes|no` and `page=<URL>` to `action` (GET by default, like a search form). With JavaScript
 * it fires `druk-feedback` with the answer, sends it to `action` in the background when one is set,
 * and thanks the reader in a live region, without leaving the page.
 *
 * @summary "Was this page helpful?" form.
 * @attr text-question - Replaces "Was this page helpful?".
 * @attr text-thanks - Replaces "Thank you for your feedback.".
 * @fires druk-feedback - When the reader answers; `detail.helpful` is `yes` or `no`, `detail.page` the page URL.
 * @csspart base - The box.
 */
export class DrukFeedback extends DrukElement {
  static override styles = [baseStyles, feedbackStyles];
  static override strings: readonly StringId[] = [
    'feedback.question',
    'feedback.thanks',
    'feedback.yes',
    'feedback.no',
  ];
  static override properties = {
    action: {},
    method: {},
    page: {},
    answered: { type: Boolean, reflect: true },
  };

  /** Where answers go; the current page when not set (the answer then only shows in server logs). */
  declare action: string | undefined;
  /** `get` (default) or `post`. */
  declare method: string;
  /** Which page is being rated; the current URL when not set. */
  declare page: string | undefined;
  /** Set once the reader has answered. */
  declare answered: boolean;

  constructor() {
    super();
    this.method = 'get';
    this.answered = false;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const helpful = ((event.submitter as HTMLButtonElement | null)?.value ?? 'yes') as FeedbackAnswer;
    const page = this.page ?? location.href;
    this.answered = true;
    this.dispatchEvent(new CustomEvent('druk-feedback', { detail: { helpful, page }, bubbles: true, composed: true }));
    if (!this.action) return;
    const body = new URLSearchParams({ helpful, page });
    const post = this.method.toLowerCase() === 'post';
    const url = post ? this.action : `${this.action}${this.action.includes('?') ? '&' : '?'}${body}`;
    // The thanks is shown either way: a failed request must not make the reader answer twice.
    await fetch(url, post ? { method: 'POST', body } : {}).catch(() => undefined);
  }

  override render() {
    return html`<div class="box" part="base">
      <div role="status">${this.answered ? html`<p class="thanks">${this.t('feedback.thanks')}</p>` : ''}</div>
      ${
        this.answered
          ? ''
          : html`<form action=${this.action ?? ''} method=${this.method} @submit=${this.onSubmit}>
              <fieldset>
                <legend>${this.t('feedback.question')}</legend>
                ${this.page ? html`<input type="hidden" name="page" value=${this.page} />` : ''}
                <button type="submit" name="helpful" value="yes">${this.t('feedback.yes')}</button>
                <button type="submit" name="helpful" value="no">${this.t('feedback.no')}</button>
              </fieldset>
            </form>`
      }
    </div>`;
  }
}

defineElement('druk-feedback', DrukFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'druk-feedback': DrukFeedback;
  }
}
