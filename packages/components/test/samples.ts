// One realistic example of every component, shared by the server-render tests, the browser checks that
// run on every component (axe, reflow, Dzongkha), the no-JavaScript end-to-end test and the benchmark.
import type { RenderOptions } from '../src/ssr/render.ts';

/** Real Dzongkha for examples (Dzongkha Wikipedia, "Paro Rinpung Dzong", CC BY-SA 4.0). */
export const DZONGKHA_PASSAGE =
  'ཕ་དྲུང་དྲུང་རྒྱལ་མཆོག་གིས་འདི་ཁར་ ལྷ་ཁང་ཆུང་ཀུ་ཅིག་བཞེངས་བའི་ཤུལ་ལུ་ འགྲོས་ཀྱིས་སྦེ་ རྫོང་ཐོག་ཚད་ ༥ འབད་མི་ཅིག་བཞེངས་ནུག།';

export interface Sample extends RenderOptions {
  tag: string;
  /** Module that defines the element, relative to packages/components/src. */
  module: string;
  /** Text the server render must contain, in English. */
  expectText: string[];
  /** `false` when the component shows no words of its own before interaction (only the author's content). */
  localised?: boolean;
  /** Part of the site chrome (masthead, header, navigation, …): tested with JavaScript off in a browser. */
  chrome?: boolean;
}

const navigation = [
  { label: 'Home', href: '/' },
  { label: 'Services', href: '/services/', current: true },
  { label: 'Publications', href: '/publications/' },
  { label: 'Tenders and vacancies', href: '/tenders/' },
  { label: 'Contact', href: '/contact/' },
];

