import type { CatalogueDomain } from '../types.ts';

/*
 * Strings of the Lit components (masthead, header, footer, skip link, …). Owned by @druk/components.
 * Each id is `<component>.<name>`; on the element, attribute `text-<name>` overrides it.
 *
 * One export per component, so that a page loading only the masthead ships only the masthead's
 * strings: each component registers its own group, and bundlers drop the others.
 */

export const mastheadStrings = {
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
} as const satisfies CatalogueDomain;

export const skipLinkStrings = {
  'skip-link.label': { en: 'Skip to main content', dz: 'གཙོ་བོའི་ནང་དོན་ལུ་ མཆོངས།', review: true },
} as const satisfies CatalogueDomain;

export const headerStrings = {
  'header.government': { en: 'Royal Government of Bhutan', dz: 'འབྲུག་རྒྱལ་གཞུང་།', review: true },
} as const satisfies CatalogueDomain;

export const navigationStrings = {
  'navigation.label': { en: 'Main', dz: 'གཙོ་བོ།', review: true },
  'navigation.menu': { en: 'Menu', dz: 'དཀར་ཆག', review: true },
} as const satisfies CatalogueDomain;

export const languageSwitcherStrings = {
  'language-switcher.label': { en: 'Language', dz: 'སྐད་ཡིག', review: true },
  'language-switcher.unavailable': {
    en: '{language}: not yet available',
    dz: '{language}: ད་ཚུན་ མེད།',
    review: true,
    note: '{language} is the name of the missing language, in the page’s language',
  },
} as const satisfies CatalogueDomain;

export const breadcrumbsStrings = {
  'breadcrumbs.label': { en: 'Breadcrumb', dz: 'ལམ་སྟོན།', review: true },
} as const satisfies CatalogueDomain;

export const backToTopStrings = {
  'back-to-top.label': { en: 'Back to top', dz: 'ཡར་ལོག།', review: true },
} as const satisfies CatalogueDomain;

