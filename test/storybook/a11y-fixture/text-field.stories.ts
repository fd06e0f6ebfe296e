import type { Meta, StoryObj } from '@storybook/web-components-vite';

const meta: Meta = { title: 'Fixture/Text field' };
export default meta;

function field(markup: string): HTMLElement {
  const form = document.createElement('form');
  form.innerHTML = markup;
  return form;
}

/** The control: the field with its label, which must pass, so that a failure below is the axe check's. */
export const Labelled: StoryObj = {
  render: () => field('<label for="full-name">Full name</label> <input id="full-name" name="full-name">'),
};

/** A field with no accessible name: axe's `label` rule fails it. */
export const Unlabelled: StoryObj = {
  render: () => field('<input id="full-name" name="full-name">'),
};
