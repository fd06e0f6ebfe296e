// Every form control against the same promises a native control keeps: it submits under its name, resets,
// validates with a message in its own language, is reached and filled with the keyboard, and has its
// label and hint (and, when invalid, its error) as accessible name and description.
import { html, type TemplateResult } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import './controls.ts';
import type { DrukFormField } from './form-field.ts';

interface ControlCase {
  tag: string;
  field: TemplateResult;
  /** Role and name of the node that carries the label and hint in the accessibility tree. */
  role: string;
  name: string;
  hint: string;
  /** FormData entries before the user does anything. */
  initial: [string, string][];
  /** Fills the field with the keyboard (and the mouse where there is no other way). */
  fill(field: DrukFormField): Promise<void>;
  filled: [string, string][];
  /** Makes the field invalid; the message it must then show. */
  spoil(field: DrukFormField): Promise<void>;
  message: string;
}

const dzongkhags = JSON.stringify([
  { value: 'paro', label: 'Paro' },
  { value: 'haa', label: 'Haa' },
]);
const yesNo = JSON.stringify([
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]);
const services = JSON.stringify([
  { value: 'water', label: 'Water' },
  { value: 'power', label: 'Electricity' },
  { value: 'roads', label: 'Roads' },
]);

const input = (field: DrukFormField, index = 0) => field.nativeControls[index] as HTMLInputElement;

async function retype(field: DrukFormField, text: string, index = 0): Promise<void> {
  await userEvent.clear(input(field, index));
  await userEvent.type(input(field, index), text);
  await userEvent.tab();
}

const CASES: ControlCase[] = [
  {
    tag: 'druk-input',
    field: html`<druk-input
      name="full-name"
      label="Full name"
      hint="As on your card"
      required
      value="Karma"
    ></druk-input>`,
    role: 'textbox',
    name: 'Full name',
    hint: 'As on your card',
    initial: [['full-name', 'Karma']],
    fill: (field) => retype(field, 'Pema Wangmo'),
    filled: [['full-name', 'Pema Wangmo']],
    spoil: (field) => userEvent.clear(input(field)),
    message: 'Enter Full name',
  },
  {
    tag: 'druk-textarea',
    field: html`<druk-textarea
      name="message"
      label="Your message"
      hint="No personal details"
      maxlength="20"
    ></druk-textarea>`,
    role: 'textbox',
    name: 'Your message',
    hint: 'No personal details You have 20 characters remaining',
    initial: [['message', '']],
    fill: (field) => retype(field, 'Kuzuzangpo la'),
    filled: [['message', 'Kuzuzangpo la']],
    spoil: (field) => retype(field, 'This message is far too long'),
    message: 'Your message must be 20 characters or fewer',
  },
  {
    tag: 'druk-select',
    field: html`<druk-select
      name="dzongkhag"
      label="Dzongkhag"
      hint="Where you live"
      required
      options=${dzongkhags}
    ></druk-select>`,
    role: 'combobox',
    name: 'Dzongkhag',
    hint: 'Where you live',
    initial: [['dzongkhag', '']],
    fill: async (field) => {
      await userEvent.selectOptions(field.focusTarget!, 'haa');
    },
    filled: [['dzongkhag', 'haa']],
    spoil: async (field) => {
      await userEvent.selectOptions(field.focusTarget!, '');
    },
    message: 'Select Dzongkhag',
  },
  {
    tag: 'druk-radios',
    field: html`<druk-radios
      name="contact"
      label="Can we contact you?"
      hint="Choose one"
      required
      options=${yesNo}
    ></druk-radios>`,
    role: 'group',
    name: 'Can we contact you?',
    hint: 'Choose one',
    initial: [],
    fill: async (field) => {
      input(field).focus();
      await userEvent.keyboard(' ');
      await userEvent.keyboard('{ArrowDown}');
    },
    filled: [['contact', 'no']],
    spoil: async (field) => {
      for (const radio of field.nativeControls as HTMLInputElement[]) radio.checked = false;
    },
    message: 'Select Can we contact you?',
  },
  {
    tag: 'druk-checkboxes',
    field: html`<druk-checkboxes
      name="services"
      label="Services"
      hint="Choose all that apply"
      required
      options=${services}
    ></druk-checkboxes>`,
    role: 'group',
    name: 'Services',
    hint: 'Choose all that apply',
    initial: [],
    fill: async (field) => {
      input(field, 0).focus();
      await userEvent.keyboard(' ');
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.keyboard(' ');
    },
    filled: [
      ['services', 'water'],
      ['services', 'roads'],
    ],
    spoil: async (field) => {
      for (const box of field.nativeControls as HTMLInputElement[]) if (box.checked) await userEvent.click(box);
    },
    message: 'Select Services',
  },
  {
    tag: 'druk-date-input',
    field: html`<druk-date-input
      name="dob"
      label="Date of birth"
      hint="For example, 27 3 2007"
      value="2007-03-27"
    ></druk-date-input>`,
    role: 'group',
    name: 'Date of birth',
    hint: 'For example, 27 3 2007',
    initial: [
      ['dob-day', '27'],
      ['dob-month', '3'],
      ['dob-year', '2007'],
    ],
    fill: async (field) => {
      await retype(field, '༢༨', 0);
      await retype(field, '11', 1);
      await retype(field, '2026', 2);
    },
    filled: [
      ['dob-day', '28'],
      ['dob-month', '11'],
      ['dob-year', '2026'],
    ],
    spoil: async (field) => {
      await retype(field, '31', 0);
      await retype(field, '2', 1);
    },
    message: 'Date of birth must be a real date',
  },
  {
    tag: 'druk-password',
    field: html`<druk-password
      name="password"
      label="Password"
      hint="At least 8 characters"
      minlength="8"
      autocomplete="new-password"
    ></druk-password>`,
    role: 'textbox',
    name: 'Password',
    hint: 'At least 8 characters',
    initial: [['password', '']],
    fill: (field) => retype(field, 'tashi-delek-2026'),
    filled: [['password', 'tashi-delek-2026']],
    spoil: (field) => retype(field, 'short'),
    message: 'Password must be 8 characters or more',
  },
  {
    tag: 'druk-cid-input',
    field: html`<druk-cid-input name="cid" required></druk-cid-input>`,
    role: 'textbox',
    name: 'Citizenship ID number',
    hint: '11 digits, as printed on your citizenship ID card',
    initial: [['cid', '']],
    fill: (field) => retype(field, '༡༡༦ ༠༢༠༠ ༡༢༣༤'),
    filled: [['cid', '11602001234']],
    spoil: (field) => retype(field, '1160200'),
    message: 'A Citizenship ID number has 11 digits',
  },
  {
    tag: 'druk-phone-input',
    field: html`<druk-phone-input name="phone"></druk-phone-input>`,
    role: 'textbox',
    name: 'Phone number',
    hint: 'A Bhutanese number, for example 17 12 34 56 or 02 32 12 34 Country code +975, Bhutan',
    initial: [['phone', '']],
    fill: (field) => retype(field, '+975-17123456'),
    filled: [['phone', '17 12 34 56']],
    spoil: (field) => retype(field, '98765 43210'),
    message: 'A mobile number has 8 digits and a landline number 7, after +975',
  },
  {
    tag: 'druk-amount-input',
    field: html`<druk-amount-input name="fee" label="Fee paid" hint="In Ngultrum"></druk-amount-input>`,
    role: 'textbox',
    name: 'Fee paid',
    hint: 'In Ngultrum Ngultrum',
    initial: [['fee', '']],
    fill: (field) => retype(field, 'Nu. 1,500.50'),
    filled: [['fee', '1500.50']],
    spoil: (field) => retype(field, '15 rupees'),
    message: 'Fee paid must be an amount in Ngultrum, like 1500 or 1500.50',
  },
];

