import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { DrukCombobox } from './combobox.ts';
import './combobox.ts';

interface ComboboxArgs {
  label: string;
  hint: string;
}

const meta: Meta<ComboboxArgs> = {
  title: 'Forms/Combobox',
  component: 'druk-combobox',
  render: ({ label, hint }) => {
    const form = document.createElement('form');
    const field = document.createElement('druk-combobox');
    Object.entries({ name: 'gewog', label, hint, 'gewogs-of': 'BT-34', required: '' }).forEach(([name, value]) =>
      field.setAttribute(name, value),
    );
    form.append(field);
    return form;
  },
  args: { label: 'Gewog', hint: 'Gewogs of Zhemgang dzongkhag' },
};
export default meta;

type Story = StoryObj<ComboboxArgs>;

async function mounted(canvasElement: HTMLElement) {
  const field = canvasElement.querySelector('druk-combobox') as DrukCombobox;
  await field.updateComplete;
  return { field, form: canvasElement.querySelector('form') as HTMLFormElement, input: field.focusTarget! };
}

export const Empty: Story = {};

/** Type, move down to an option, choose it with Enter: the form now submits its value. */
export const ChosenWithTheKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const { field, form, input } = await mounted(canvasElement);
    await userEvent.type(input, 'sh');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await field.updateComplete;
    await expect(new FormData(form).get('gewog')).toBe('Shingkhar');
  },
};

export const Dzongkha: Story = {
  args: { label: 'རྒེད་འོག', hint: 'གཞལམ་སྒང་རྫོང་ཁག་གི་ རྒེད་འོག' },
  globals: { lang: 'dz' },
  play: async ({ canvasElement }) => {
    const { field, input } = await mounted(canvasElement);
    await userEvent.type(input, 'མཁར');
    await field.updateComplete;
    await expect(field.querySelector('[role="status"]')?.textContent?.trim()).toBe('གྲུབ་འབྲས་ ༢ ཡོད།');
  },
};
