import type { CatalogueDomain } from '../types.ts';

/** The validators' error messages: the form controls register these, and none of the other shared strings. */
export const validationStrings = {
  'validation.cid.empty': { en: 'Enter a Citizenship ID number', dz: 'མི་ཁུངས་ལག་ཁྱེར་ཨང་ བཙུགས།', review: true },
  'validation.cid.characters': {
    en: 'A Citizenship ID number contains only digits',
    dz: 'མི་ཁུངས་ལག་ཁྱེར་ཨང་ནང་ ཨང་གྲངས་རྐྱངམ་ཅིག་ བཙུགས།',
    review: true,
  },
  'validation.cid.length': {
    en: 'A Citizenship ID number has 11 digits',
    dz: 'མི་ཁུངས་ལག་ཁྱེར་ཨང་ལུ་ ཨང་གྲངས་ ༡༡ དགོ།',
    review: true,
  },
  'validation.cid.dzongkhag-code': {
    en: 'Check the number: digits 2 and 3 are usually a dzongkhag code from 01 to 20',
    dz: 'ཨང་ ཞིབ་དཔྱད་འབད། ཨང་གྲངས་ ༢ དང་ ༣ པ་འདི་ རྫོང་ཁག་གི་ཨང་ ༠༡ ལས་ ༢༠ ཚུན་ཨིན།',
    review: true,
  },
  'validation.phone.empty': { en: 'Enter a phone number', dz: 'བརྒྱུད་འཕྲིན་ཨང་ བཙུགས།', review: true },
  'validation.phone.characters': {
    en: 'A phone number contains only digits, spaces, hyphens and a leading +',
    dz: 'བརྒྱུད་འཕྲིན་ཨང་ནང་ ཨང་གྲངས་ བར་སྟོང་ ཐིག་ཕྲན་ དང་ + རྐྱངམ་ཅིག་ བཙུགས།',
    review: true,
  },
  'validation.phone.country': {
    en: 'Enter a Bhutan phone number (country code +975)',
    dz: 'འབྲུག་གི་ བརྒྱུད་འཕྲིན་ཨང་ (+975) བཙུགས།',
    review: true,
  },
  'validation.phone.length': {
    en: 'A mobile number has 8 digits and a landline number 7, after +975',
    dz: 'འགྲུལ་འཕྲིན་ཨང་ལུ་ ཨང་གྲངས་ ༨ དང་ ས་འཕྲིན་ཨང་ལུ་ ༧ དགོ།',
    review: true,
  },
  'validation.phone.prefix': {
    en: 'A mobile number starts with 16, 17, 77 or 87; a landline number with an area code such as 2 (Thimphu)',
    dz: 'འགྲུལ་འཕྲིན་ཨང་འདི་ ༡༦ ༡༧ ༧༧ ཡང་ན་ ༨༧ ལས་ འགོ་བཙུགསཔ་ཨིན། ས་འཕྲིན་ཨང་འདི་ ས་ཁོངས་ཨང་ལས་ འགོ་བཙུགསཔ་ཨིན།',
    review: true,
  },
  'validation.postcode.empty': { en: 'Enter a postcode', dz: 'སྦྲག་ཨང་ བཙུགས།', review: true },
  'validation.postcode.format': {
    en: 'A postcode has 5 digits, for example 11001',
    dz: 'སྦྲག་ཨང་ལུ་ ཨང་གྲངས་ ༥ དགོ། དཔེར་ན་ ༡༡༠༠༡',
    review: true,
  },
} as const satisfies CatalogueDomain;

/**
 * Strings shared by every part of the system: generic actions, language names, time,
 * file sizes and the error messages of the validators in `@druk/locale`.
 * Owned by @druk/locale.
 */
