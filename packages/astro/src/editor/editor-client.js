// The script of /admin/ (an ES module; it loads decap-cms.js itself). Three jobs:
// - make Decap's backend read and write the site's folders, src/content/<lang>/<collection>/, while
//   Decap edits English and Dzongkha side by side in its own layout, and marks the items its lists show
//   without a Dzongkha file (content-paths.js, ADR 0030);
// - refuse to save what the site's build would reject where Decap's own field checks cannot say it
//   (a picture without its description; an emptied optional field; a Dzongkha version without its
//   title), and leave out a Dzongkha file nobody wrote;
// - preview entries with the site's own stylesheets in the entry's language.
// Plain JavaScript: the site serves it as it is.
/* global CMS, createClass, h */
import { contentPaths, hasOwnText, withSiteLayout, withoutEmptyValues } from './content-paths.js';

const checks = await (await fetch('/admin/checks.json')).json();

// Decap resolves its backend as soon as it has read its configuration: the wrapper must be in place
// before that, so Decap starts only when CMS.init() is called below.
window.CMS_MANUAL_INIT = true;
await new Promise((loaded, failed) => {
  const script = document.createElement('script');
  script.src = '/admin/decap-cms.js';
  script.onload = loaded;
  script.onerror = () => failed(new Error('/admin/decap-cms.js did not load'));
  document.body.append(script);
});

const layout = checks.layout;
const paths = contentPaths(layout);
const translated = checks.translated;

/**
 * Dzongkha files holding only what Decap copied from the English side are not written; the others
 * lose the empty values Decap copied (the English side's are left out by preSave below).
 */
const beforePersist = (files, { collectionName }) =>
  files
    .filter(
      (file) =>
        paths.localeOf(file.path) === layout.defaultLocale ||
        hasOwnText(file.raw, translated[collectionName]?.required ?? []),
    )
    .map((file) =>
      paths.localeOf(file.path) === layout.defaultLocale ? file : { ...file, raw: withoutEmptyValues(file.raw) },
    );

// Decap's registry refuses a second backend of the same name, but hands out its own entry, whose
// `init` makes the backend: wrapping that covers every backend, the local proxy included.
const registered = CMS.getBackend(checks.backend);
const makeBackend = registered.init;
registered.init = (...args) => withSiteLayout(makeBackend(...args), layout, { beforePersist });

/** An optional field the editor emptied is left out: the schemas reject "" and null. */
const isEmpty = (value) =>
  value === '' || value === null || value === undefined || (typeof value?.size === 'number' && value.size === 0);

/** The first reason the build would refuse one language version of an entry, or undefined. */
function refusal(collection, data, language) {
  const pair = checks.described[collection];
  if (pair && data.get(pair[0]) && isEmpty(data.get(pair[1]))) return `${pair[1]}${language}: ${checks.altMessage}`;
  return undefined;
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = entry.get('collection');
    const data = entry.get('data').filter((value, key) => key === 'body' || !isEmpty(value));
    // A new entry has no file yet: its address names the file. An existing file keeps its name, so
    // an address that differs from it would be refused by the build.
    const address = data.get('address');
    const fileName = entry.get('slug');
    if (!entry.get('path') && isEmpty(address)) throw new Error(`address: ${checks.addressMessage}`);
    if (entry.get('path') && !isEmpty(address) && address !== fileName) {
      throw new Error(`address: must stay ${fileName}, the name of this page's file`);
    }
    const english = refusal(collection, data, '');
    if (english) throw new Error(english);
    // Decap checks only the English side. A Dzongkha side someone wrote in must be complete; one
    // left empty is not saved (beforePersist) and the page stays untranslated.
    const { text = [], required = [] } = translated[collection] ?? {};
    for (const lang of layout.locales.filter((locale) => locale !== layout.defaultLocale)) {
      const other = entry.getIn(['i18n', lang, 'data']);
      if (!other || !text.some((name) => !isEmpty(other.get(name)))) continue;
      const missing = required.find((name) => isEmpty(other.get(name)));
      if (missing) throw new Error(`${missing} (${lang}): is required once this language has any text`);
      const reason = refusal(collection, other, ` (${lang})`);
      if (reason) throw new Error(reason);
    }
    return data;
  },
});

for (const style of checks.previewStyles) CMS.registerPreviewStyle(style);

/** The preview shows one language at a time without saying which; Tibetan script means Dzongkha. */
const languageOf = (text) => (/[\u0F00-\u0FFF]/.test(text ?? '') ? 'dz' : 'en');

// The page as the site shows it: its heading, summary and text in the site's prose styles, in the
// entry's language so Dzongkha gets the Tibetan face and line height.
const Preview = createClass({
  render() {
    const entry = this.props.entry;
    const title = entry.getIn(['data', 'title']);
    const summary = entry.getIn(['data', 'summary']);
    return h(
      'main',
      { lang: languageOf(title), className: 'druk-container druk-main' },
      h(
        'article',
        { className: 'druk-prose' },
        h('h1', {}, title),
        summary ? h('p', { className: 'druk-lead' }, summary) : null,
        this.props.widgetFor('body'),
      ),
    );
  },
});
for (const collection of layout.collections) CMS.registerPreviewTemplate(collection, Preview);

CMS.init();
