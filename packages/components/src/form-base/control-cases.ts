// One realistic use of every form control, shared by the conformance browser tests and the stories:
// how to fill it with the keyboard, how to make it invalid, and what it then says.
import { html, type TemplateResult } from 'lit';
import type { DrukFormField } from './form-field.ts';

/**
 * The user-event calls the cases need; both `userEvent` of vitest's browser mode and the one Storybook
 * passes to play functions have them.
 */
export interface UserActions {
  type(element: HTMLElement, text: string): Promise<void>;
  clear(element: HTMLElement): Promise<void>;
  click(element: HTMLElement): Promise<void>;
  selectOptions(element: HTMLElement, values: string | string[]): Promise<unknown>;
  keyboard(text: string): Promise<void>;
  tab(): Promise<void>;
}

export interface ControlCase {
  tag: string;
  /** The control's name in the Storybook sidebar. */
  title: string;
  field: TemplateResult;
  /** Role and name of the node that carries the label and hint in the accessibility tree. */
  role: string;
  name: string;
  hint: string;
  /** FormData entries before the user does anything. */
  initial: [string, string][];
  /** Fills the field with the keyboard (and the mouse where there is no other way). */
  fill(field: DrukFormField, user: UserActions): Promise<void>;
  filled: [string, string][];
  /** Makes the field invalid; the message it must then show. */
  spoil(field: DrukFormField, user: UserActions): Promise<void>;
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

async function retype(user: UserActions, field: DrukFormField, text: string, index = 0): Promise<void> {
  await user.clear(input(field, index));
  await user.type(input(field, index), text);
  await user.tab();
}

export const CONTROL_CASES: ControlCase[] = [
  {
    tag: 'druk-input',
    title: 'Text input',
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
    fill: (field, user) => retype(user, field, 'Pema Wangmo'),
    filled: [['full-name', 'Pema Wangmo']],
    spoil: (field, user) => user.clear(input(field)),
    message: 'Enter full name',
  },
  {
    tag: 'druk-textarea',
    title: 'Textarea',
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
    fill: (field, user) => retype(user, field, 'Kuzuzangpo la'),
    filled: [['message', 'Kuzuzangpo la']],
    spoil: (field, user) => retype(user, field, 'This message is far too long'),
    message: 'Your message must be 20 characters or fewer',
  },
  {
    tag: 'druk-select',
    title: 'Select',
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
    fill: async (field, user) => {
      await user.selectOptions(field.focusTarget!, 'haa');
    },
    filled: [['dzongkhag', 'haa']],
    spoil: async (field, user) => {
      await user.selectOptions(field.focusTarget!, '');
    },
    message: 'Select dzongkhag',
  },
  {
    tag: 'druk-radios',
    title: 'Radios',
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
    fill: async (field, user) => {
      input(field).focus();
      await user.keyboard(' ');
      await user.keyboard('{ArrowDown}');
    },
    filled: [['contact', 'no']],
    spoil: async (field) => {
      for (const radio of field.nativeControls as HTMLInputElement[]) radio.checked = false;
    },
    message: 'Select can we contact you?',
  },
  {
    tag: 'druk-checkboxes',
    title: 'Checkboxes',
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
    fill: async (field, user) => {
      input(field, 0).focus();
      await user.keyboard(' ');
      await user.tab();
      await user.tab();
      await user.keyboard(' ');
    },
    filled: [
      ['services', 'water'],
      ['services', 'roads'],
    ],
    spoil: async (field, user) => {
      for (const box of field.nativeControls as HTMLInputElement[]) if (box.checked) await user.click(box);
    },
    message: 'Select services',
  },
  {
    tag: 'druk-date-input',
    title: 'Date input',
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
    fill: async (field, user) => {
      await retype(user, field, '༢༨', 0);
      await retype(user, field, '11', 1);
      await retype(user, field, '2026', 2);
    },
    filled: [
      ['dob-day', '28'],
      ['dob-month', '11'],
      ['dob-year', '2026'],
    ],
    spoil: async (field, user) => {
      await retype(user, field, '31', 0);
      await retype(user, field, '2', 1);
    },
    message: 'Date of birth must be a real date',
  },
  {
    tag: 'druk-password',
    title: 'Password',
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
    fill: (field, user) => retype(user, field, 'tashi-delek-2026'),
    filled: [['password', 'tashi-delek-2026']],
    spoil: (field, user) => retype(user, field, 'short'),
    message: 'Password must be 8 characters or more',
  },
  {
    tag: 'druk-cid-input',
    title: 'Citizenship ID input',
    field: html`<druk-cid-input name="cid" required></druk-cid-input>`,
    role: 'textbox',
    name: 'Citizenship ID number',
    hint: '11 digits, as printed on your citizenship ID card',
    initial: [['cid', '']],
    fill: (field, user) => retype(user, field, '༡༡༦ ༠༢༠༠ ༡༢༣༤'),
    filled: [['cid', '11602001234']],
    spoil: (field, user) => retype(user, field, '1160200'),
    message: 'A Citizenship ID number has 11 digits',
  },
  {
    tag: 'druk-phone-input',
    title: 'Phone input',
    field: html`<druk-phone-input name="phone"></druk-phone-input>`,
    role: 'textbox',
    name: 'Phone number',
    hint: 'A Bhutanese number, for example 17 12 34 56 or 02 32 12 34 Country code +975, Bhutan',
    initial: [['phone', '']],
    fill: (field, user) => retype(user, field, '+975-17123456'),
    filled: [['phone', '17 12 34 56']],
    spoil: (field, user) => retype(user, field, '98765 43210'),
    message: 'A mobile number has 8 digits and a landline number 7, after +975',
  },
  {
    tag: 'druk-amount-input',
    title: 'Ngultrum amount',
    field: html`<druk-amount-input name="fee" label="Fee paid" hint="In Ngultrum"></druk-amount-input>`,
    role: 'textbox',
    name: 'Fee paid',
    hint: 'In Ngultrum Ngultrum',
    initial: [['fee', '']],
    fill: (field, user) => retype(user, field, 'Nu. 1,500.50'),
    filled: [['fee', '1500.50']],
    spoil: (field, user) => retype(user, field, '15 rupees'),
    message: 'Fee paid must be an amount in Ngultrum, like 1500 or 1500.50',
  },
  {
    tag: 'druk-address',
    title: 'Address',
    field: html`<druk-address
      name="home"
      label="Your address"
      hint="Where we can write to you"
      required
    ></druk-address>`,
    role: 'group',
    name: 'Your address',
    hint: 'Where we can write to you',
    initial: [
      ['home-area', ''],
      ['home-gewog', ''],
      ['home-village', ''],
      ['home-postcode', ''],
    ],
    fill: async (field, user) => {
      await user.selectOptions(field.focusTarget!, 'BT-34');
      await retype(user, field, 'Trong', 1);
      await retype(user, field, 'Tali', 2);
      await retype(user, field, '34001', 3);
    },
    filled: [
      ['home-area', 'BT-34'],
      ['home-gewog', 'Trong'],
      ['home-village', 'Tali'],
      ['home-postcode', '34001'],
    ],
    spoil: (field, user) => retype(user, field, '340', 3),
    message: 'A postcode has 5 digits, for example 11001',
  },
];
