import { defineElement } from '../base/define.ts';
import { headerStrings } from '@druk/locale/catalogue/components';
import { html, nothing } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { headerStyles } from './header.styles.ts';

registerStrings(headerStrings);

/**
 * `<druk-header>`: the agency's identity at the top of every page: emblem or logo, the agency's name in
 * English and Dzongkha (the page's language first), and its lineage ("Ministry of …, Royal Government
 * of Bhutan"), all one link to the home page. Slots hold the language switcher, the search box and the
 * primary navigation.
 *
 * @summary Agency header with bilingual name, logo and slots for search and language.
 * @attr text-government - Replaces the default lineage "Royal Government of Bhutan".
 * @slot logo - A custom logo (an `<img>` or `<svg>` with its own text alternative) instead of `logo-src`.
 * @slot language - The language switcher.
 * @slot search - The search box.
 * @slot navigation - The primary navigation, below the identity row.
 * @csspart base - The `<header>` element.
 * @csspart home - The home link around logo and names.
 * @csspart logo - The logo image.
 * @cssprop --druk-color-accent - Background.
 * @cssprop --druk-color-on-accent - Text colour.
 */
export class DrukHeader extends DrukElement {
  static override styles = [baseStyles, headerStyles];
  static override strings: readonly StringId[] = ['header.government'];
  static override properties = {
    agency: {},
    agencyDz: { attribute: 'agency-dz' },
    lineage: {},
    home: {},
    logoSrc: { attribute: 'logo-src' },
    logoAlt: { attribute: 'logo-alt' },
  };

  /** The agency's name in English, e.g. "Ministry of Health". Required. */
  declare agency: string;
  /** The agency's name in Dzongkha, e.g. "གསོ་བ་ལྷན་ཁག". */
  declare agencyDz: string | undefined;
  /** The line under the name; "Royal Government of Bhutan" when not set. */
  declare lineage: string | undefined;
  /** URL of the home page, `/` by default. */
  declare home: string;
  /** URL of the emblem or logo image. */
  declare logoSrc: string | undefined;
  /** Text alternative of the logo, e.g. "Emblem of Bhutan". Required with `logo-src`. */
  declare logoAlt: string | undefined;

  constructor() {
    super();
    this.agency = '';
    this.home = '/';
  }

  override willUpdate(): void {
    if (!this.agency) console.error('<druk-header>: set the "agency" attribute to the agency’s English name');
    if (this.logoSrc && this.logoAlt === undefined) {
      console.error('<druk-header>: "logo-src" needs "logo-alt", e.g. logo-alt="Emblem of Bhutan"');
    }
  }

  override render() {
    const english = html`<span class="name-en" lang="en">${this.agency}</span>`;
    const dzongkha = this.agencyDz ? html`<span class="name-dz" lang="dz">${this.agencyDz}</span>` : nothing;
    const [primary, secondary] = this.language === 'dz' && this.agencyDz ? [dzongkha, english] : [english, dzongkha];
    return html`<header part="base">
      <div class="inner">
        <a class="home" part="home" href=${this.home}>
          <slot name="logo"
            >${this.logoSrc ? html`<img part="logo" src=${this.logoSrc} alt=${this.logoAlt ?? ''} />` : nothing}</slot
          >
          <span class="names">
            <span class="name">${primary}</span>
            ${secondary === nothing ? nothing : html`<span class="secondary">${secondary}</span>`}
            <span class="lineage">${this.lineage ?? this.t('header.government')}</span>
          </span>
        </a>
        <div class="tools"><slot name="language"></slot><slot name="search"></slot></div>
      </div>
      <slot name="navigation"></slot>
    </header>`;
  }
}

defineElement('druk-header', DrukHeader);

declare global {
  interface HTMLElementTagNameMap {
    'druk-header': DrukHeader;
  }
}
