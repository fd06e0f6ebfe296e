import { catalogue, type MessageKey } from './catalogue/index.ts';
import { LANGS, type CatalogueEntry, type Lang, type MessageParams, type OverrideEntry } from './types.ts';

/** Overrides keyed by string id, as returned by `defineOverrides`. */
export type Overrides = Readonly<Partial<Record<MessageKey, OverrideEntry>>>;

const PLACEHOLDER = /\{([a-zA-Z0-9_]+)\}/g;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

function placeholders(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1] as string));
}

/**
 * Checks a set of overrides against the catalogue and returns it typed. Rejects, with an
 * error naming the id, an unknown id, an unknown language, a non-string value and a
 * replacement that uses a placeholder the original string does not provide.
 */
export function defineOverrides(overrides: Readonly<Record<string, OverrideEntry>>): Overrides {
  for (const [key, entry] of Object.entries(overrides)) {
    if (!isMessageKey(key)) {
      throw new Error(`Unknown string id "${key}" in overrides: it is not in the @druk/locale catalogue.`);
    }
    const original: CatalogueEntry = catalogue[key];
    for (const [lang, text] of Object.entries(entry)) {
      if (!(LANGS as readonly string[]).includes(lang)) {
        throw new Error(`Override of "${key}" has language "${lang}"; use one of: ${LANGS.join(', ')}.`);
      }
      if (typeof text !== 'string') {
        throw new Error(`Override of "${key}" in "${lang}" must be a string, got ${typeof text}.`);
      }
      const allowed = placeholders(original[lang as Lang]);
      for (const name of placeholders(text)) {
        if (!allowed.has(name)) {
          throw new Error(`Override of "${key}" in "${lang}" uses {${name}}, which "${key}" does not provide.`);
        }
      }
    }
  }
  return overrides as Overrides;
}

let siteOverrides: Overrides = {};

/**
 * Replaces the site-wide override layer (e.g. an agency renaming "Search" to "Search this
 * site"). Per-call overrides passed to `translate` win over it. Pass `{}` to clear.
 */
export function setSiteOverrides(overrides: Readonly<Record<string, OverrideEntry>>): void {
  siteOverrides = defineOverrides(overrides);
}

/** Fills `{name}` placeholders; a missing value is an error rather than a visible "{name}". */
export function interpolate(text: string, params: MessageParams = {}, key = 'string'): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing value for {${name}} in "${key}".`);
    return String(value);
  });
}

/**
 * The string `key` in `lang`, with placeholders filled. Lookup order: per-call overrides,
 * site overrides, catalogue.
 */
export function translate(key: MessageKey, lang: Lang, params?: MessageParams, overrides?: Overrides): string {
  const entry: CatalogueEntry | undefined = catalogue[key];
  if (!entry) throw new Error(`Unknown string id "${String(key)}": it is not in the @druk/locale catalogue.`);
  const text = overrides?.[key]?.[lang] ?? siteOverrides[key]?.[lang] ?? entry[lang];
  return interpolate(text, params, key);
}

/** A translate function bound to one language and optional overrides. */
export function createTranslator(lang: Lang, overrides?: Overrides) {
  return (key: MessageKey, params?: MessageParams): string => translate(key, lang, params, overrides);
}

/**
 * The catalogue language for a BCP 47 tag such as an element's nearest `lang`:
 * `dz`, `dz-BT`, `dz-Tibt` -> `dz`; anything else (including empty) -> `en`.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  return tag?.trim().toLowerCase().split(/[-_]/)[0] === 'dz' ? 'dz' : 'en';
}

/** Ids whose Dzongkha still awaits review by a Dzongkha editor. */
export function reviewPending(): MessageKey[] {
  return (Object.keys(catalogue) as MessageKey[]).filter((key) => (catalogue[key] as CatalogueEntry).review === true);
}
