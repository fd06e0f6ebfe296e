import type { CatalogueDomain } from '../types.ts';

/**
 * Strings of the Lit components (masthead, header, footer, skip link, …). Owned by @druk/components.
 * Each id is `<component>.<name>`; on the element, attribute `text-<name>` overrides it.
 */
export const components = {
  'masthead.label': { en: 'Official government website', dz: 'གཞུང་འབྲེལ་ཝེབ་སའིཊ།', review: true },
  'masthead.official': {
    en: 'An official website of the Royal Government of Bhutan',
    dz: 'འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།',
    review: true,
  },
  'masthead.how-you-know': { en: 'Here’s how you know', dz: 'ག་དེ་སྦེ་ ཤེས་ནི་ཨིན་ན།', review: true },
  'masthead.domain-title': {
    en: 'Official websites use .gov.bt',
    dz: 'གཞུང་འབྲེལ་ཝེབ་སའིཊ་ཚུ་གིས་ .gov.bt ལག་ལེན་འཐབ་ཨིན།',
    review: true,
  },
  'masthead.domain-body': {
    en: 'A .gov.bt address belongs to an official organisation of the Royal Government of Bhutan.',
    dz: '.gov.bt ཁ་བྱང་འདི་ འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ལས་སྡེ་ཅིག་གི་ཨིན།',
    review: true,
  },
  'masthead.https-title': {
    en: 'Secure .gov.bt websites use HTTPS',
    dz: 'ཉེན་སྲུང་ཅན་གྱི་ .gov.bt ཝེབ་སའིཊ་ཚུ་གིས་ HTTPS ལག་ལེན་འཐབ་ཨིན།',
    review: true,
  },
  'masthead.https-body': {
    en: 'A lock or https:// before the address means your connection is encrypted. Share personal information only on official, secure websites.',
    dz: 'ཁ་བྱང་གི་ཧེ་མ་ ཨ་ཅང་ ཡང་ན་ https:// ཡོད་པ་ཅིན་ མཐུད་ལམ་འདི་ གསང་བཟོ་འབད་ཡོདཔ་ཨིན། སྒེར་གྱི་བརྡ་དོན་ཚུ་ གཞུང་འབྲེལ་དང་ ཉེན་སྲུང་ཅན་གྱི་ ཝེབ་སའིཊ་ཚུ་ནང་རྐྱངམ་ཅིག་ བཀོད།',
    review: true,
  },
  'skip-link.label': { en: 'Skip to main content', dz: 'གཙོ་བོའི་ནང་དོན་ལུ་ མཆོངས།', review: true },
  'header.government': { en: 'Royal Government of Bhutan', dz: 'འབྲུག་རྒྱལ་གཞུང་།', review: true },
  'navigation.label': { en: 'Main', dz: 'གཙོ་བོ།', review: true },
  'language-switcher.label': { en: 'Language', dz: 'སྐད་ཡིག', review: true },
  'language-switcher.unavailable': {
    en: '{language}: not yet available',
    dz: '{language}: ད་ཚུན་ མེད།',
    review: true,
    note: '{language} is the name of the missing language, in the page’s language',
  },
  'breadcrumbs.label': { en: 'Breadcrumb', dz: 'ལམ་སྟོན།', review: true },
  'back-to-top.label': { en: 'Back to top', dz: 'ཡར་ལོག།', review: true },
  'footer.contact': { en: 'Contact', dz: 'འབྲེལ་བ།', review: true },
  'footer.phone': { en: 'Telephone', dz: 'བརྒྱུད་འཕྲིན།', review: true },
  'footer.email': { en: 'E-mail', dz: 'གློག་འཕྲིན།', review: true },
  'footer.links': { en: 'About this website', dz: 'ཝེབ་སའིཊ་འདི་གི་སྐོར།', review: true },
  'footer.sitemap': { en: 'Sitemap', dz: 'ཝེབ་སའིཊ་ས་ཁྲ།', review: true },
  'footer.updated': { en: 'Last updated', dz: 'མཇུག་མམ་ དུས་མཐུན་བཟོ་མི།', review: true },
  'footer.copyright': {
    en: '© {year} {holder}',
    dz: 'པར་དབང་ © {year} {holder}',
    review: true,
    note: '{holder} is the agency name',
  },
} as const satisfies CatalogueDomain;
