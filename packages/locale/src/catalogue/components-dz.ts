import type {
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
  summaryListStrings,
  warningTextStrings,
  confirmationPanelStrings,
  comboboxStrings,
  dialogStrings,
  taskListStrings,
  sideNavigationStrings,
  contentsListStrings,
} from './components.ts';
import type { DzongkhaStrings } from '../types.ts';

/*
 * The Dzongkha of the component strings, id by id (English in components.ts). The components load this
 * module only on pages that show Dzongkha (ADR 0022); `review: true` marks text a Dzongkha editor has
 * not yet checked. The catalogue index joins both languages into the `components` domain.
 */

export const mastheadStringsDz = {
  'masthead.label': { dz: 'གཞུང་འབྲེལ་ཝེབ་སའིཊ།', review: true },
  'masthead.official': { dz: 'འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ཝེབ་སའིཊ།', review: true },
  'masthead.how-you-know': { dz: 'ག་དེ་སྦེ་ ཤེས་ནི་ཨིན་ན།', review: true },
  'masthead.domain-title': { dz: 'གཞུང་འབྲེལ་ཝེབ་སའིཊ་ཚུ་གིས་ .gov.bt ལག་ལེན་འཐབ་ཨིན།', review: true },
  'masthead.domain-body': { dz: '.gov.bt ཁ་བྱང་འདི་ འབྲུག་རྒྱལ་གཞུང་གི་ གཞུང་འབྲེལ་ལས་སྡེ་ཅིག་གི་ཨིན།', review: true },
  'masthead.https-title': { dz: 'ཉེན་སྲུང་ཅན་གྱི་ .gov.bt ཝེབ་སའིཊ་ཚུ་གིས་ HTTPS ལག་ལེན་འཐབ་ཨིན།', review: true },
  'masthead.https-body': {
    dz: 'ཁ་བྱང་གི་ཧེ་མ་ ཨ་ཅང་ ཡང་ན་ https:// ཡོད་པ་ཅིན་ མཐུད་ལམ་འདི་ གསང་བཟོ་འབད་ཡོདཔ་ཨིན། སྒེར་གྱི་བརྡ་དོན་ཚུ་ གཞུང་འབྲེལ་དང་ ཉེན་སྲུང་ཅན་གྱི་ ཝེབ་སའིཊ་ཚུ་ནང་རྐྱངམ་ཅིག་ བཀོད།',
    review: true,
  },
} as const satisfies DzongkhaStrings<typeof mastheadStrings>;

export const skipLinkStringsDz = {
  'skip-link.label': { dz: 'གཙོ་བོའི་ནང་དོན་ལུ་ མཆོངས།', review: true },
} as const satisfies DzongkhaStrings<typeof skipLinkStrings>;

export const headerStringsDz = {
  'header.government': { dz: 'འབྲུག་རྒྱལ་གཞུང་།', review: true },
} as const satisfies DzongkhaStrings<typeof headerStrings>;

export const navigationStringsDz = {
  'navigation.label': { dz: 'གཙོ་བོ།', review: true },
  'navigation.menu': { dz: 'དཀར་ཆག', review: true },
} as const satisfies DzongkhaStrings<typeof navigationStrings>;

export const languageSwitcherStringsDz = {
  'language-switcher.label': { dz: 'སྐད་ཡིག', review: true },
  'language-switcher.unavailable': {
    dz: '{language}: ད་ཚུན་ མེད།',
    review: true,
    note: '{language} is the name of the missing language, in the page’s language',
  },
} as const satisfies DzongkhaStrings<typeof languageSwitcherStrings>;

export const breadcrumbsStringsDz = {
  'breadcrumbs.label': { dz: 'ལམ་སྟོན།', review: true },
} as const satisfies DzongkhaStrings<typeof breadcrumbsStrings>;

export const backToTopStringsDz = {
  'back-to-top.label': { dz: 'ཡར་ལོག།', review: true },
} as const satisfies DzongkhaStrings<typeof backToTopStrings>;

