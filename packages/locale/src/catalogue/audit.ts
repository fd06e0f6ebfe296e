import type { CatalogueDomain } from '../types.ts';

/** Labels of the druk-audit reports (the English report with its Dzongkha summary). Owned by @druk/audit. */
export const audit = {
  'audit.report.title': { en: 'Website audit report', dz: 'ཝེབ་སའིཊ་ བརྟག་ཞིབ་ སྙན་ཞུ།', review: true },
  'audit.report.summary': { en: 'Summary', dz: 'བཅུད་བསྡུས།', review: true },
  'audit.report.overall': {
    en: 'Overall score: {score} of 100 ({band})',
    dz: 'ཡོངས་བསྡོམས་ཀྱི་སྐུགས་ཨང་: ༡༠༠ ལས་ {score} ({band})',
    review: true,
    note: '{score} is a number, {band} a band name',
  },
  'audit.report.pages': {
    en: '{count} pages audited',
    dz: 'ཤོག་ལེབ་ {count} བརྟག་ཞིབ་འབད་ཡི།',
    review: true,
  },
  'audit.report.failures': {
    en: '{count} problems to fix',
    dz: 'བཅོ་ཁ་རྐྱབ་དགོཔ་ དཀའ་ངལ་ {count}',
    review: true,
  },
  'audit.report.needs-review': {
    en: '{count} items a person must check',
    dz: 'མི་ཞིག་གིས་ བལྟ་དགོཔ་ རྣམ་གྲངས་ {count}',
    review: true,
  },
  'audit.report.top-problems': {
    en: 'Most important problems',
    dz: 'དཀའ་ངལ་ གལ་ཆེ་ཤོས།',
    review: true,
  },
  'audit.category.usability-reliability': {
    en: 'Usability and reliability',
    dz: 'ལག་ལེན་བདེ་ཐབས་དང་ བློ་གཏད་ཚུགས་ཚད།',
    review: true,
  },
  'audit.category.content-aesthetic': { en: 'Content and aesthetic', dz: 'ནང་དོན་དང་ མཛེས་ཆ།', review: true },
  'audit.category.security-privacy': {
    en: 'Security and privacy',
    dz: 'ཉེན་སྲུང་དང་ སྒེར་གྱི་གསང་བ།',
    review: true,
  },
  'audit.category.services-information': {
    en: 'Services related information',
    dz: 'ཞབས་ཏོག་དང་འབྲེལ་བའི་ བརྡ་དོན།',
    review: true,
  },
  'audit.category.citizen-participation': {
    en: 'Citizen participation',
    dz: 'མི་སེར་གྱི་ བཅའ་མར་གཏོགས་ནི།',
    review: true,
  },
  'audit.category.additional-features': {
    en: 'Other additional features',
    dz: 'ཁ་སྐོང་ ཁྱད་ཆོས་གཞན།',
    review: true,
  },
  'audit.band.excellent': { en: 'Excellent', dz: 'ཡར་རབ།', review: true },
  'audit.band.very-good': { en: 'Very good', dz: 'ལེགས་ཤོམ།', review: true },
  'audit.band.good': { en: 'Good', dz: 'བཟང་།', review: true },
  'audit.band.fair': { en: 'Fair', dz: 'བར་མ།', review: true },
  'audit.band.poor': { en: 'Poor', dz: 'ཉམས་ཆུང་།', review: true },
} as const satisfies CatalogueDomain;