function entries(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form)].map(([name, value]) => [name, String(value)]);
}

async function mount(control: ControlCase) {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="button">Before</button>${control.field}<button>Send</button></form>`,
  );
  const field = form.querySelector<DrukFormField>(control.tag)!;
  await field.updateComplete;
  return { form, field };
}

async function treeNode(control: ControlCase) {
  const tree = await accessibilityTree();
  const node = tree.find((candidate) => candidate.role === control.role && candidate.name === control.name);
  expect(
    node,
    `no ${control.role} named "${control.name}" in ${JSON.stringify(tree.map((n) => [n.role, n.name]))}`,
  ).toBeDefined();
  return node!;
}

describe.each(CASES)('$tag', (control) => {
  it('has its label as accessible name and its hint as description, and passes axe', async () => {
    const { form } = await mount(control);
    const node = await treeNode(control);
    expect(node.description).toBe(control.hint);
    await expectAccessible(form);
  });

  it('is reached with Tab and filled with the keyboard; submits under its name; resets', async () => {
    const { form, field } = await mount(control);
    expect(entries(form)).toEqual(control.initial);
    form.querySelector('button')!.focus();
    await userEvent.tab();
    expect(field.contains(document.activeElement)).toBe(true);
    await control.fill(field);
    await field.updateComplete;
    expect(entries(form)).toEqual(control.filled);
    expect(field.checkValidity()).toBe(true);
    form.reset();
    await new Promise((settle) => setTimeout(settle));
    expect(entries(form)).toEqual(control.initial);
  });

  it('blocks submission when invalid, with a message in its description, until fixed', async () => {
    const { form, field } = await mount(control);
    await control.fill(field);
    await control.spoil(field);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      submitted = true;
      event.preventDefault();
    });
    form.requestSubmit();
    expect(submitted).toBe(false);
    await field.updateComplete;
    expect(field.querySelector('.druk-error-message')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      `Error: ${control.message}`,
    );
    expect(field.validationMessage).toBe(control.message);
    const node = await treeNode(control);
    expect(node.description).toContain(`Error: ${control.message}`);
    await control.fill(field);
    await field.updateComplete;
    expect(field.querySelector('.druk-error-message')).toBeNull();
    form.requestSubmit();
    expect(submitted).toBe(true);
  });

  it('is left out of the submission and of validation inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>${control.field}</fieldset></form>`);
    expect(entries(form)).toEqual([]);
    expect(form.checkValidity()).toBe(true);
  });
});
