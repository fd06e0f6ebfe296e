import type { CatalogueDomain, EnglishStrings } from '../types.ts';

/*
 * Strings of the Lit components (masthead, header, footer, skip link, …), in English; their Dzongkha is
 * in components-dz.ts, id by id. Owned by @druk/components. Each id is `<component>.<name>`; on the
 * element, attribute `text-<name>` overrides it.
 *
 * One export per component, so that a page loading only the masthead ships only the masthead's
 * strings: each component registers its own group, and bundlers drop the others. The Dzongkha is a
 * module of its own so that only pages that show Dzongkha load it (ADR 0022).
 */

export const mastheadStrings = {
  'masthead.label': 'Official government website',
  'masthead.official': 'An official website of the Royal Government of Bhutan',
  'masthead.how-you-know': 'Here’s how you know',
  'masthead.domain-title': 'Official websites use .gov.bt',
  'masthead.domain-body': 'A .gov.bt address belongs to an official organisation of the Royal Government of Bhutan.',
  'masthead.https-title': 'Secure .gov.bt websites use HTTPS',
  'masthead.https-body':
    'A lock or https:// before the address means your connection is encrypted. Share personal information only on official, secure websites.',
} as const satisfies EnglishStrings;

export const skipLinkStrings = {
  'skip-link.label': 'Skip to main content',
} as const satisfies EnglishStrings;

export const headerStrings = {
  'header.government': 'Royal Government of Bhutan',
} as const satisfies EnglishStrings;

export const navigationStrings = {
  'navigation.label': 'Main',
  'navigation.menu': 'Menu',
} as const satisfies EnglishStrings;

export const languageSwitcherStrings = {
  'language-switcher.label': 'Language',
  'language-switcher.unavailable': '{language}: not yet available',
} as const satisfies EnglishStrings;

export const breadcrumbsStrings = {
  'breadcrumbs.label': 'Breadcrumb',
} as const satisfies EnglishStrings;

export const backToTopStrings = {
  'back-to-top.label': 'Back to top',
} as const satisfies EnglishStrings;

export const footerStrings = {
  'footer.contact': 'Contact',
  'footer.phone': 'Telephone',
  'footer.email': 'E-mail',
  'footer.links': 'About this website',
  'footer.sitemap': 'Sitemap',
  'footer.updated': 'Last updated',
  'footer.copyright': '© {year} {holder}',
} as const satisfies EnglishStrings;

export const alertStrings = {
  'alert.info': 'Information',
  'alert.success': 'Success',
  'alert.warning': 'Warning',
  'alert.important': 'Important',
} as const satisfies EnglishStrings;

export const accordionStrings = {
  'accordion.show-all': 'Show all sections',
  'accordion.hide-all': 'Hide all sections',
} as const satisfies EnglishStrings;

export const tabsStrings = {
  'tabs.label': 'Contents',
} as const satisfies EnglishStrings;

export const tableStrings = {
  'table.sorted-ascending': 'Sorted by {column}, ascending',
  'table.sorted-descending': 'Sorted by {column}, descending',
} as const satisfies EnglishStrings;

export const paginationStrings = {
  'pagination.label': 'Pages',
  'pagination.page': 'Page {page}',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
} as const satisfies EnglishStrings;

export const stepByStepStrings = {
  'step-by-step.step': 'Step {number}',
} as const satisfies EnglishStrings;

export const downloadStrings = {
  'download.published': 'Published',
} as const satisfies EnglishStrings;

export const noticeStrings = {
  'notice.notice': 'Notice',
  'notice.tender': 'Tender',
  'notice.vacancy': 'Vacancy',
  'notice.open': 'Open',
  'notice.closing-soon': 'Closing soon',
  'notice.closed': 'Closed',
  'notice.published': 'Published',
  'notice.closing': 'Closing date',
} as const satisfies EnglishStrings;

export const feedbackStrings = {
  'feedback.question': 'Was this page helpful?',
  'feedback.thanks': 'Thank you for your feedback.',
  'feedback.yes': 'Yes',
  'feedback.no': 'No',
} as const satisfies EnglishStrings;

export const searchStrings = {
  'search.label': 'Search this website',
  'search.button': 'Search',
} as const satisfies EnglishStrings;

export const phaseStrings = {
  'phase.alpha': 'Alpha',
  'phase.beta': 'Beta',
  'phase.text': 'This is a new service. Your feedback will help us improve it.',
  'phase.feedback': 'Give feedback',
} as const satisfies EnglishStrings;

export const summaryListStrings = {
  'summary-list.change': 'Change{key}',
} as const satisfies EnglishStrings;

export const warningTextStrings = {
  'warning-text.prefix': 'Warning',
} as const satisfies EnglishStrings;

export const confirmationPanelStrings = {
  'confirmation-panel.reference': 'Your reference number',
} as const satisfies EnglishStrings;

export const comboboxStrings = {
  'combobox.results': '{count} results available',
  'combobox.one-result': '1 result available',
  'combobox.no-results': 'No results',
  'combobox.not-in-list': 'Select {label} from the list',
} as const satisfies EnglishStrings;

export const dialogStrings = {
  'dialog.close': 'Close',
} as const satisfies EnglishStrings;

export const taskListStrings = {
  'task-list.progress': 'You have completed {done} of {total} tasks.',
  'task-list.completed': 'Completed',
  'task-list.in-progress': 'In progress',
  'task-list.not-started': 'Not yet started',
  'task-list.cannot-start': 'Cannot start yet',
} as const satisfies EnglishStrings;

export const sideNavigationStrings = {
  'side-navigation.label': 'In this section',
} as const satisfies EnglishStrings;

export const contentsListStrings = {
  'contents-list.label': 'On this page',
} as const satisfies EnglishStrings;

/** The language names, each shown in its own language by the switcher: both languages on every page. */
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
