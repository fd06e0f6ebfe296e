export { LANGS } from './types.ts';
export type { CatalogueDomain, CatalogueEntry, Lang, MessageParams, OverrideEntry } from './types.ts';
export { catalogue, domains } from './catalogue/index.ts';
export type { DomainName, MessageKey } from './catalogue/index.ts';
export {
  createTranslator,
  defineOverrides,
  interpolate,
  isMessageKey,
  resolveLang,
  reviewPending,
  setSiteOverrides,
  translate,
} from './translate.ts';
export type { Overrides } from './translate.ts';
