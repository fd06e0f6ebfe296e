/** The two languages every string of the system exists in. */
export const LANGS = ['en', 'dz'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * One UI string in both languages. `review: true` marks Dzongkha that a Dzongkha editor
 * (Dzongkha Development Commission, DDC) has not yet checked; it is shown, not hidden:
 * `reviewPending()` lists every such key and the catalogue report prints them.
 */
export interface CatalogueEntry {
  en: string;
  dz: string;
  review?: boolean;
  /** Context for translators: where the string appears, what its placeholders mean. */
  note?: string;
}

/**
 * The English of a group of strings, dotted id -> text. Groups that the components load are written
 * this way, with their Dzongkha in a module of its own (`DzongkhaStrings`), so that English pages do
 * not download the Dzongkha.
 */
export type EnglishStrings = Readonly<Record<string, string>>;

/** The Dzongkha of an English group, id by id, with the translators' fields of `CatalogueEntry`. */
export type DzongkhaStrings<English extends EnglishStrings> = {
  readonly [id in keyof English]: Omit<CatalogueEntry, 'en'>;
};

/** A domain module (common, components, forms, template, audit): dotted id -> entry. */
export type CatalogueDomain = Readonly<Record<string, CatalogueEntry>>;

/** Values substituted into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A site's or a component user's replacement for any string, in one or both languages.
 * Keys that are not in the catalogue are rejected by `defineOverrides`.
 */
export type OverrideEntry = Partial<Record<Lang, string>>;
