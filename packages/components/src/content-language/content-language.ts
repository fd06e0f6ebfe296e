import { defineElement } from '../base/define.ts';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { contentLanguageStyles } from './content-language.styles.ts';

/**
 * `<druk-content-language lang="dz">`: marks a passage as being in another language than the page
 * (Dzongkha in an English page, or the reverse), so screen readers switch voice, search engines and
 * translation tools see the right language, and Dzongkha gets its font, size and line height (taller
 * lines for stacked letters). The `lang` attribute is required.
 *
 * @summary Passage in another language, with the right typography.
 * @slot - The passage.
 */
export class DrukContentLanguage extends DrukElement {
  static override styles = [baseStyles, contentLanguageStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.getAttribute('lang')) {
      console.error('<druk-content-language>: set lang="dz" (or "en") to the language of the passage');
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}

defineElement('druk-content-language', DrukContentLanguage);

declare global {
  interface HTMLElementTagNameMap {
    'druk-content-language': DrukContentLanguage;
  }
}