export const common = /* @__PURE__ */ Object.assign(
  {
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
    'time.now': { en: 'just now', dz: 'ད་ལྟོ་རང་', review: true },
    'time.yesterday': { en: 'yesterday', dz: 'ཁ་ཙ་', note: 'CLDR relative day -1' },
    'time.tomorrow': { en: 'tomorrow', dz: 'ནངས་པ་', review: true },
    'time.updated': {
      en: 'Updated {when}',
      dz: '{when} དུས་མཐུན་བཟོ་ཡི།',
      review: true,
      note: '{when}: a date or "3 days ago"',
    },
    'time.minute.past.one': { en: '{count} minute ago', dz: 'སྐར་མ་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.minute.past.other': { en: '{count} minutes ago', dz: 'སྐར་མ་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.minute.future.one': { en: 'in {count} minute', dz: 'སྐར་མ་ {count} ནང་', note: 'CLDR relative time' },
    'time.minute.future.other': { en: 'in {count} minutes', dz: 'སྐར་མ་ {count} ནང་', note: 'CLDR relative time' },
    'time.hour.past.one': { en: '{count} hour ago', dz: 'ཆུ་ཚོད་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.hour.past.other': { en: '{count} hours ago', dz: 'ཆུ་ཚོད་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.hour.future.one': { en: 'in {count} hour', dz: 'ཆུ་ཚོད་ {count} ནང་', note: 'CLDR relative time' },
    'time.hour.future.other': { en: 'in {count} hours', dz: 'ཆུ་ཚོད་ {count} ནང་', note: 'CLDR relative time' },
    'time.day.past.one': { en: '{count} day ago', dz: 'ཉིནམ་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.day.past.other': { en: '{count} days ago', dz: 'ཉིནམ་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.day.future.one': { en: 'in {count} day', dz: 'ཉིནམ་ {count} ནང་', note: 'CLDR relative time' },
    'time.day.future.other': { en: 'in {count} days', dz: 'ཉིནམ་ {count} ནང་', note: 'CLDR relative time' },
    'time.week.past.one': {
      en: '{count} week ago',
      dz: 'བདུན་ཕྲག་ {count} ཧེ་མ་',
      review: true,
      note: 'CLDR has བངུན་ཕྲག་, taken as a misspelling of བདུན་ཕྲག་ (week)',
    },
    'time.week.past.other': {
      en: '{count} weeks ago',
      dz: 'བདུན་ཕྲག་ {count} ཧེ་མ་',
      review: true,
      note: 'CLDR has བངུན་ཕྲག་, taken as a misspelling of བདུན་ཕྲག་ (week)',
    },
    'time.week.future.one': {
      en: 'in {count} week',
      dz: 'བདུན་ཕྲག་ {count} ནང་',
      review: true,
      note: 'CLDR has བངུན་ཕྲག་, taken as a misspelling of བདུན་ཕྲག་ (week)',
    },
    'time.week.future.other': {
      en: 'in {count} weeks',
      dz: 'བདུན་ཕྲག་ {count} ནང་',
      review: true,
      note: 'CLDR has བངུན་ཕྲག་, taken as a misspelling of བདུན་ཕྲག་ (week)',
    },
    'time.month.past.one': { en: '{count} month ago', dz: 'ཟླཝ་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.month.past.other': { en: '{count} months ago', dz: 'ཟླཝ་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.month.future.one': { en: 'in {count} month', dz: 'ཟླཝ་ {count} ནང་', note: 'CLDR relative time' },
    'time.month.future.other': { en: 'in {count} months', dz: 'ཟླཝ་ {count} ནང་', note: 'CLDR relative time' },
    'time.year.past.one': { en: '{count} year ago', dz: 'ལོ་འཁོར་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.year.past.other': { en: '{count} years ago', dz: 'ལོ་འཁོར་ {count} ཧེ་མ་', note: 'CLDR relative time' },
    'time.year.future.one': { en: 'in {count} year', dz: 'ལོ་འཁོར་ {count} ནང་', note: 'CLDR relative time' },
    'time.year.future.other': { en: 'in {count} years', dz: 'ལོ་འཁོར་ {count} ནང་', note: 'CLDR relative time' },
  } as const,
  validationStrings,
) satisfies CatalogueDomain;
