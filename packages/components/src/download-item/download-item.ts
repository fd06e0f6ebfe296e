import { defineElement } from '../base/define.ts';
import { downloadStrings, languageNameStrings } from '@druk/locale/catalogue/components';
import { formatDate } from '@druk/locale/format/date';
import { formatFileSize } from '@druk/locale/format/number';
import { html, nothing } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { toComponentLang } from '../base/lang.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { catalogueText, registerBilingualStrings, registerStrings, type StringId } from '../base/strings.ts';
import { downloadItemStyles } from './download-item.styles.ts';

registerStrings(downloadStrings);
registerBilingualStrings(languageNameStrings);

/**
 * `<druk-download-item>`: a link to a document with what a reader needs before downloading it: file
 * format, size, language and publication date (the details GIGW-style standards require). The details
 * are the link's accessible description, so a screen reader hears "Annual report 2025, link, PDF,
 * 2.4 MB, Dzongkha, published 3 March 2026".
 *
 * @summary Document link with format, size, language and date.
 * @attr text-published - Replaces "Published".
 * @csspart link - The download link.
 * @csspart details - The list of file details.
 */
export class DrukDownloadItem extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, downloadItemStyles];
  static override strings: readonly StringId[] = ['download.published'];
  static override properties = {
    href: {},
    label: {},
    format: {},
    size: { type: Number },
    fileLang: { attribute: 'file-lang' },
    published: {},
  };

  /** URL of the file. Required. */
  declare href: string;
  /** The document's title. Required. */
  declare label: string;
  /** File format as readers know it: PDF, DOCX, XLSX, CSV. Required. */
  declare format: string;
  /** File size in bytes. Required. */
  declare size: number;
  /** Language of the document (`en` or `dz`); it may differ from the page's. */
  declare fileLang: string | undefined;
  /** Publication date, ISO 8601. */
  declare published: string | undefined;

  constructor() {
    super();
    this.href = '';
    this.label = '';
    this.format = '';
    this.size = Number.NaN;
  }

  override willUpdate(): void {
    for (const name of ['href', 'label', 'format'] as const) {
      if (!this[name]) throw new Error(`<druk-download-item>: the "${name}" attribute is required`);
    }
    if (!Number.isInteger(this.size) || this.size < 0) {
      throw new Error('<druk-download-item> size: give the file size in bytes, e.g. size="2400000"');
    }
  }

  override render() {
    const lang = this.language;
    const fileLang = this.fileLang ? toComponentLang(this.fileLang) : undefined;
    return html`<div class="item">
      <svg class="icon" viewBox="0 0 30 40" aria-hidden="true">
        <path d="M1 1h20l8 8v30H1z" />
        <text x="15" y="28" text-anchor="middle">${this.format.slice(0, 4).toUpperCase()}</text>
      </svg>
      <div>
        <a part="link" href=${this.href} hreflang=${this.fileLang ?? nothing} aria-describedby="details"
          >${this.label}</a
        >
        <ul id="details" part="details">
          <li>${this.format.toUpperCase()}</li>
          <li>${formatFileSize(this.size, { lang })}</li>
          ${fileLang ? html`<li>${catalogueText(`language-name.${fileLang}`, lang)}</li>` : nothing}
          ${
            this.published
              ? html`<li>
                  ${this.t('download.published')}
                  <time datetime=${formatDate(this.published, { style: 'iso' })}
                    >${formatDate(this.published, { lang })}</time
                  >
                </li>`
              : nothing
          }
        </ul>
      </div>
    </div>`;
  }
}

defineElement('druk-download-item', DrukDownloadItem);

declare global {
  interface HTMLElementTagNameMap {
    'druk-download-item': DrukDownloadItem;
  }
}
