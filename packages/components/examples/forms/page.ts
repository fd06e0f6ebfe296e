// The example form page: plain HTML as a CMS (Drupal, WordPress) or any server would write it, built
// from the server renderer of the form controls, with nothing that needs JavaScript to show or submit.
import { dzongkhagName, DZONGKHAGS } from '@druk/locale';
import type { AttributeValue } from '../../src/ssr/render.ts';
import { formsCss } from '../../src/form-base/form-field.styles.ts';
import { renderFormControl } from '../../src/form-base/server.ts';
import type { SummaryError } from '../../src/error-summary/error-summary.ts';

export type PageLang = 'en' | 'dz';

/** The form's fields: element, attributes, and the label its error summary entry uses. */
interface FieldSpec {
  tag: string;
  attributes: Record<string, AttributeValue>;
  /** The legend of the `druk-fieldset` that groups this field with its neighbours of the same group. */
  group?: string;
}

const TEXT = {
  en: {
    title: 'Send feedback to the Dzongkhag Administration',
    fullName: 'Full name',
    email: 'Email address',
    contactDetails: 'How can we reach you?',
    dob: 'Date of birth',
    address: 'Your address',
    dobHint: 'For example, 27 3 2007',
    dzongkhag: 'Dzongkhag',
    contact: 'Can we contact you about your feedback?',
    services: 'Which services is your feedback about?',
    servicesHint: 'Select all that apply',
    message: 'Your feedback',
    fee: 'Fee paid, if any',
    document: 'Supporting document',
    password: 'Create a password to track your feedback',
    passwordHint: 'At least 8 characters',
    send: 'Send feedback',
    yes: 'Yes',
    no: 'No',
    water: 'Drinking water',
    roads: 'Farm roads',
    health: 'Health',
  },
  dz: {
    title: 'རྫོང་ཁག་བདག་སྐྱོང་ལུ་ བསམ་འཆར་བཏང་།',
    fullName: 'མིང་ཆ་ཚང་།',
    email: 'གློག་འཕྲིན་ཁ་བྱང་།',
    contactDetails: 'ཁྱོད་དང་ ག་དེ་སྦེ་ འབྲེལ་བ་འཐབ་ནི་ཨིན་ན?',
    dob: 'སྐྱེས་ཚེས།',
    address: 'ཁྱོད་ཀྱི་ཁ་བྱང་།',
    dobHint: 'དཔེར་ན་ ༢༧ ༣ ༢༠༠༧',
    dzongkhag: 'རྫོང་ཁག',
    contact: 'ཁྱོད་ཀྱི་བསམ་འཆར་སྐོར་ལས་ འབྲེལ་བ་འཐབ་ཆོག་ག?',
    services: 'བསམ་འཆར་འདི་ ཞབས་ཏོག་ག་ཅིའི་སྐོར་ལས་ཨིན་ན?',
    servicesHint: 'འཁྲིལ་བ་ཆ་མཉམ་ གདམ་ཁ་རྐྱབ།',
    message: 'ཁྱོད་ཀྱི་བསམ་འཆར།',
    fee: 'སྤྲོད་ཡོད་པའི་གླ་ཆ།',
    document: 'རྒྱབ་སྐྱོར་ཡིག་ཆ།',
    password: 'བསམ་འཆར་རྗེས་འདེད་ཀྱི་ གསང་ཚིག་བཟོ།',
    passwordHint: 'ཡིག་འབྲུ་ ༨ ཡང་ན་ དེ་ལས་མང་།',
    send: 'བསམ་འཆར་བཏང་།',
    yes: 'ཨིན།',
    no: 'མེན།',
    water: 'འཐུང་ཆུ།',
    roads: 'ཞིང་ལམ།',
    health: 'འཕྲོད་བསྟེན།',
  },
} as const;

