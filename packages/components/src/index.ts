// Every component; each module defines its element. To load only some, import them one by one:
// `import '@druk/components/masthead';` (see package.json "exports").
export { DrukElement } from './base/druk-element.ts';
export { DrukBackToTop } from './back-to-top/back-to-top.ts';
export { DrukBreadcrumbs } from './breadcrumbs/breadcrumbs.ts';
export { DrukFooter } from './footer/footer.ts';
export { DrukHeader } from './header/header.ts';
export { DrukLanguageSwitcher } from './language-switcher/language-switcher.ts';
export { DrukMasthead } from './masthead/masthead.ts';
export { DrukNavigation } from './navigation/navigation.ts';
export { DrukSkipLink } from './skip-link/skip-link.ts';
