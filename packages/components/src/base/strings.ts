import type { common } from '@druk/locale/catalogue/common';
import type { components } from '@druk/locale/catalogue/components';
import type { forms } from '@druk/locale/catalogue/forms';
import type { CatalogueEntry } from '@druk/locale';
import type { ComponentLang } from './lang.ts';

/** Every string id a component may show. */
export type StringId = keyof typeof common | keyof typeof components | keyof typeof forms;

/** Values for `{name}` placeholders in a string. */
export type StringParams = Readonly<Record<string, string | number>>;

/**
 * The strings the loaded components can show. Each component module registers its own group from
 * the @druk/locale catalogue, so a page that loads only the masthead carries only the masthead's
 * strings (the whole catalogue would triple the size of the site chrome).
 */
const registry = new Map<string, CatalogueEntry>();

/** Makes a group of catalogue strings available to `catalogueText` (called once per component module). */
export function registerStrings(group: Readonly<Record<string, CatalogueEntry>>): void {
  for (const [id, entry] of Object.entries(group)) registry.set(id, entry);
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

/** The catalogue text of `id` in `lang`. */
export function catalogueText(id: StringId, lang: ComponentLang): string {
  const entry = registry.get(id);
  if (!entry) {
    throw new Error(
      `String "${id}" is not registered: its component module must call registerStrings() with its group`,
    );
  }
  return entry[lang];
}