/** The fields of the feedback form, in page order. */
export function feedbackFields(lang: PageLang): FieldSpec[] {
  const text = TEXT[lang];
  const options = (entries: [string, string][]) => JSON.stringify(entries.map(([value, label]) => ({ value, label })));
  return [
    {
      tag: 'druk-input',
      attributes: { name: 'full-name', label: text.fullName, autocomplete: 'name', required: true },
    },
    { tag: 'druk-cid-input', attributes: { name: 'cid', required: true } },
    { tag: 'druk-phone-input', attributes: { name: 'phone' }, group: text.contactDetails },
    {
      tag: 'druk-input',
      attributes: { name: 'email', label: text.email, type: 'email', autocomplete: 'email' },
      group: text.contactDetails,
    },
    { tag: 'druk-address', attributes: { name: 'address', label: text.address } },
    { tag: 'druk-date-input', attributes: { name: 'dob', label: text.dob, hint: text.dobHint, autocomplete: 'bday' } },
    {
      tag: 'druk-select',
      attributes: {
        name: 'dzongkhag',
        label: text.dzongkhag,
        required: true,
        options: options(DZONGKHAGS.map((dzongkhag) => [dzongkhag.code, dzongkhagName(dzongkhag.code, lang)])),
      },
    },
    {
      tag: 'druk-radios',
      attributes: {
        name: 'contact',
        label: text.contact,
        required: true,
        options: options([
          ['yes', text.yes],
          ['no', text.no],
        ]),
      },
    },
    {
      tag: 'druk-checkboxes',
      attributes: {
        name: 'services',
        label: text.services,
        hint: text.servicesHint,
        options: options([
          ['water', text.water],
          ['roads', text.roads],
          ['health', text.health],
        ]),
      },
    },
    { tag: 'druk-textarea', attributes: { name: 'message', label: text.message, maxlength: 500, required: true } },
    { tag: 'druk-amount-input', attributes: { name: 'fee', label: text.fee } },
    {
      tag: 'druk-file-upload',
      attributes: { name: 'document', label: text.document, accept: '.pdf,.jpg,.png', 'max-size': 2_000_000 },
    },
    {
      tag: 'druk-password',
      attributes: {
        name: 'password',
        label: text.password,
        hint: text.passwordHint,
        minlength: 8,
        autocomplete: 'new-password',
      },
    },
  ];
}

/**
 * The attributes that show a field's submitted value again: `value` (for a date, YYYY-MM-DD from its
 * three parts; for an address, its parts as JSON) or, for checkboxes, the ticked options.
 */
function submittedAgain(field: FieldSpec, values: Record<string, string[]>): Record<string, AttributeValue> {
  const name = String(field.attributes.name);
  const part = (suffix: string) => values[`${name}-${suffix}`]?.[0] ?? '';
  if (field.tag === 'druk-date-input') {
    const [day, month, year] = [part('day'), part('month'), part('year')];
    const complete = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
    return { value: complete ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined };
  }
  if (field.tag === 'druk-address') {
    const parts = { area: part('area'), gewog: part('gewog'), village: part('village'), postcode: part('postcode') };
    return { value: Object.values(parts).some(Boolean) ? JSON.stringify(parts) : undefined };
  }
  if (field.tag === 'druk-checkboxes') {
    const ticked = new Set(values[name] ?? []);
    const options = JSON.parse(String(field.attributes.options)) as { value: string; label: string }[];
    return { options: JSON.stringify(options.map((option) => ({ ...option, checked: ticked.has(option.value) }))) };
  }
  return { value: values[name]?.[0] };
}

export interface PageOptions {
  lang: PageLang;
  /** Server-side errors by field name, shown on the fields and in the summary. */
  errors?: Record<string, string>;
  /** What was submitted, to show again after a failed submission (passwords left out). */
  values?: Record<string, string[]>;
  /** The form controls' script; left out to show the page exactly as it is without JavaScript. */
  scriptSrc?: string;
  action?: string;
}

/** The whole feedback page as HTML. */
export async function feedbackPage(options: PageOptions): Promise<string> {
  const { lang, errors = {}, values = {} } = options;
  const fields = feedbackFields(lang);
  const summary: SummaryError[] = fields
    .filter((field) => errors[String(field.attributes.name)])
    .map((field) => ({
      href: `#${String(field.attributes.name)}`,
      text: errors[String(field.attributes.name)] as string,
    }));
  const rendered = await Promise.all(
    fields.map((field) => {
      const name = String(field.attributes.name);
      const attributes = { ...field.attributes, error: errors[name], ...submittedAgain(field, values) };
      return renderFormControl(field.tag, { attributes, lang });
    }),
  );
  const controls: string[] = [];
  for (let index = 0; index < fields.length; index += 1) {
    const group = fields[index]?.group;
    if (!group) {
      controls.push(rendered[index] as string);
      continue;
    }
    let end = index;
    while (fields[end + 1]?.group === group) end += 1;
    const content = rendered.slice(index, end + 1).join('\n');
    controls.push(await renderFormControl('druk-fieldset', { attributes: { legend: group }, lang, content }));
    index = end;
  }
  const summaryHtml = await renderFormControl('druk-error-summary', {
    attributes: { errors: summary.length ? JSON.stringify(summary) : undefined },
    lang,
  });
  const button = await renderFormControl('druk-button', { attributes: { label: TEXT[lang].send }, lang });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${TEXT[lang].title}</title>
<style>body{margin:0 auto;max-width:40rem;padding:1rem}${formsCss}</style>
${options.scriptSrc ? `<script type="module" src="${options.scriptSrc}"></script>` : ''}
</head>
<body>
<main>
<h1>${TEXT[lang].title}</h1>
<form method="post" action="${options.action ?? '/submit'}" enctype="multipart/form-data">
${summaryHtml}
${controls.join('\n')}
${button}
</form>
</main>
</body>
</html>
`;
}
