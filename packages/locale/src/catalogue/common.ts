import type { CatalogueDomain } from '../types.ts';

/**
 * Strings shared by every part of the system: generic actions, language names, time,
 * file sizes and the error messages of the validators in `@druk/locale`.
 * Owned by @druk/locale.
 */
export const common = {
  'common.close': { en: 'Close', dz: 'ཁ་བསྡམ།', review: true },
  'common.open': { en: 'Open', dz: 'ཁ་ཕྱེ།', review: true },
  'common.menu': { en: 'Menu', dz: 'དཀར་ཆག', review: true },
  'common.search': { en: 'Search', dz: 'འཚོལ་ཞིབ།', review: true },
  'common.back': { en: 'Back', dz: 'ལོག་ནི།', review: true },
  'common.next': { en: 'Next', dz: 'ཤུལ་མམ།', review: true },
  'common.previous': { en: 'Previous', dz: 'ཧེ་མམ།', review: true },
  'common.loading': { en: 'Loading…', dz: 'ལེན་དོ།…', review: true },
  'common.required': { en: 'required', dz: 'དགོཔ།', review: true },
  'common.optional': { en: 'optional', dz: 'གདམ་ཁ།', review: true },
  'common.yes': { en: 'Yes', dz: 'ཨིན།', review: true },
  'common.no': { en: 'No', dz: 'མེན།', review: true },
  'language.en': { en: 'English', dz: 'ཨིང་ལིཤ་ཁ', note: 'CLDR display name' },
  'language.dz': { en: 'Dzongkha', dz: 'རྫོང་ཁ', note: 'CLDR display name' },
  'country.bt': { en: 'Bhutan', dz: 'འབྲུག', note: 'CLDR region name' },
} as const satisfies CatalogueDomain;
