import { common } from '@druk/locale/catalogue/common';
import { components } from '@druk/locale/catalogue/components';
import { forms } from '@druk/locale/catalogue/forms';
import type { ComponentLang } from './lang.ts';

const catalogue = { ...common, ...components, ...forms };

/** Every string id a component may show. */
export type StringId = keyof typeof catalogue;

/** Values for `{name}` placeholders in a string. */
export type StringParams = Readonly<Record<string, string | number>>;

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

/** The catalogue text of `id` in `lang`. */
export function catalogueText(id: StringId, lang: ComponentLang): string {
  const entry = catalogue[id];
  if (!entry) throw new Error(`Unknown string id "${id}": add it to @druk/locale catalogue/components.ts`);
  return entry[lang];
}
