import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent } from 'storybook/test';
import './button.ts';

interface ButtonArgs {
  label: string;
  variant: 'primary' | 'secondary' | 'warning';
  href: string;
  disabled: boolean;
}

const meta: Meta<ButtonArgs> = {
  title: 'Forms/Button',
  component: 'druk-button',
  args: { label: 'Send feedback', variant: 'primary', href: '', disabled: false },
  argTypes: { variant: { control: 'radio', options: ['primary', 'secondary', 'warning'] } },
  render: ({ label, variant, href, disabled }) =>
    html`<form @submit=${(event: Event) => event.preventDefault()}>
      <druk-button
        label=${label}
        variant=${variant}
        href=${href || nothing}
        ?disabled=${disabled}
        name="action"
        value="send"
      ></druk-button>
    </form>`,
};
export default meta;

type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form')!;
    let submitter: HTMLElement | null = null;
    form.addEventListener('submit', (event) => (submitter = (event as SubmitEvent).submitter));
    const button = canvasElement.querySelector('button')!;
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(submitter).toBe(button);
  },
};
export const Secondary: Story = { args: { variant: 'secondary', label: 'Save as draft' } };
export const Warning: Story = { args: { variant: 'warning', label: 'Delete your application' } };
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('button')!.disabled).toBe(true);
  },
};
export const StartLink: Story = {
  args: { label: 'Start now', href: '#start' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('a.druk-button')!.getAttribute('href')).toBe('#start');
  },
};
export const Dzongkha: Story = { args: { label: 'བསམ་འཆར་བཏང་།' }, globals: { lang: 'dz' } };
