// Runs in /admin/ after decap-cms.js (a classic script, so the CMS global exists). Two jobs:
// refuse to save what the site's build would reject where Decap's own field checks cannot say it
// (a picture without its description; an emptied optional field), and preview entries with the
// site's own stylesheets in the entry's language. Plain JavaScript: the site serves it as it is.
/* global CMS, createClass, h */
(async () => {
  const checks = await (await fetch('/admin/checks.json')).json();

  /** An optional field the editor emptied is left out: the schemas reject "" and null. */
  const isEmpty = (value) =>
    value === '' || value === null || value === undefined || (typeof value?.size === 'number' && value.size === 0);

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
      const pair = checks.described[collection];
      if (pair && data.get(pair[0]) && isEmpty(data.get(pair[1]))) {
        throw new Error(`${pair[1]}: ${checks.altMessage}`);
      }
      return data;
    },
  });

  for (const style of checks.previewStyles) CMS.registerPreviewStyle(style);

  // The page as the site shows it: its heading, summary and text in the site's prose styles, in the
  // entry's language so Dzongkha gets the Tibetan face and line height.
  const Preview = (lang) =>
    createClass({
      render() {
        const entry = this.props.entry;
        const title = entry.getIn(['data', 'title']);
        const summary = entry.getIn(['data', 'summary']);
        return h(
          'main',
          { lang, className: 'druk-container druk-main' },
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
  for (const { name, lang } of checks.collections) CMS.registerPreviewTemplate(name, Preview(lang));
})();
