// One realistic example of every component, shared by the server-render tests, the browser checks that
// run on every component (axe, reflow, Dzongkha), the no-JavaScript end-to-end test and the benchmark.
import type { RenderOptions } from '../src/ssr/render.ts';

export interface Sample extends RenderOptions {
  tag: string;
  /** Module that defines the element, relative to packages/components/src. */
  module: string;
  /** Text the server render must contain, in English. */
  expectText: string[];
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
];