export const footerStringsDz = {
  'footer.contact': { dz: 'འབྲེལ་བ།', review: true },
  'footer.phone': { dz: 'བརྒྱུད་འཕྲིན།', review: true },
  'footer.email': { dz: 'གློག་འཕྲིན།', review: true },
  'footer.links': { dz: 'ཝེབ་སའིཊ་འདི་གི་སྐོར།', review: true },
  'footer.sitemap': { dz: 'ཝེབ་སའིཊ་ས་ཁྲ།', review: true },
  'footer.updated': { dz: 'མཇུག་མམ་ དུས་མཐུན་བཟོ་མི།', review: true },
  'footer.copyright': { dz: 'པར་དབང་ © {year} {holder}', review: true, note: '{holder} is the agency name' },
} as const satisfies DzongkhaStrings<typeof footerStrings>;

export const alertStringsDz = {
  'alert.info': { dz: 'བརྡ་དོན།', review: true },
  'alert.success': { dz: 'མཐར་འཁྱོལ།', review: true },
  'alert.warning': { dz: 'ཉེན་བརྡ།', review: true },
  'alert.important': { dz: 'གལ་ཅན།', review: true },
} as const satisfies DzongkhaStrings<typeof alertStrings>;

export const accordionStringsDz = {
  'accordion.show-all': { dz: 'དབྱེ་ཚན་ཆ་མཉམ་ སྟོན།', review: true },
  'accordion.hide-all': { dz: 'དབྱེ་ཚན་ཆ་མཉམ་ སྦ།', review: true },
} as const satisfies DzongkhaStrings<typeof accordionStrings>;

export const tabsStringsDz = {
  'tabs.label': { dz: 'ནང་དོན།', review: true },
} as const satisfies DzongkhaStrings<typeof tabsStrings>;

export const tableStringsDz = {
  'table.sorted-ascending': { dz: '{column} གི་ ཡར་འཕར་ རིམ་སྒྲིག་འབད་ཡི།', review: true },
  'table.sorted-descending': { dz: '{column} གི་ མར་ཕབ་ རིམ་སྒྲིག་འབད་ཡི།', review: true },
} as const satisfies DzongkhaStrings<typeof tableStrings>;

export const paginationStringsDz = {
  'pagination.label': { dz: 'ཤོག་ངོས།', review: true },
  'pagination.page': { dz: 'ཤོག་ངོས་ {page}', review: true },
  'pagination.previous': { dz: 'ཧེ་མམ།', review: true },
  'pagination.next': { dz: 'ཤུལ་མམ།', review: true },
} as const satisfies DzongkhaStrings<typeof paginationStrings>;

export const stepByStepStringsDz = {
  'step-by-step.step': { dz: 'གོ་རིམ་ {number}', review: true },
} as const satisfies DzongkhaStrings<typeof stepByStepStrings>;

export const downloadStringsDz = {
  'download.published': { dz: 'དཔར་བསྐྲུན་འབད་ཚེས།', review: true },
} as const satisfies DzongkhaStrings<typeof downloadStrings>;

export const noticeStringsDz = {
  'notice.notice': { dz: 'བརྡ་བསྒྲགས།', review: true },
  'notice.tender': { dz: 'རིན་འབུལ།', review: true },
  'notice.vacancy': { dz: 'ལཱ་གི་གོ་སྐབས།', review: true },
  'notice.open': { dz: 'ཁ་ཕྱེ་ཡོད།', review: true },
  'notice.closing-soon': { dz: 'ཉེ་འདབས་ལུ་ ཁ་བསྡམ་འོང་།', review: true },
  'notice.closed': { dz: 'ཁ་བསྡམས་ཡི།', review: true },
  'notice.published': { dz: 'དཔར་བསྐྲུན་འབད་ཚེས།', review: true },
  'notice.closing': { dz: 'མཇུག་བསྡུའི་ཚེས་གྲངས།', review: true },
} as const satisfies DzongkhaStrings<typeof noticeStrings>;

export const feedbackStringsDz = {
  'feedback.question': { dz: 'ཤོག་ངོས་འདི་ ཕན་ཐོགས་ཅི་ག?', review: true },
  'feedback.thanks': { dz: 'ཁྱོད་ཀྱི་ བསམ་འཆར་ལུ་ བཀྲིན་ཆེ།', review: true },
  'feedback.yes': { dz: 'ཨིན།', review: true },
  'feedback.no': { dz: 'མེན།', review: true },
} as const satisfies DzongkhaStrings<typeof feedbackStrings>;

