// What the form controls tell people: `required` reaches the accessibility tree on every part of a date,
// a required field is not reported invalid before any interaction, messages built from a label read as one sentence, and a page's own `text-error.value-missing` wins
// over a field's built-in message.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { accessibilityTree, fixture } from '../../test/browser.ts';
import './controls.ts';
import type { DrukFormField } from './form-field.ts';

async function field(template: ReturnType<typeof html>): Promise<DrukFormField> {
  const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
  const control = form.firstElementChild as DrukFormField;
  await control.updateComplete;
  return control;
}

describe('form control messages and states', () => {
  it('exposes required on the day, month and year of a required date', async () => {
    await field(html`<druk-date-input name="dob" label="Date of birth" required></druk-date-input>`);
    const parts = (await accessibilityTree()).filter((node) => ['Day', 'Month', 'Year'].includes(node.name));
    expect(parts.map((node) => [node.name, node.properties.required])).toEqual([
      ['Day', true],
      ['Month', true],
      ['Year', true],
    ]);
  });

  it('reports no required field invalid before anyone has interacted with it', async () => {
    const options = JSON.stringify([
      { value: '', label: 'Choose' },
      { value: 'paro', label: 'Paro' },
    ]);
    await field(html`<druk-select name="dzongkhag" label="Dzongkhag" required options=${options}></druk-select>`);
    await field(html`<druk-input name="full-name" label="Full name" required></druk-input>`);
    await field(html`<druk-textarea name="message" label="Your feedback" required></druk-textarea>`);
    await field(html`<druk-address name="address" label="Your address" required></druk-address>`);
    const tree = await accessibilityTree();
    const states = ['Dzongkhag', 'Full name', 'Your feedback', 'Dzongkhag or thromde', 'Village or street'].map(
      (name) => [name, tree.find((node) => node.name === name && node.role !== 'LabelText')?.properties.invalid],
    );
    expect(states).toEqual([
      ['Dzongkhag', 'false'],
      ['Full name', 'false'],
      ['Your feedback', 'false'],
      ['Dzongkhag or thromde', 'false'],
      ['Village or street', 'false'],
    ]);
  });

  it('lowers a capitalised label inside a sentence, and keeps the capital where the label opens it', async () => {
    const date = await field(html`<druk-date-input name="dob" label="Date of birth" required></druk-date-input>`);
    date.checkValidity();
    expect(date.validationMessage).toBe('Enter date of birth');
    const text = await field(html`<druk-input name="ref" label="CID number" required></druk-input>`);
    text.checkValidity();
    expect(text.validationMessage).toBe('Enter CID number');
    const feedback = await field(
      html`<druk-textarea name="feedback" label="Your feedback" maxlength="5" value="far too long"></druk-textarea>`,
    );
    feedback.checkValidity();
    expect(feedback.validationMessage).toBe('Your feedback must be 5 characters or fewer');
  });

  it('shows on a group the same message the error summary lists for it', async () => {
    const address = await field(html`<druk-address name="address" label="Your address" required></druk-address>`);
    address.closest('form')!.requestSubmit();
    await address.updateComplete;
    expect(address.validationMessage).toBe('Select your address');
    expect(address.querySelector('.druk-error-message')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Error: Select your address',
    );
  });

  it('uses the page’s text-error.value-missing on a field with a message of its own (CID)', async () => {
    const cid = await field(
      html`<druk-cid-input name="cid" required text-error.value-missing="Enter the applicant’s CID"></druk-cid-input>`,
    );
    cid.checkValidity();
    expect(cid.validationMessage).toBe('Enter the applicant’s CID');
    const plain = await field(html`<druk-cid-input name="cid2" required></druk-cid-input>`);
    plain.checkValidity();
    expect(plain.validationMessage).toBe('Enter a Citizenship ID number');
  });
});
