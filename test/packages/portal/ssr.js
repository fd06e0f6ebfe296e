// Plain Node, no loader: the documented server-rendering calls, printed as JSON for the test to read.
import '@druk/components';
import { renderToString } from '@druk/components/ssr';
import { renderFormControl } from '@druk/components/form-base/server';

const rendered = {
  masthead: await renderToString('druk-masthead', { lang: 'en' }),
  header: await renderToString('druk-header', { lang: 'dz', attributes: { agency: 'Ministry of Health' } }),
  footer: await renderToString('druk-footer', { lang: 'en', attributes: { agency: 'Ministry of Health' } }),
  form: [
    await renderFormControl('druk-input', { lang: 'en', attributes: { name: 'email', label: 'Email' } }),
    await renderFormControl('druk-button', { lang: 'en', attributes: { type: 'submit', label: 'Send' } }),
  ].join('\n'),
};
console.log(JSON.stringify(rendered));
