import { defineElement } from '../base/define.ts';
import { languageSwitcherStrings, languageNameStrings } from '@druk/locale/catalogue/components';
import { html, nothing } from 'lit';
import { jsonItems, validateItems, type FieldSpec } from '../base/data.ts';
import { DrukElement } from '../base/druk-element.ts';
import { toComponentLang } from '../base/lang.ts';
import { baseStyles } from '../base/styles.ts';
import { catalogueText, registerBilingualStrings, registerStrings, type StringId } from '../base/strings.ts';
import { languageSwitcherStyles } from './language-switcher.styles.ts';

registerStrings(languageSwitcherStrings);
registerBilingualStrings(languageNameStrings);

/** One language version of the current page. */
export interface LanguageVersion {
  /** BCP 47 tag of the version: `en` or `dz`. */
  lang: string;
  /** URL of this page in that language. */
  href: string;
  /** `false` when the page is not yet translated: shown as text, not a link. */
  available?: boolean;
}

const FIELDS: FieldSpec = {
  lang: { type: 'string', required: true },
  href: { type: 'string', required: true },
  available: { type: 'boolean' },
};
const WHERE = '<druk-language-switcher> versions';

/**
 * `<druk-language-switcher>`: links to this page in English and Dzongkha. Each language is named in
 * itself ("English", "རྫོང་ཁ") and each link carries `lang`, `hreflang` and `rel="alternate"`; the page's
 * own language is marked `aria-current`. A version that does not exist yet is announced as "not yet
 * available" rather than linking to an English page dressed as Dzongkha.
 *
 * @summary Links to the page's other language versions.
 * @attr text-label - Replaces the landmark name "Language".
 * @attr text-unavailable - Replaces "{language}: not yet available".
 * @csspart list - The list of versions.
 * @csspart link - Each link.
 */
export class DrukLanguageSwitcher extends DrukElement {
  static override styles = [baseStyles, languageSwitcherStyles];
  static override strings: readonly StringId[] = ['language-switcher.label', 'language-switcher.unavailable'];
  static override properties = { versions: { converter: jsonItems<LanguageVersion>(WHERE, FIELDS) } };

  /** The page's language versions: `[{ lang, href, available? }]`. */
  declare versions: LanguageVersion[];

  constructor() {
    super();
    this.versions = [];
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('versions')) this.versions = validateItems<LanguageVersion>(this.versions, WHERE, FIELDS);
  }

  private renderVersion(version: LanguageVersion) {
    const lang = toComponentLang(version.lang);
    const autonym = catalogueText(`language-name.${lang}`, lang);
    if (version.available === false) {
      const name = catalogueText(`language-name.${lang}`, this.language);
      return html`<span class="unavailable">${this.t('language-switcher.unavailable', { language: name })}</span>`;
    }
    const current = lang === this.language;
    return html`<a
      part="link"
      href=${version.href}
      lang=${version.lang}
      hreflang=${version.lang}
      rel=${current ? nothing : 'alternate'}
      aria-current=${current ? 'true' : nothing}
      >${autonym}</a
    >`;
  }

  override render() {
    return html`<nav aria-label=${this.t('language-switcher.label')}>
      <ul part="list">
        ${this.versions.map((version) => html`<li>${this.renderVersion(version)}</li>`)}
      </ul>
    </nav>`;
  }
}

defineElement('druk-language-switcher', DrukLanguageSwitcher);

declare global {
  interface HTMLElementTagNameMap {
    'druk-language-switcher': DrukLanguageSwitcher;
  }
}
