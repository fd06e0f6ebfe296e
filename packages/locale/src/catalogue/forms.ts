import type { CatalogueDomain } from '../types.ts';

/**
 * Strings of the form controls (labels, hints, errors). Owned by the form controls in @druk/components.
 * `{label}` is the field's own label as the page wrote it, so a message names the field it is about.
 */
export const forms = {
  'form.error-summary.title': { en: 'There is a problem', dz: 'དཀའ་ངལ་ཅིག་ཡོདཔ་ཨིན།', review: true },
  'form.error.prefix': {
    en: 'Error:',
    dz: 'འཛོལ་བ།',
    review: true,
    note: 'Read by screen readers before every error message; visually hidden.',
  },
  'form.error.value-missing': { en: 'Enter {label}', dz: '{label} བཙུགས།', review: true },
  'form.error.choice-missing': { en: 'Select {label}', dz: '{label} གདམ་ཁ་རྐྱབ།', review: true },
  'form.error.too-long': {
    en: '{label} must be {max} characters or fewer',
    dz: '{label} ཡིག་འབྲུ་ {max} ལས་མ་བརྒལ་དགོ།',
    review: true,
  },
  'form.error.too-short': {
    en: '{label} must be {min} characters or more',
    dz: '{label} ཡིག་འབྲུ་ {min} ལས་ཉུང་མ་དགོ།',
    review: true,
  },
  'form.error.format': {
    en: 'Enter {label} in the correct format',
    dz: '{label} ཚུལ་མཐུན་སྦེ་བཙུགས།',
    review: true,
  },
  'form.error.number': { en: '{label} must be a number', dz: '{label} ཨང་ཡིག་ཨིན་དགོ།', review: true },
  'form.error.range-underflow': {
    en: '{label} must be {min} or more',
    dz: '{label} {min} ཡང་ན་དེ་ལས་མང་དགོ།',
    review: true,
  },
  'form.error.range-overflow': {
    en: '{label} must be {max} or less',
    dz: '{label} {max} ཡང་ན་དེ་ལས་ཉུང་དགོ།',
    review: true,
  },
  'form.character-count.remaining': {
    en: 'You have {count} characters remaining',
    dz: 'ཡིག་འབྲུ་ {count} ལྷག་ལུས་ཡོད།',
    review: true,
  },
  'form.character-count.over': {
    en: 'You have {count} characters too many',
    dz: 'ཡིག་འབྲུ་ {count} ལྷག་པ་ཡོད།',
    review: true,
  },
  'form.password.show': { en: 'Show password', dz: 'གསང་ཚིག་སྟོན།', review: true },
  'form.password.hide': { en: 'Hide password', dz: 'གསང་ཚིག་སྦ།', review: true },
  'form.password.shown': {
    en: 'Your password is visible',
    dz: 'ཁྱོད་ཀྱི་གསང་ཚིག་མཐོང་ཚུགས།',
    review: true,
    note: 'Announced to screen readers after the reveal button is pressed.',
  },
  'form.password.hidden': { en: 'Your password is hidden', dz: 'ཁྱོད་ཀྱི་གསང་ཚིག་སྦ་ཡོད།', review: true },
  'form.select.placeholder': { en: 'Choose…', dz: 'གདམ་ཁ་རྐྱབ།…', review: true },
  'form.date.day': { en: 'Day', dz: 'ཚེས།', review: true },
  'form.date.month': { en: 'Month', dz: 'ཟླ་བ།', review: true },
  'form.date.year': { en: 'Year', dz: 'ལོ།', review: true },
  'form.date.invalid': {
    en: '{label} must be a real date',
    dz: '{label} ངོ་མའི་ཚེས་གྲངས་ཨིན་དགོ།',
    review: true,
  },
  'form.date.incomplete': {
    en: '{label} must include a day, month and year',
    dz: '{label} ནང་ ཚེས་ ཟླ་བ་ ལོ་ ཚུ་དགོ།',
    review: true,
  },
  'form.file.limits': {
    en: 'Accepted file types: {types}. Largest size: {size}.',
    dz: 'ཡིག་སྣོད་ཀྱི་དབྱེ་བ་: {types}། ཚད་མཐོ་ཤོས་: {size}།',
    review: true,
  },
  'form.file.too-large': {
    en: '{file} is larger than {size}',
    dz: '{file} འདི་ {size} ལས་ཆེ།',
    review: true,
  },
  'form.file.wrong-type': {
    en: '{file} must be one of: {types}',
    dz: '{file} འདི་ {types} ནང་ལས་གཅིག་ཨིན་དགོ།',
    review: true,
  },
  'form.cid.label': { en: 'Citizenship ID number', dz: 'མི་ཁུངས་ངོ་སྤྲོད་ཨང་།', review: true },
  'form.cid.hint': {
    en: '11 digits, as printed on your citizenship ID card',
    dz: 'མི་ཁུངས་ངོ་སྤྲོད་ལག་ཁྱེར་གུ་ཡོད་མི་ཨང་ ༡༡',
    review: true,
  },
  'form.phone.label': { en: 'Phone number', dz: 'བརྒྱུད་འཕྲིན་ཨང་།', review: true },
  'form.phone.hint': {
    en: 'A Bhutanese number, for example 17 12 34 56 or 02 32 12 34',
    dz: 'འབྲུག་གི་ཨང་ དཔེར་ན་ ༡༧ ༡༢ ༣༤ ༥༦',
    review: true,
  },
  'form.phone.country-code': {
    en: 'Country code +975, Bhutan',
    dz: 'རྒྱལ་ཁབ་ཀྱི་ཨང་ +༩༧༥ འབྲུག',
    review: true,
  },
  'form.amount.currency': {
    en: 'Ngultrum',
    dz: 'དངུལ་ཀྲམ།',
    note: 'Full name of the currency, read out with the Nu. prefix.',
  },
  'form.amount.invalid': {
    en: '{label} must be an amount in Ngultrum, like 1500 or 1500.50',
    dz: '{label} དངུལ་ཀྲམ་གྱི་ཚད་ དཔེར་ན་ ༡༥༠༠ ཡང་ན་ ༡༥༠༠.༥༠ བཙུགས།',
    review: true,
  },
  'form.address.gewog': { en: 'Gewog or thromde zone', dz: 'རྒེད་འོག་ ཡང་ན་ ཁྲོམ་སྡེའི་ས་ཁོངས།', review: true },
  'form.address.thromdes': { en: 'Thromdes', dz: 'ཁྲོམ་སྡེ།', review: true },
  'form.address.dzongkhags': { en: 'Dzongkhags', dz: 'རྫོང་ཁག', review: true },
  'form.address.area': { en: 'Dzongkhag or thromde', dz: 'རྫོང་ཁག་ ཡང་ན་ ཁྲོམ་སྡེ།', review: true },
  'form.address.village': { en: 'Village or street', dz: 'གཡུས་ ཡང་ན་ ལམ།', review: true },
  'form.address.postcode': { en: 'Postcode', dz: 'སྦྲག་ཨང་།', review: true },
} as const satisfies CatalogueDomain;
