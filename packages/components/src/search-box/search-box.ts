import { defineElement } from '../base/define.ts';
import { searchStrings } from '@druk/locale/catalogue/components';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { searchBoxStyles } from './search-box.styles.ts';

registerStrings(searchStrings);

/**
 * `<druk-search-box>`: the site search form: a labelled search field and a button. A plain GET form
 * (`/search/?q=…` by default), so it works without JavaScript and with any search back end, including
 * the template's Pagefind page.
 *
 * @summary Site search form.
 * @attr text-label - Replaces "Search this website" (the field's label, read by screen readers).
 * @attr text-search - Replaces the button's "Search".
 * @csspart input - The search field.
 * @csspart button - The submit button.
 */
export class DrukSearchBox extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, searchBoxStyles];
  static override strings: readonly StringId[] = ['search.label', 'search.button'];
  static override properties = { action: {}, name: {}, value: {} };

  /** URL of the results page, `/search/` by default. */
  declare action: string;
  /** Name of the query parameter, `q` by default. */
  declare name: string;
  /** The query already typed (on the results page). */
  declare value: string;

  constructor() {
    super();
    this.action = '/search/';
    this.name = 'q';
    this.value = '';
  }

  override render() {
    return html`<form role="search" action=${this.action} method="get">
      <label class="visually-hidden" for="query">${this.t('search.label')}</label>
      <input id="query" part="input" type="search" name=${this.name} value=${this.value} autocomplete="off" />
      <button part="button" type="submit">
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <circle cx="10" cy="10" r="7" />
          <path d="m15 15 6 6" />
        </svg>
        ${this.t('search.button')}
      </button>
    </form>`;
  }
}

defineElement('druk-search-box', DrukSearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'druk-search-box': DrukSearchBox;
  }
}
