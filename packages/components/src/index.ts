// Every component; each module defines its element. To load only some, import them one by one:
// `import '@druk/components/masthead';` (see package.json "exports").
export { DrukElement } from './base/druk-element.ts';
export { DrukMasthead } from './masthead/masthead.ts';
