export { LANGS } from './types.ts';
export type {
  CatalogueDomain,
  CatalogueEntry,
  DzongkhaStrings,
  EnglishStrings,
  Lang,
  MessageParams,
  OverrideEntry,
} from './types.ts';
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
export { toAsciiDigits, toTibetanDigits, withDigits, type DigitSystem } from './format/digits.ts';
export {
  formatFileSize,
  formatNgultrum,
  formatNumber,
  numberDefaults,
  type CurrencyOptions,
  type Grouping,
  type NumberOptions,
} from './format/number.ts';
export {
  formatDate,
  formatLongDate,
  formatTime,
  isoDate,
  monthName,
  thimphuDay,
  weekdayName,
  type DateInput,
  type DateOptions,
  type DateStyle,
  type ThimphuDay,
  type TimeOptions,
} from './format/date.ts';
export { formatRelative, type RelativeOptions } from './format/relative.ts';
export {
  maskCid,
  normalizeText,
  validateCid,
  validatePhone,
  validatePostcode,
  type PhoneKind,
  type Validation,
} from './validate/validate.ts';
export {
  DZONGKHAGS,
  GEWOGS,
  THROMDES,
  dzongkhagName,
  findDzongkhag,
  gewogsOf,
  type Dzongkhag,
  type DzongkhagCode,
  type DzongkhaStatus,
  type Gewog,
  type Thromde,
} from './bhutan/index.ts';
export { reviewWorksheet } from './review.ts';
export { createFormatter, type FormatterSettings } from './format/formatter.ts';
