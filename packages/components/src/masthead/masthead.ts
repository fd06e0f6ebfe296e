import { defineElement } from '../base/define.ts';
import { mastheadStrings } from '@druk/locale/catalogue/components';
import { html, svg } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { mastheadStyles } from './masthead.styles.ts';

registerStrings(mastheadStrings);

/** Bhutan's flag, simplified to its two fields: decoration next to the statement, not information. */
const flag = svg`<svg class="flag" viewBox="0 0 3 2" aria-hidden="true">
  <path class="flag-yellow" d="M0 0h3L0 2z"/><path class="flag-orange" d="M3 0v2H0z"/>
</svg>`;
const building = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
  <path d="M12 2 2 7v2h20V7zM4 10v8h3v-8zm6.5 0v8h3v-8zM17 10v8h3v-8zM2 20v2h20v-2z"/>
</svg>`;
const lock = svg`<svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
  <path d="M12 1a5 5 0 0 0-5 5v4H5v13h14V10h-2V6a5 5 0 0 0-5-5zm-3 5a3 3 0 0 1 6 0v4H9zm3 8a2 2 0 0 1 1 3.7V20h-2v-2.3A2 2 0 0 1 12 14z"/>
</svg>`;

/**
 * `<druk-masthead>`: the strip at the very top of every government page that says "An official
 * website of the Royal Government of Bhutan", with a "Here's how you know" panel explaining .gov.bt
 * and HTTPS. The panel is a native `<details>`, so it opens with Enter or Space and works with no
 * JavaScript; Escape closes it once the component has loaded.
 *
 * @summary Official-website statement with an expandable explanation.
 * @attr text-official - Replaces "An official website of the Royal Government of Bhutan".
 * @attr text-how-you-know - Replaces "Here's how you know".
 * @attr text-label - Replaces the landmark name "Official government website".
 * @attr text-domain-title - Replaces the .gov.bt heading. (Also text-domain-body, text-https-title, text-https-body.)
 * @csspart details - The `<details>` element.
 * @csspart summary - The always-visible line with the statement and the toggle.
 * @csspart panel - The explanation shown when open.
 * @cssprop --druk-color-surface - Background of the strip.
 */
export class DrukMasthead extends DrukElement {
  static override styles = [baseStyles, mastheadStyles];
  static override strings: readonly StringId[] = [
    'masthead.label',
    'masthead.official',
    'masthead.how-you-know',
    'masthead.domain-title',
    'masthead.domain-body',
    'masthead.https-title',
    'masthead.https-body',
  ];
  static override properties = { open: { type: Boolean, reflect: true } };

  /** Whether the explanation is shown. */
  declare open: boolean;

  constructor() {
    super();
    this.open = false;
  }

  private onToggle(event: Event): void {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
  }

  private onKeydown(event: KeyboardEvent): void {
    // The <details> element's own state: the toggle event that updates `open` comes a task later.
    const details = event.currentTarget as HTMLDetailsElement;
    if (event.key !== 'Escape' || !details.open) return;
    details.open = false;
    this.open = false;
    details.querySelector('summary')?.focus();
  }

  override render() {
    return html`<section aria-label=${this.t('masthead.label')}>
      <details part="details" ?open=${this.open} @toggle=${this.onToggle} @keydown=${this.onKeydown}>
        <summary part="summary">
          ${flag}<span>${this.t('masthead.official')}</span>
          <span class="toggle">${this.t('masthead.how-you-know')}</span>
        </summary>
        <div class="panel" part="panel">
          <div class="reason">
            ${building}
            <p>
              <strong>${this.t('masthead.domain-title')}</strong>
              ${this.t('masthead.domain-body')}
            </p>
          </div>
          <div class="reason">
            ${lock}
            <p>
              <strong>${this.t('masthead.https-title')}</strong>
              ${this.t('masthead.https-body')}
            </p>
          </div>
        </div>
      </details>
    </section>`;
  }
}

defineElement('druk-masthead', DrukMasthead);

declare global {
  interface HTMLElementTagNameMap {
    'druk-masthead': DrukMasthead;
  }
}
