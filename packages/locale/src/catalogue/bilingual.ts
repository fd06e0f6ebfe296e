import type { CatalogueEntry, DzongkhaStrings, EnglishStrings } from '../types.ts';

/** Catalogue entries (`{ en, dz, review?, note? }`) from an English group and its Dzongkha. */
export function bilingual<const English extends EnglishStrings>(
  english: English,
  dzongkha: DzongkhaStrings<English>,
): { readonly [id in keyof English]: CatalogueEntry } {
  const entries: Record<string, CatalogueEntry> = {};
  for (const id of Object.keys(english) as (keyof English & string)[]) {
    entries[id] = { en: english[id] as string, ...(dzongkha[id] as Omit<CatalogueEntry, 'en'>) };
  }
  return entries as { readonly [id in keyof English]: CatalogueEntry };
}

type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? Head & Merged<Rest>
  : unknown;

/** One object with the entries of every group, keeping each group's ids in the type. */
export function merge<const T extends readonly object[]>(...groups: T): Merged<T> {
  return Object.assign({}, ...groups) as Merged<T>;
}
