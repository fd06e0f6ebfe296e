import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../form-base/controls.ts';
import type { DrukFieldset } from './fieldset.ts';

interface FieldsetArgs {
  legend: string;
  hint: string;
  error: string;
  disabled: boolean;
}

const meta: Meta<FieldsetArgs> = {
  title: 'Forms/Fieldset',
  component: 'druk-fieldset',
  args: { legend: 'How can we reach you?', hint: 'Give at least one', error: '', disabled: false },
  render: ({ legend, hint, error, disabled }) =>
    html`<form>
      <druk-fieldset legend=${legend} hint=${hint} error=${error} ?disabled=${disabled}>
        <druk-phone-input name="phone"></druk-phone-input>
        <druk-input name="email" label="Email address" type="email"></druk-input>
      </druk-fieldset>
    </form>`,
};
export default meta;

type Story = StoryObj<FieldsetArgs>;

const group = (canvasElement: HTMLElement) => canvasElement.querySelector<DrukFieldset>('druk-fieldset')!;

export const Grouped: Story = {
  play: async ({ canvasElement }) => {
    await group(canvasElement).updateComplete;
    await expect(group(canvasElement).querySelector('legend')!.textContent).toBe('How can we reach you?');
    await expect(group(canvasElement).querySelectorAll('fieldset druk-input, fieldset druk-phone-input')).toHaveLength(
      2,
    );
  },
};

export const WithError: Story = {
  args: { error: 'Give a phone number or an email address' },
  play: async ({ canvasElement }) => {
    await group(canvasElement).updateComplete;
    await expect(group(canvasElement).querySelector('.druk-error-message')!.textContent).toContain(
      'Give a phone number',
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await group(canvasElement).updateComplete;
    await expect([...new FormData(canvasElement.querySelector('form')!).keys()]).toEqual([]);
  },
};

export const Dzongkha: Story = {
  args: { legend: 'ཁྱོད་དང་ ག་དེ་སྦེ་ འབྲེལ་བ་འཐབ་ནི་ཨིན་ན?', hint: '' },
  globals: { lang: 'dz' },
  play: async ({ canvasElement }) => {
    await group(canvasElement).updateComplete;
    await expect(canvasElement.querySelector('label')!.textContent).toBe('བརྒྱུད་འཕྲིན་ཨང་།');
  },
};