export const footerStrings = {
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

export const alertStrings = {
  'alert.info': { en: 'Information', dz: 'བརྡ་དོན།', review: true },
  'alert.success': { en: 'Success', dz: 'མཐར་འཁྱོལ།', review: true },
  'alert.warning': { en: 'Warning', dz: 'ཉེན་བརྡ།', review: true },
  'alert.important': { en: 'Important', dz: 'གལ་ཅན།', review: true },
} as const satisfies CatalogueDomain;

export const accordionStrings = {
  'accordion.show-all': { en: 'Show all sections', dz: 'དབྱེ་ཚན་ཆ་མཉམ་ སྟོན།', review: true },
  'accordion.hide-all': { en: 'Hide all sections', dz: 'དབྱེ་ཚན་ཆ་མཉམ་ སྦ།', review: true },
} as const satisfies CatalogueDomain;

export const tabsStrings = {
  'tabs.label': { en: 'Contents', dz: 'ནང་དོན།', review: true },
} as const satisfies CatalogueDomain;

export const tableStrings = {
  'table.sorted-ascending': {
    en: 'Sorted by {column}, ascending',
    dz: '{column} གི་ ཡར་འཕར་ རིམ་སྒྲིག་འབད་ཡི།',
    review: true,
  },
  'table.sorted-descending': {
    en: 'Sorted by {column}, descending',
    dz: '{column} གི་ མར་ཕབ་ རིམ་སྒྲིག་འབད་ཡི།',
    review: true,
  },
} as const satisfies CatalogueDomain;

export const paginationStrings = {
  'pagination.label': { en: 'Pages', dz: 'ཤོག་ངོས།', review: true },
  'pagination.page': { en: 'Page {page}', dz: 'ཤོག་ངོས་ {page}', review: true },
  'pagination.previous': { en: 'Previous', dz: 'ཧེ་མམ།', review: true },
  'pagination.next': { en: 'Next', dz: 'ཤུལ་མམ།', review: true },
} as const satisfies CatalogueDomain;

export const stepByStepStrings = {
  'step-by-step.step': { en: 'Step {number}', dz: 'གོ་རིམ་ {number}', review: true },
} as const satisfies CatalogueDomain;

export const downloadStrings = {
  'download.published': { en: 'Published', dz: 'དཔར་བསྐྲུན་འབད་ཚེས།', review: true },
} as const satisfies CatalogueDomain;

export const noticeStrings = {
  'notice.notice': { en: 'Notice', dz: 'བརྡ་བསྒྲགས།', review: true },
  'notice.tender': { en: 'Tender', dz: 'རིན་འབུལ།', review: true },
  'notice.vacancy': { en: 'Vacancy', dz: 'ལཱ་གི་གོ་སྐབས།', review: true },
  'notice.open': { en: 'Open', dz: 'ཁ་ཕྱེ་ཡོད།', review: true },
  'notice.closing-soon': { en: 'Closing soon', dz: 'ཉེ་འདབས་ལུ་ ཁ་བསྡམ་འོང་།', review: true },
  'notice.closed': { en: 'Closed', dz: 'ཁ་བསྡམས་ཡི།', review: true },
  'notice.published': { en: 'Published', dz: 'དཔར་བསྐྲུན་འབད་ཚེས།', review: true },
  'notice.closing': { en: 'Closing date', dz: 'མཇུག་བསྡུའི་ཚེས་གྲངས།', review: true },
} as const satisfies CatalogueDomain;

export const feedbackStrings = {
  'feedback.question': { en: 'Was this page helpful?', dz: 'ཤོག་ངོས་འདི་ ཕན་ཐོགས་ཅི་ག?', review: true },
  'feedback.thanks': { en: 'Thank you for your feedback.', dz: 'ཁྱོད་ཀྱི་ བསམ་འཆར་ལུ་ བཀྲིན་ཆེ།', review: true },
  'feedback.yes': { en: 'Yes', dz: 'ཨིན།', review: true },
  'feedback.no': { en: 'No', dz: 'མེན།', review: true },
} as const satisfies CatalogueDomain;

export const searchStrings = {
  'search.label': { en: 'Search this website', dz: 'ཝེབ་སའིཊ་འདི་ནང་ འཚོལ།', review: true },
  'search.button': { en: 'Search', dz: 'འཚོལ་ཞིབ།', review: true },
} as const satisfies CatalogueDomain;

export const phaseStrings = {
  'phase.alpha': { en: 'Alpha', dz: 'ཨཱལ་ཕ།', review: true },
  'phase.beta': { en: 'Beta', dz: 'བི་ཊ།', review: true },
  'phase.text': {
    en: 'This is a new service. Your feedback will help us improve it.',
    dz: 'འདི་ ཞབས་ཏོག་གསརཔ་ཨིན། ཁྱོད་ཀྱི་ བསམ་འཆར་གྱིས་ ལེགས་བཅོས་འབད་ནི་ལུ་ ཕན་འོང་།',
    review: true,
  },
  'phase.feedback': { en: 'Give feedback', dz: 'བསམ་འཆར་ བཀོད།', review: true },
} as const satisfies CatalogueDomain;

export const languageNameStrings = {
  'language-name.en': {
    en: 'English',
    dz: 'ཨིང་ལིཤ་ཁ',
    note: 'CLDR display name; shown in its own language as the switcher link',
  },
  'language-name.dz': {
    en: 'Dzongkha',
    dz: 'རྫོང་ཁ',
    note: 'CLDR display name; shown in its own language as the switcher link',
  },
} as const satisfies CatalogueDomain;

export const summaryListStrings = {
  'summary-list.change': {
    en: 'Change{key}',
    dz: '{key}བསྒྱུར་བཅོས།',
    review: true,
    note: '{key} is the row key, visually hidden, so the link reads "Change date of birth"; keep it where the grammar puts the object',
  },
} as const satisfies CatalogueDomain;

export const warningTextStrings = {
  'warning-text.prefix': {
    en: 'Warning',
    dz: 'ཉེན་བརྡ།',
    review: true,
    note: 'Read by screen readers before the warning; visually hidden',
  },
} as const satisfies CatalogueDomain;

export const confirmationPanelStrings = {
  'confirmation-panel.reference': { en: 'Your reference number', dz: 'ཁྱོད་ཀྱི་ གཞི་བསྟུན་ཨང་།', review: true },
} as const satisfies CatalogueDomain;

export const comboboxStrings = {
  'combobox.results': { en: '{count} results available', dz: 'གྲུབ་འབྲས་ {count} ཡོད།', review: true },
  'combobox.one-result': { en: '1 result available', dz: 'གྲུབ་འབྲས་ ༡ ཡོད།', review: true },
  'combobox.no-results': { en: 'No results', dz: 'གྲུབ་འབྲས་ མེད།', review: true },
  'combobox.not-in-list': {
    en: 'Select {label} from the list',
    dz: '{label} ཐོ་ཡིག་ནང་ལས་ གདམ་ཁ་རྐྱབ།',
    review: true,
  },
} as const satisfies CatalogueDomain;

export const dialogStrings = {
  'dialog.close': { en: 'Close', dz: 'ཁ་བསྡམས།', review: true, note: 'Button that closes a dialog window' },
} as const satisfies CatalogueDomain;

export const taskListStrings = {
  'task-list.progress': {
    en: 'You have completed {done} of {total} tasks.',
    dz: 'ལཱ་ {total} ལས་ {done} མཇུག་བསྡུ་ཡི།',
    review: true,
  },
  'task-list.completed': { en: 'Completed', dz: 'མཇུག་བསྡུ་ཡི།', review: true, note: 'Status of a task' },
  'task-list.in-progress': { en: 'In progress', dz: 'འབད་བའི་བསྒང་།', review: true, note: 'Status of a task' },
  'task-list.not-started': { en: 'Not yet started', dz: 'འགོ་མ་བཙུགས་པས།', review: true, note: 'Status of a task' },
  'task-list.cannot-start': {
    en: 'Cannot start yet',
    dz: 'ད་ལྟོ་ འགོ་བཙུགས་མི་ཚུགས།',
    review: true,
    note: 'Status of a task that needs an earlier task done first',
  },
} as const satisfies CatalogueDomain;

export const sideNavigationStrings = {
  'side-navigation.label': { en: 'In this section', dz: 'དབྱེ་ཚན་འདི་ནང་།', review: true },
} as const satisfies CatalogueDomain;

export const contentsListStrings = {
  'contents-list.label': { en: 'On this page', dz: 'ཤོག་ལེབ་འདི་ནང་།', review: true },
} as const satisfies CatalogueDomain;

type Merged<T extends readonly object[]> = T extends readonly [infer Head, ...infer Rest extends readonly object[]]
  ? Head & Merged<Rest>
  : unknown;

function merge<const T extends readonly CatalogueDomain[]>(...groups: T): Merged<T> {
  return Object.assign({}, ...groups) as Merged<T>;
}

/** Every component string (the catalogue's `components` domain). */
export const components = /* @__PURE__ */ merge(
  mastheadStrings,
  skipLinkStrings,
  headerStrings,
  navigationStrings,
  languageSwitcherStrings,
  breadcrumbsStrings,
  backToTopStrings,
  footerStrings,
  alertStrings,
  accordionStrings,
  tabsStrings,
  tableStrings,
  paginationStrings,
  stepByStepStrings,
  downloadStrings,
  noticeStrings,
  feedbackStrings,
  searchStrings,
  phaseStrings,
  languageNameStrings,
  summaryListStrings,
  warningTextStrings,
  confirmationPanelStrings,
  comboboxStrings,
  dialogStrings,
  taskListStrings,
  sideNavigationStrings,
  contentsListStrings,
) satisfies CatalogueDomain;
