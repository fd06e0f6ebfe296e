// Every form control against the same promises a native control keeps: it submits under its name, resets,
// validates with a message in its own language, is reached and filled with the keyboard, and has its
// label and hint (and, when invalid, its error) as accessible name and description.
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree, expectAccessible, fixture } from '../../test/browser.ts';
import { CONTROL_CASES, type ControlCase } from './control-cases.ts';
import './controls.ts';
import type { DrukFormField } from './form-field.ts';

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

describe.each(CONTROL_CASES)('$tag', (control) => {
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
    await control.fill(field, userEvent);
    await field.updateComplete;
    expect(entries(form)).toEqual(control.filled);
    expect(field.checkValidity()).toBe(true);
    form.reset();
    await new Promise((settle) => setTimeout(settle));
    expect(entries(form)).toEqual(control.initial);
  });

  it('blocks submission when invalid, with a message in its description, until fixed', async () => {
    const { form, field } = await mount(control);
    await control.fill(field, userEvent);
    await control.spoil(field, userEvent);
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
    await control.fill(field, userEvent);
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
