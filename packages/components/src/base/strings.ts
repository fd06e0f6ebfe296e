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
 * every component comes in one module of its own, loaded the first time an element speaks Dzongkha
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

/** The Dzongkha of every component, group by group (`base/dzongkha.ts`). */
export type DzongkhaGroups = readonly Readonly<Record<string, { dz: string }>>[];

let dzongkhaLoading: Promise<void> | undefined;
let dzongkhaRegistered = false;

/** Makes the Dzongkha of every component available to `catalogueText` (the server renderer calls it at once). */
export function registerDzongkha(groups: DzongkhaGroups): void {
  for (const group of groups) {
    for (const [id, entry] of Object.entries(group)) registry.dz.set(id, entry.dz);
  }
  dzongkhaRegistered = true;
}

/**
 * Until the Dzongkha is registered, the promise of its loading (started on the first call); undefined
 * once it is registered. The import is relative to this module, so every bundler (and the CDN build)
 * makes the Dzongkha a file of its own next to the code that fetches it, and only pages where an element
 * speaks Dzongkha download it. If the file cannot be fetched the elements render in English, with a
 * warning, and the next element to speak Dzongkha tries again.
 */
export function dzongkhaPending(): Promise<void> | undefined {
  if (dzongkhaRegistered) return undefined;
  dzongkhaLoading ??= import('./dzongkha.ts').then(
    ({ dzongkhaGroups }) => registerDzongkha(dzongkhaGroups),
    (error: unknown) => {
      dzongkhaLoading = undefined;
      console.warn('@druk/components could not load its Dzongkha strings, so it shows English:', error);
    },
  );
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