export const searchStringsDz = {
  'search.label': { dz: 'ཝེབ་སའིཊ་འདི་ནང་ འཚོལ།', review: true },
  'search.button': { dz: 'འཚོལ་ཞིབ།', review: true },
} as const satisfies DzongkhaStrings<typeof searchStrings>;

export const phaseStringsDz = {
  'phase.alpha': { dz: 'ཨཱལ་ཕ།', review: true },
  'phase.beta': { dz: 'བི་ཊ།', review: true },
  'phase.text': { dz: 'འདི་ ཞབས་ཏོག་གསརཔ་ཨིན། ཁྱོད་ཀྱི་ བསམ་འཆར་གྱིས་ ལེགས་བཅོས་འབད་ནི་ལུ་ ཕན་འོང་།', review: true },
  'phase.feedback': { dz: 'བསམ་འཆར་ བཀོད།', review: true },
} as const satisfies DzongkhaStrings<typeof phaseStrings>;

export const summaryListStringsDz = {
  'summary-list.change': {
    dz: '{key}བསྒྱུར་བཅོས།',
    review: true,
    note: '{key} is the row key, visually hidden, so the link reads "Change date of birth"; keep it where the grammar puts the object',
  },
} as const satisfies DzongkhaStrings<typeof summaryListStrings>;

export const warningTextStringsDz = {
  'warning-text.prefix': {
    dz: 'ཉེན་བརྡ།',
    review: true,
    note: 'Read by screen readers before the warning; visually hidden',
  },
} as const satisfies DzongkhaStrings<typeof warningTextStrings>;

export const confirmationPanelStringsDz = {
  'confirmation-panel.reference': { dz: 'ཁྱོད་ཀྱི་ གཞི་བསྟུན་ཨང་།', review: true },
} as const satisfies DzongkhaStrings<typeof confirmationPanelStrings>;

export const comboboxStringsDz = {
  'combobox.results': { dz: 'གྲུབ་འབྲས་ {count} ཡོད།', review: true },
  'combobox.one-result': { dz: 'གྲུབ་འབྲས་ ༡ ཡོད།', review: true },
  'combobox.no-results': { dz: 'གྲུབ་འབྲས་ མེད།', review: true },
  'combobox.not-in-list': { dz: '{label} ཐོ་ཡིག་ནང་ལས་ གདམ་ཁ་རྐྱབ།', review: true },
} as const satisfies DzongkhaStrings<typeof comboboxStrings>;

export const dialogStringsDz = {
  'dialog.close': { dz: 'ཁ་བསྡམས།', review: true, note: 'Button that closes a dialog window' },
} as const satisfies DzongkhaStrings<typeof dialogStrings>;

export const taskListStringsDz = {
  'task-list.progress': { dz: 'ལཱ་ {total} ལས་ {done} མཇུག་བསྡུ་ཡི།', review: true },
  'task-list.completed': { dz: 'མཇུག་བསྡུ་ཡི།', review: true, note: 'Status of a task' },
  'task-list.in-progress': { dz: 'འབད་བའི་བསྒང་།', review: true, note: 'Status of a task' },
  'task-list.not-started': { dz: 'འགོ་མ་བཙུགས་པས།', review: true, note: 'Status of a task' },
  'task-list.cannot-start': {
    dz: 'ད་ལྟོ་ འགོ་བཙུགས་མི་ཚུགས།',
    review: true,
    note: 'Status of a task that needs an earlier task done first',
  },
} as const satisfies DzongkhaStrings<typeof taskListStrings>;

export const sideNavigationStringsDz = {
  'side-navigation.label': { dz: 'དབྱེ་ཚན་འདི་ནང་།', review: true },
} as const satisfies DzongkhaStrings<typeof sideNavigationStrings>;

export const contentsListStringsDz = {
  'contents-list.label': { dz: 'ཤོག་ལེབ་འདི་ནང་།', review: true },
} as const satisfies DzongkhaStrings<typeof contentsListStrings>;
