// The agency's own details inside page text: `{{email}}` in a policy page becomes the address in
// site.config.ts, so a fork's accessibility statement or copyright notice never keeps the sample's.
import type { Lang } from '@druk/locale';
import type { SiteConfig } from '../config.ts';

/** A Dzongkha name set alone ends with a shad; inside a sentence the sentence gives the punctuation. */
const inSentence = (name: string) => name.replace(/\s*།$/u, '');

/** What a page may name, in the page's language where the setting has two. */
const SITE_FIELDS = {
  name: (config, lang) => inSentence(config.name[lang]),
  shortName: (config, lang) => inSentence(config.shortName[lang]),
  email: (config) => config.contact.email,
  phone: (config) => config.contact.phone,
  address: (config, lang) => config.contact.address[lang],
  postcode: (config) => config.contact.postcode,
  hours: (config, lang) => config.contact.hours[lang],
} satisfies Record<string, (config: SiteConfig, lang: Lang) => string>;

const FIELD = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/**
 * Fills `{{name}}`, `{{email}}` and the other site fields in a Markdown body. An unknown field is an
 * error naming the file and line (`firstLine` is the file's line of the body's first line).
 */
export function fillSiteFields(body: string, config: SiteConfig, lang: Lang, file: string, firstLine: number): string {
  return body.replace(FIELD, (_match, field: string, offset: number) => {
    if (Object.hasOwn(SITE_FIELDS, field)) return SITE_FIELDS[field as keyof typeof SITE_FIELDS](config, lang);
    const line = firstLine + body.slice(0, offset).split('\n').length - 1;
    throw new Error(
      `${file}:${line}: {{${field}}} is not a site field; use one of: ${Object.keys(SITE_FIELDS)
        .map((name) => `{{${name}}}`)
        .join(', ')}.`,
    );
  });
}