export const samples: Sample[] = [
  {
    tag: 'druk-skip-link',
    module: 'skip-link/skip-link.ts',
    chrome: true,
    expectText: ['Skip to main content'],
  },
  {
    tag: 'druk-masthead',
    module: 'masthead/masthead.ts',
    chrome: true,
    expectText: ['An official website of the Royal Government of Bhutan'],
  },
  {
    tag: 'druk-header',
    module: 'header/header.ts',
    chrome: true,
    attributes: {
      agency: 'Ministry of Health',
      'agency-dz': 'གསོ་བ་ལྷན་ཁག',
      'logo-src': 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/%3E',
      'logo-alt': 'Emblem of Bhutan',
    },
    expectText: ['Ministry of Health', 'གསོ་བ་ལྷན་ཁག', 'Royal Government of Bhutan'],
  },
  {
    tag: 'druk-navigation',
    module: 'navigation/navigation.ts',
    chrome: true,
    attributes: { items: JSON.stringify(navigation) },
    expectText: ['Services', 'Tenders and vacancies'],
  },
  {
    tag: 'druk-language-switcher',
    module: 'language-switcher/language-switcher.ts',
    chrome: true,
    attributes: {
      versions: JSON.stringify([
        { lang: 'en', href: '/en/services/' },
        { lang: 'dz', href: '/dz/services/' },
      ]),
    },
    expectText: ['English', 'རྫོང་ཁ'],
  },
  {
    tag: 'druk-breadcrumbs',
    module: 'breadcrumbs/breadcrumbs.ts',
    chrome: true,
    attributes: {
      items: JSON.stringify([
        { label: 'Home', href: '/' },
        { label: 'Services', href: '/services/' },
        { label: 'Birth registration', href: '/services/birth-registration/' },
      ]),
    },
    expectText: ['Home', 'Birth registration'],
  },
  {
    tag: 'druk-footer',
    module: 'footer/footer.ts',
    chrome: true,
    attributes: {
      agency: 'Ministry of Health',
      address: 'Kawajangsa\nThimphu 11001\nBhutan',
      phone: '+975 2 322 602',
      email: 'webmaster@health.gov.bt',
      updated: '2026-11-20',
      sitemap: '/sitemap/',
      links: JSON.stringify([
        { label: 'Privacy policy', href: '/privacy/' },
        { label: 'Accessibility', href: '/accessibility/' },
        { label: 'Copyright', href: '/copyright/' },
      ]),
    },
    expectText: [
      'Kawajangsa',
      '+975 2 322 602',
      'Privacy policy',
      'Sitemap',
      '20 November 2026',
      '© 2026 Ministry of Health',
    ],
  },
  {
    tag: 'druk-back-to-top',
    module: 'back-to-top/back-to-top.ts',
    chrome: true,
    expectText: ['Back to top'],
  },
  {
    tag: 'druk-alert',
    module: 'alert/alert.ts',
    attributes: { variant: 'warning', heading: 'Offices closed on 17 December' },
    content: '<p>National Day is a public holiday. Online services stay open.</p>',
    expectText: ['Offices closed on 17 December', 'Warning'],
  },
  {
    tag: 'druk-details',
    localised: false,
    module: 'details/details.ts',
    attributes: { summary: 'Help with your CID number' },
    content: '<p>Your citizenship identity card number has 11 digits.</p>',
    expectText: ['Help with your CID number'],
  },
  {
    tag: 'druk-accordion',
    module: 'accordion/accordion.ts',
    content:
      '<druk-details summary="Who can apply"><p>Any citizen over 18.</p></druk-details>' +
      '<druk-details summary="Documents you need"><p>Your CID card and a photograph.</p></druk-details>',
    expectText: ['Show all sections', 'Who can apply'],
  },
  {
    tag: 'druk-tabs',
    localised: false,
    module: 'tabs/tabs.ts',
    content:
      '<druk-tab-panel label="Overview"><p>What the service is.</p></druk-tab-panel>' +
      '<druk-tab-panel label="How to apply"><p>Apply online or at the dzongkhag office.</p></druk-tab-panel>',
    expectText: ['Overview', 'How to apply'],
  },
  {
    tag: 'druk-card',
    localised: false,
    module: 'card/card.ts',
    attributes: { heading: 'Apply for a passport', href: '/services/passport/' },
    content: '<p>Ordinary passports take 10 working days.</p>',
    expectText: ['Apply for a passport'],
  },
  {
    tag: 'druk-tag',
    localised: false,
    module: 'tag/tag.ts',
    attributes: { variant: 'success' },
    content: 'New',
    expectText: ['<slot>'],
  },
  {
    tag: 'druk-table',
    localised: false,
    module: 'table/table.ts',
    attributes: {
      caption: 'Population by dzongkhag',
      columns: JSON.stringify([
        { key: 'dzongkhag', label: 'Dzongkhag', sortable: true },
        { key: 'population', label: 'Population', sortable: true, numeric: true },
      ]),
      rows: JSON.stringify([
        { dzongkhag: 'Thimphu', population: 138736 },
        { dzongkhag: 'Paro', population: 46316 },
        { dzongkhag: 'Zhemgang', population: 17763 },
      ]),
    },
    expectText: ['Population by dzongkhag', 'Zhemgang', '138736'],
  },
  {
    tag: 'druk-pagination',
    module: 'pagination/pagination.ts',
    attributes: { current: 6, total: 12, href: '/news/page/{page}/' },
    expectText: ['Page 5', 'Next'],
  },
  {
    tag: 'druk-step-by-step',
    localised: false,
    module: 'step-by-step/step-by-step.ts',
    content:
      '<druk-step number="1" heading="Check you can apply"><p>You must be a citizen.</p></druk-step>' +
      '<druk-step number="2" heading="Gather your documents"><p>CID card and a photograph.</p></druk-step>',
    expectText: ['<slot'],
  },
  {
    tag: 'druk-download-item',
    module: 'download-item/download-item.ts',
    attributes: {
      href: '/files/annual-report-2025.pdf',
      label: 'Annual report 2025',
      format: 'pdf',
      size: 2_400_000,
      'file-lang': 'dz',
      published: '2026-03-03',
    },
    expectText: ['Annual report 2025', 'PDF', '2.4 MB', 'Dzongkha', '3 March 2026'],
  },
  {
    tag: 'druk-notice-summary',
    module: 'notice-summary/notice-summary.ts',
    attributes: {
      kind: 'tender',
      heading: 'Supply of office furniture',
      href: '/tenders/furniture/',
      published: '2026-11-01',
      closing: '2026-12-01',
      now: '2026-11-28T10:00:00+06:00',
    },
    expectText: ['Tender', 'Supply of office furniture', 'Closing soon', '1 December 2026'],
  },
  {
    tag: 'druk-feedback',
    module: 'feedback/feedback.ts',
    attributes: { action: '/feedback/' },
    expectText: ['Was this page helpful?', 'Yes', 'No'],
  },
  {
    tag: 'druk-search-box',
    module: 'search-box/search-box.ts',
    expectText: ['Search this website', 'Search'],
  },
  {
    tag: 'druk-phase-banner',
    module: 'phase-banner/phase-banner.ts',
    attributes: { phase: 'beta', feedback: '/feedback/' },
    expectText: ['Beta', 'This is a new service', 'Give feedback'],
  },
  {
    tag: 'druk-content-language',
    localised: false,
    module: 'content-language/content-language.ts',
    attributes: { lang: 'dz' },
    content: `<p>${DZONGKHA_PASSAGE}</p>`,
    expectText: ['<slot'],
  },
  {
    tag: 'druk-summary-list',
    module: 'summary-list/summary-list.ts',
    attributes: {
      rows: JSON.stringify([
        { key: 'Full name', value: 'Pema Wangmo', href: '/apply/name/' },
        { key: 'Date of birth', value: '5 March 1990', href: '/apply/date-of-birth/' },
        { key: 'Address', value: 'Tali\nTrong gewog\nZhemgang' },
      ]),
    },
    expectText: ['Date of birth', 'Pema Wangmo', 'Change', 'date of birth', '<dl'],
  },
  {
    tag: 'druk-inset-text',
    localised: false,
    module: 'inset-text/inset-text.ts',
    content: '<p>It can take up to 10 working days to get your health card.</p>',
    expectText: ['<slot'],
  },
  {
    tag: 'druk-warning-text',
    module: 'warning-text/warning-text.ts',
    content: 'You can be fined up to Nu. 5,000 if you do not register.',
    expectText: ['Warning'],
  },
  {
    tag: 'druk-confirmation-panel',
    module: 'confirmation-panel/confirmation-panel.ts',
    attributes: { heading: 'Application complete', 'heading-level': 2, reference: 'HC-2026-0042' },
    content: '<p>We have sent you a confirmation by SMS.</p>',
    expectText: ['Application complete', 'Your reference number', 'HC-2026-0042'],
  },
  {
    tag: 'druk-dialog',
    module: 'dialog/dialog.ts',
    attributes: { heading: 'Cancel your application?', opener: 'Cancel application' },
    content: '<p>Your answers are deleted.</p><a slot="actions" href="#cancelled">Yes, cancel it</a>',
    expectText: ['Cancel application', 'Cancel your application?', 'Close', 'command="show-modal"'],
  },
  {
    tag: 'druk-task-list',
    module: 'task-list/task-list.ts',
    attributes: {
      tasks: JSON.stringify([
        { label: 'Your details', href: '/apply/details/', status: 'completed' },
        { label: 'Upload documents', href: '/apply/documents/', status: 'in-progress' },
        { label: 'Pay the fee', status: 'cannot-start' },
      ]),
    },
    expectText: ['You have completed 1 of 3 tasks.', 'Upload documents', 'In progress', 'Cannot start yet'],
  },
  {
    tag: 'druk-side-navigation',
    // With a heading, the heading names the landmark: no words of its own.
    localised: false,
    module: 'side-navigation/side-navigation.ts',
    attributes: {
      heading: 'Health services',
      items: JSON.stringify([
        { label: 'Overview', href: '/health/' },
        {
          label: 'Hospitals',
          href: '/health/hospitals/',
          children: [{ label: 'National referral hospital', href: '/health/hospitals/jdwnrh/', current: true }],
        },
      ]),
    },
    expectText: ['Health services', 'National referral hospital', 'aria-current="page"'],
  },
  {
    tag: 'druk-contents-list',
    module: 'contents-list/contents-list.ts',
    attributes: {
      items: JSON.stringify([
        { label: 'Who can apply', href: '#who' },
        { label: 'Documents you need', href: '#documents' },
      ]),
    },
    expectText: ['On this page', 'Who can apply', 'href="#documents"'],
  },
];
