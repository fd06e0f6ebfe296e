import { defineElement } from '../base/define.ts';
import { footerStrings } from '@druk/locale/catalogue/components';
import { formatLongDate, isoDate } from '@druk/locale/format/date';
import { toTibetanDigits } from '@druk/locale/format/digits';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LINK_FIELDS, jsonItems, validateItems, warnInvalid, type LinkItem } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { footerStyles } from './footer.styles.ts';

registerStrings(footerStrings);

const WHERE = '<druk-footer> links';

/**
 * `tel:` URL of a phone number as people write it: "+975 2 322 123" -> "tel:+9752322123"; undefined
 * (with a warning) for text that is no telephone number, which the footer then shows unlinked.
 */
export function telephoneHref(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  if (/^\+?\d{6,15}$/.test(digits)) return `tel:${digits}`;
  warnInvalid('<druk-footer> phone', phone, 'a telephone number such as +975 2 322 602', 'It is shown without a link.');
  return undefined;
}

/** The date in ISO form, or undefined (with a warning) when the attribute holds no date. */
function updatedDate(value: string): string | undefined {
  try {
    return isoDate(value);
  } catch {
    warnInvalid(
      '<druk-footer> updated',
      value,
      'an ISO 8601 date such as 2026-11-20',
      'The last-updated line is left out.',
    );
    return undefined;
  }
}

/**
 * `<druk-footer>`: the end of every page: the agency's contact details (address, +975 telephone,
 * e-mail), policy links and the sitemap, the date the page was last updated and the copyright line.
 * Dates are written in the page's language (Dzongkha with Tibetan digits).
 *
 * @summary Site footer with contact details, policy links, last-updated date and copyright.
 * @attr text-contact - Replaces the heading "Contact".
 * @attr text-links - Replaces the heading "About this website".
 * @attr text-updated - Replaces "Last updated".
 * @attr text-sitemap - Replaces "Sitemap".
 * @slot - Extra content at the end (e.g. social media links).
 * @csspart base - The `<footer>` element.
 */
export class DrukFooter extends DrukElement {
  static override styles = [baseStyles, footerStyles];
  static override strings: readonly StringId[] = [
    'footer.contact',
    'footer.phone',
    'footer.email',
    'footer.links',
    'footer.sitemap',
    'footer.updated',
    'footer.copyright',
  ];
  static override properties = {
    agency: {},
    address: {},
    phone: {},
    email: {},
    lastUpdated: { attribute: 'updated' },
    sitemap: {},
    links: { converter: jsonItems<LinkItem>(WHERE, LINK_FIELDS) },
  };

  /** The agency's name, for the contact block and the copyright line. */
  declare agency: string;
  /** Postal address; line breaks in the attribute are kept. */
  declare address: string | undefined;
  /** Telephone number as people write it, e.g. "+975 2 322 123". */
  declare phone: string | undefined;
  /** Public e-mail address. */
  declare email: string | undefined;
  /** The date the page was last updated (ISO 8601, e.g. 2026-11-28). */
  declare lastUpdated: string | undefined;
  /** URL of the sitemap page. */
  declare sitemap: string | undefined;
  /** Policy links (privacy, terms, accessibility, copyright, RTI): `[{ label, href, lang? }]`. */
  declare links: LinkItem[];

  constructor() {
    super();
    this.agency = '';
    this.links = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('links')) this.links = validateItems<LinkItem>(this.links, WHERE, LINK_FIELDS);
  }

  private renderContact() {
    if (!this.address && !this.phone && !this.email) return nothing;
    return html`<section>
      <h2>${this.t('footer.contact')}</h2>
      <address>
        <p>${this.agency}</p>
        ${this.address ? html`<p class="address">${this.address}</p>` : nothing}
        ${this.phone ? html`<p>${this.t('footer.phone')}: ${this.renderPhone(this.phone)}</p>` : nothing}
        ${
          this.email
            ? html`<p>${this.t('footer.email')}: <a href=${`mailto:${this.email}`}>${this.email}</a></p>`
            : nothing
        }
      </address>
    </section>`;
  }

  private renderPhone(phone: string) {
    const href = telephoneHref(phone);
    return href ? html`<a href=${href}>${phone}</a>` : phone;
  }

  private renderLinks() {
    const links = this.sitemap ? [...this.links, { label: this.t('footer.sitemap'), href: this.sitemap }] : this.links;
    if (links.length === 0) return nothing;
    return html`<nav aria-label=${this.t('footer.links')}>
      <h2>${this.t('footer.links')}</h2>
      <ul>
        ${links.map((link) => html`<li><a href=${link.href} lang=${ifDefined(link.lang)}>${link.label}</a></li>`)}
      </ul>
    </nav>`;
  }

  override render() {
    const lang = this.language;
    // The copyright year is that of the last update, so a server render and its hydration agree.
    const updated = this.lastUpdated ? updatedDate(this.lastUpdated) : undefined;
    const year = updated ? updated.slice(0, 4) : String(new Date().getFullYear());
    const yearText = lang === 'dz' ? toTibetanDigits(year) : year;
    return html`<footer part="base">
      <div class="inner">
        ${this.renderContact()} ${this.renderLinks()}
        <slot></slot>
        <div class="meta">
          ${
            updated
              ? html`<p>
                  ${this.t('footer.updated')}:
                  <time datetime=${updated}>${formatLongDate(updated, lang)}</time>
                </p>`
              : nothing
          }
          <p>${this.t('footer.copyright', { year: yearText, holder: this.agency })}</p>
        </div>
      </div>
    </footer>`;
  }
}

defineElement('druk-footer', DrukFooter);

declare global {
  interface HTMLElementTagNameMap {
    'druk-footer': DrukFooter;
  }
}
