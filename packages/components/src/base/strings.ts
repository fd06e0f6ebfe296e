import type { domains } from '@druk/locale/catalogue/index';
import type { CatalogueDomain, EnglishStrings } from '@druk/locale';
import type { ComponentLang } from './lang.ts';

type Domains = typeof domains;

/** Every string id a component may show. */
export type StringId = keyof Domains['common'] | keyof Domains['components'] | keyof Domains['forms'];

/** Values for `{name}` placeholders in a string. */
export type StringParams = Readonly<Record<string, string | number>>;

/**
 * The strings the loaded components can show, by language. Each component module registers its own
 * English group from the @druk/locale catalogue, so a page that loads only the masthead carries only the
 * masthead's strings (the whole catalogue would triple the size of the site chrome). The Dzongkha of
 * every component comes in one file of its own, fetched the first time an element speaks Dzongkha
 * (`dzongkhaPending`), so that English pages never download it (ADR 0022).
 */
const registry: Record<ComponentLang, Map<string, string>> = { en: new Map(), dz: new Map() };

/** Makes a group of English strings available to `catalogueText` (called once per component module). */
export function registerStrings(group: EnglishStrings): void {
  for (const [id, text] of Object.entries(group)) registry.en.set(id, text);
}

/** Registers entries in both languages: the language names, which every page shows in both. */
export function registerBilingualStrings(group: CatalogueDomain): void {
  for (const [id, entry] of Object.entries(group)) {
    registry.en.set(id, entry.en);
    registry.dz.set(id, entry.dz);
  }
}

let dzongkhaLoading: Promise<void> | undefined;
let dzongkhaRegistered = false;

/** Makes the Dzongkha of every component, by string id, available to `catalogueText`. */
export function registerDzongkha(strings: Readonly<Record<string, string>>): void {
  for (const [id, text] of Object.entries(strings)) registry.dz.set(id, text);
  dzongkhaRegistered = true;
}

/**
 * Until the Dzongkha is registered, the promise of its loading (started on the first call); undefined
 * once it is registered (the server renderer registers it at once). It is data, fetched as JSON from
 * beside this module: Vite and webpack see `new URL('…', import.meta.url)`, copy the file into their
 * output and rewrite the address, and add no chunk loader to the page's script (ADR 0022); the CDN file
 * and druk-render's script have the file beside them. If it cannot be fetched the elements render in
 * English, with a warning that names the address, and the next element to speak Dzongkha tries again.
 */
export function dzongkhaPending(): Promise<void> | undefined {
  if (dzongkhaRegistered) return undefined;
  dzongkhaLoading ??= fetch(new URL('./dzongkha.json', import.meta.url))
    .then((response) => {
      if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
      return response.json() as Promise<Record<string, string>>;
    })
    .then(registerDzongkha, (error: unknown) => {
      dzongkhaLoading = undefined;
      console.warn('@druk/components could not load its Dzongkha strings, so it shows English:', error);
    });
  return dzongkhaLoading;
}

/**
 * The attribute that overrides one string on one element: the id without its component prefix,
 * prefixed with `text-` (`masthead.how-you-know` -> `text-how-you-know`). A CMS translates a
 * component by setting these attributes, with no code.
 */
export function overrideAttribute(id: StringId): string {
  return `text-${id.slice(id.indexOf('.') + 1)}`;
}

/** Replaces `{name}` placeholders; a placeholder without a value is an error, not silent text. */
export function fillPlaceholders(text: string, params: StringParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing value for placeholder {${name}} in "${text}"`);
    return String(value);
  });
}

/**
 * A label as it reads inside a sentence: "date of birth" in "Enter date of birth". Only a capitalised
 * word is lowered; a label that starts with capitals ("CID number") stays as written.
 */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

/**
 * The catalogue text of `id` in `lang`. Until the Dzongkha has loaded, Dzongkha falls back to English:
 * the components wait for it before they render (`DrukElement.scheduleUpdate`), so only a message
 * built in the moment between a page switching to Dzongkha and the file arriving can read English.
 */
export function catalogueText(id: StringId, lang: ComponentLang): string {
  const text = registry[lang].get(id) ?? registry.en.get(id);
  if (text === undefined) {
    throw new Error(`String "${id}" is not registered (registerStrings)`);
  }
  return text;
}
